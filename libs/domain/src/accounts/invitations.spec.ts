import { describe, expect, it } from '@jest/globals';
import { Role } from '@ruamsang/shared';
import { invitationExpiry, invitationStatus, refuseInvitation } from './invitations.js';

const now = new Date('2026-12-06T00:00:00Z');
const base = { expiresAt: new Date('2026-12-07T00:00:00Z'), revokedAt: null, maxUses: null, uses: 0 };

describe('invitationStatus', () => {
  it('is active until it expires, is used up or is revoked', () => {
    expect(invitationStatus(base, now)).toBe('ACTIVE');
    expect(invitationStatus({ ...base, maxUses: 3, uses: 2 }, now)).toBe('ACTIVE');
    expect(invitationStatus({ ...base, maxUses: 3, uses: 3 }, now)).toBe('USED_UP');
    expect(invitationStatus({ ...base, expiresAt: now }, now)).toBe('EXPIRED');
    expect(invitationStatus({ ...base, revokedAt: now, maxUses: 1, uses: 1 }, now)).toBe('REVOKED');
  });
});

describe('refuseInvitation', () => {
  const coordinator = { id: 'c', role: Role.COORDINATOR, managedProvinceCodes: ['94'] };
  it('lets admins invite anywhere and coordinators in their provinces only', () => {
    expect(refuseInvitation({ id: 'a', role: Role.ADMIN, managedProvinceCodes: [] }, '10')).toBeNull();
    expect(refuseInvitation(coordinator, '94')).toBeNull();
    expect(refuseInvitation(coordinator, '95')).toBe('PROVINCE_OUTSIDE_SCOPE');
    expect(refuseInvitation({ id: 't', role: Role.TRAINER, managedProvinceCodes: [] }, '94')).toBe('ROLE_CANNOT_INVITE');
  });
});

describe('invitationExpiry', () => {
  it('keeps the life of a link within 1 to 90 days', () => {
    expect(invitationExpiry(now, 7).toISOString()).toBe('2026-12-13T00:00:00.000Z');
    expect(invitationExpiry(now, 500).getTime() - now.getTime()).toBe(90 * 86_400_000);
    expect(invitationExpiry(now, 0).getTime() - now.getTime()).toBe(86_400_000);
  });
});
