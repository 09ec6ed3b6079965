import { describe, expect, it } from '@jest/globals';
import { Role } from '@ruamsang/shared';
import { mayDo } from './workshop-access.js';

describe('workshop and prioritisation permissions', () => {
  it('lets only coordinators and admins route needs and set the weight', () => {
    for (const action of ['ROUTE_NEED', 'SET_PRIORITY_WEIGHT'] as const) {
      expect([Role.PRACTITIONER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN].map((r) => mayDo(r, action))).toEqual([false, false, true, true]);
    }
  });
  it('lets practitioners and trainers vote, everyone comment and add cards', () => {
    expect([Role.PRACTITIONER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN].map((r) => mayDo(r, 'VOTE'))).toEqual([true, true, false, false]);
    expect(mayDo(Role.PRACTITIONER, 'COMMENT')).toBe(true);
    expect(mayDo(Role.PRACTITIONER, 'ADD_CARD')).toBe(true);
  });
  it('lets trainers, coordinators and admins create and link workshop items', () => {
    expect([Role.PRACTITIONER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN].map((r) => mayDo(r, 'CREATE_ITEM'))).toEqual([false, true, true, true]);
  });
});
