import { describe, expect, it } from '@jest/globals';
import { Role } from '@ruamsang/shared';
import { refuseAccountChange, refuseAccountManagement, refuseActivationChange, refuseToken, type ManagedAccount } from './account-management.js';
import type { Actor } from './province-scope.js';

const admin: Actor = { id: 'a', role: Role.ADMIN, managedProvinceCodes: [] };
const pattaniCoordinator: Actor = { id: 'c', role: Role.COORDINATOR, managedProvinceCodes: ['94'] };
const trainerActor: Actor = { id: 't', role: Role.TRAINER, managedProvinceCodes: [] };
const practitionerActor: Actor = { id: 'p', role: Role.PRACTITIONER, managedProvinceCodes: [] };

const person = (role: Role, provinceCode: string | null, id = 'x', active = true): ManagedAccount => ({ id, role, provinceCode, active });
const after = (role: Role, provinceCode: string | null, managedProvinceCodes: string[] = []) => ({ role, provinceCode, managedProvinceCodes });

describe('refuseAccountManagement', () => {
  it('lets an admin manage anyone and a coordinator only practitioners and trainers of their provinces', () => {
    expect(refuseAccountManagement(admin, person(Role.COORDINATOR, '95'))).toBeNull();
    expect(refuseAccountManagement(pattaniCoordinator, person(Role.TRAINER, '94'))).toBeNull();
    expect(refuseAccountManagement(pattaniCoordinator, person(Role.PRACTITIONER, '95'))).toBe('ACCOUNT_OUTSIDE_SCOPE');
    expect(refuseAccountManagement(pattaniCoordinator, person(Role.COORDINATOR, '94'))).toBe('ACCOUNT_OUTSIDE_SCOPE');
    expect(refuseAccountManagement(pattaniCoordinator, person(Role.TRAINER, null))).toBe('ACCOUNT_OUTSIDE_SCOPE');
  });
  it('lets trainers and practitioners manage nobody', () => {
    expect(refuseAccountManagement(trainerActor, person(Role.PRACTITIONER, '94'))).toBe('ROLE_CANNOT_MANAGE_ACCOUNTS');
    expect(refuseAccountManagement(practitionerActor, person(Role.PRACTITIONER, '94'))).toBe('ROLE_CANNOT_MANAGE_ACCOUNTS');
  });
});

describe('refuseAccountChange', () => {
  it('lets an admin turn a trainer into a coordinator who names their provinces', () => {
    expect(refuseAccountChange(admin, person(Role.TRAINER, '94'), after(Role.COORDINATOR, '94', ['94', '95']), 1)).toBeNull();
    expect(refuseAccountChange(admin, person(Role.TRAINER, '94'), after(Role.COORDINATOR, '94'), 1)).toBe('MANAGED_PROVINCES_REQUIRED');
  });
  it('never lets a coordinator grant coordinator or admin, nor move someone out of their provinces', () => {
    const trainer = person(Role.TRAINER, '94');
    expect(refuseAccountChange(pattaniCoordinator, trainer, after(Role.PRACTITIONER, '94'), 1)).toBeNull();
    expect(refuseAccountChange(pattaniCoordinator, trainer, after(Role.COORDINATOR, '94', ['94']), 1)).toBe('ROLE_NOT_GRANTABLE');
    expect(refuseAccountChange(pattaniCoordinator, trainer, after(Role.ADMIN, '94'), 1)).toBe('ROLE_NOT_GRANTABLE');
    expect(refuseAccountChange(pattaniCoordinator, trainer, after(Role.TRAINER, '95'), 1)).toBe('PROVINCE_OUTSIDE_SCOPE');
    expect(refuseAccountChange(pattaniCoordinator, trainer, after(Role.TRAINER, null), 1)).toBe('PROVINCE_REQUIRED');
    expect(refuseAccountChange(pattaniCoordinator, person(Role.TRAINER, '95'), after(Role.TRAINER, '94'), 1)).toBe('ACCOUNT_OUTSIDE_SCOPE');
  });
  it('keeps the last active administrator an administrator', () => {
    const onlyAdmin = person(Role.ADMIN, null, 'a');
    expect(refuseAccountChange(admin, onlyAdmin, after(Role.TRAINER, null), 1)).toBe('LAST_ADMIN');
    expect(refuseAccountChange(admin, onlyAdmin, after(Role.ADMIN, '94'), 1)).toBeNull();
    expect(refuseAccountChange(admin, onlyAdmin, after(Role.TRAINER, null), 2)).toBeNull();
    // A deactivated admin is not the one keeping the programme running.
    expect(refuseAccountChange(admin, person(Role.ADMIN, null, 'b', false), after(Role.TRAINER, null), 1)).toBeNull();
  });
});

describe('refuseActivationChange', () => {
  it('refuses deactivating yourself and the last active administrator', () => {
    expect(refuseActivationChange(admin, person(Role.ADMIN, null, 'a'), false, 2)).toBe('CANNOT_DEACTIVATE_SELF');
    expect(refuseActivationChange(admin, person(Role.ADMIN, null, 'b'), false, 1)).toBe('LAST_ADMIN');
    expect(refuseActivationChange(admin, person(Role.ADMIN, null, 'b'), false, 2)).toBeNull();
    expect(refuseActivationChange(admin, person(Role.ADMIN, null, 'b', false), true, 1)).toBeNull();
  });
  it('keeps a coordinator to the people of their provinces', () => {
    expect(refuseActivationChange(pattaniCoordinator, person(Role.PRACTITIONER, '94'), false, 1)).toBeNull();
    expect(refuseActivationChange(pattaniCoordinator, person(Role.PRACTITIONER, '95'), false, 1)).toBe('ACCOUNT_OUTSIDE_SCOPE');
    expect(refuseActivationChange(trainerActor, person(Role.PRACTITIONER, '94'), false, 1)).toBe('ROLE_CANNOT_MANAGE_ACCOUNTS');
  });
});

describe('refuseToken', () => {
  const at = (iso: string) => new Date(iso).getTime();
  const token = (iso: string, sessionId: string | null = 's1') => ({ issuedAtMs: at(iso), sessionId });
  it('refuses every token of a deactivated account, the kept session too', () => {
    expect(refuseToken({ deactivatedAt: new Date('2026-01-01'), tokensValidAfter: null, keptSessionId: 's1' }, token('2026-06-01'))).toBe('ACCOUNT_DEACTIVATED');
  });
  it('refuses tokens issued before the password changed, to the millisecond', () => {
    const account = { deactivatedAt: null, tokensValidAfter: new Date('2026-06-01T10:00:00.500Z'), keptSessionId: null };
    expect(refuseToken(account, token('2026-06-01T10:00:00.499Z'))).toBe('TOKEN_REVOKED');
    expect(refuseToken(account, token('2026-06-01T10:00:00.500Z'))).toBeNull();
    expect(refuseToken({ deactivatedAt: null, tokensValidAfter: null, keptSessionId: null }, { issuedAtMs: 0, sessionId: null })).toBeNull();
  });
  it('keeps the session the password was changed from, and only that one', () => {
    const account = { deactivatedAt: null, tokensValidAfter: new Date('2026-06-01T10:00:00Z'), keptSessionId: 'mine' };
    expect(refuseToken(account, token('2026-06-01T09:00:00Z', 'mine'))).toBeNull();
    expect(refuseToken(account, token('2026-06-01T09:00:00Z', 'other'))).toBe('TOKEN_REVOKED');
    expect(refuseToken(account, token('2026-06-01T09:00:00Z', null))).toBe('TOKEN_REVOKED');
  });
});
