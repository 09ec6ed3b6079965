import { ONBOARDING_LIMITS, Role } from '@ruamsang/shared';
import { provinceScopeOf, scopeIncludes, type Actor } from '../access/province-scope.js';

export type InvitationStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED' | 'USED_UP';

export interface InvitationState {
  readonly expiresAt: Date;
  readonly revokedAt: Date | null;
  readonly maxUses: number | null;
  readonly uses: number;
}

/** Revoked beats used-up beats expired: the message names what the inviter did last. */
export function invitationStatus(invitation: InvitationState, now: Date): InvitationStatus {
  if (invitation.revokedAt) return 'REVOKED';
  if (invitation.maxUses !== null && invitation.uses >= invitation.maxUses) return 'USED_UP';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}

export type InvitationRefusal = 'ROLE_CANNOT_INVITE' | 'PROVINCE_OUTSIDE_SCOPE';

/** Admins invite anywhere; coordinators only into provinces they answer for; nobody else invites. */
export function refuseInvitation(actor: Actor, provinceCode: string): InvitationRefusal | null {
  if (actor.role !== Role.ADMIN && actor.role !== Role.COORDINATOR) return 'ROLE_CANNOT_INVITE';
  return scopeIncludes(provinceScopeOf(actor), provinceCode) ? null : 'PROVINCE_OUTSIDE_SCOPE';
}

/** The moment an invitation created now for `days` days expires; days is kept within 1..the limit. */
export function invitationExpiry(now: Date, days: number): Date {
  const bounded = Math.min(Math.max(1, Math.floor(days)), ONBOARDING_LIMITS.invitationMaxDays);
  return new Date(now.getTime() + bounded * 86_400_000);
}
