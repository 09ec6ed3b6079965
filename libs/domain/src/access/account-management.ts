import { Role } from '@ruamsang/shared';
import { provinceScopeOf, scopeIncludes, type Actor } from './province-scope.js';

/** The account as the rules need it: who they are and where. */
export interface ManagedAccount {
  readonly id: string;
  readonly role: Role;
  readonly provinceCode: string | null;
  readonly active: boolean;
}

/** Why an account may not be changed, deactivated or given a reset link; null when it may. */
export type AccountChangeRefusal =
  | 'ROLE_CANNOT_MANAGE_ACCOUNTS'
  | 'ACCOUNT_OUTSIDE_SCOPE'
  | 'ROLE_NOT_GRANTABLE'
  | 'PROVINCE_REQUIRED'
  | 'PROVINCE_OUTSIDE_SCOPE'
  | 'MANAGED_PROVINCES_REQUIRED'
  | 'LAST_ADMIN'
  | 'CANNOT_DEACTIVATE_SELF';

const COORDINATOR_MANAGES: readonly Role[] = [Role.PRACTITIONER, Role.TRAINER];

/**
 * Whether the actor looks after this person's account at all: admins everyone, coordinators the
 * practitioners and trainers of their provinces, nobody else anyone.
 */
export function refuseAccountManagement(actor: Actor, target: ManagedAccount): AccountChangeRefusal | null {
  switch (actor.role) {
    case Role.ADMIN:
      return null;
    case Role.COORDINATOR:
      if (!COORDINATOR_MANAGES.includes(target.role)) return 'ACCOUNT_OUTSIDE_SCOPE';
      return scopeIncludes(provinceScopeOf(actor), target.provinceCode) ? null : 'ACCOUNT_OUTSIDE_SCOPE';
    case Role.TRAINER:
    case Role.PRACTITIONER:
      return 'ROLE_CANNOT_MANAGE_ACCOUNTS';
  }
}

/** The account after the change, as far as the rules care. */
export interface AccountAfterChange {
  readonly role: Role;
  readonly provinceCode: string | null;
  readonly managedProvinceCodes: readonly string[];
}

/**
 * Changing someone's account. On top of `refuseAccountManagement`: a coordinator grants only the
 * practitioner and trainer roles and keeps the person inside their provinces; a coordinator
 * account must name its provinces; the last active administrator keeps the role.
 */
export function refuseAccountChange(
  actor: Actor,
  target: ManagedAccount,
  after: AccountAfterChange,
  activeAdminCount: number,
): AccountChangeRefusal | null {
  const management = refuseAccountManagement(actor, target);
  if (management) return management;
  if (actor.role === Role.COORDINATOR) {
    if (!COORDINATOR_MANAGES.includes(after.role)) return 'ROLE_NOT_GRANTABLE';
    if (!after.provinceCode) return 'PROVINCE_REQUIRED';
    if (!scopeIncludes(provinceScopeOf(actor), after.provinceCode)) return 'PROVINCE_OUTSIDE_SCOPE';
  }
  if (after.role === Role.COORDINATOR && after.managedProvinceCodes.length === 0) return 'MANAGED_PROVINCES_REQUIRED';
  if (isLastActiveAdmin(target, activeAdminCount) && after.role !== Role.ADMIN) return 'LAST_ADMIN';
  return null;
}

/** Deactivating or reactivating: nobody locks themselves out, and one administrator always remains. */
export function refuseActivationChange(actor: Actor, target: ManagedAccount, active: boolean, activeAdminCount: number): AccountChangeRefusal | null {
  const management = refuseAccountManagement(actor, target);
  if (management) return management;
  if (!active && target.id === actor.id) return 'CANNOT_DEACTIVATE_SELF';
  if (!active && isLastActiveAdmin(target, activeAdminCount)) return 'LAST_ADMIN';
  return null;
}

function isLastActiveAdmin(target: ManagedAccount, activeAdminCount: number): boolean {
  return target.role === Role.ADMIN && target.active && activeAdminCount <= 1;
}

/**
 * Whether a token still stands: refused for a deactivated account and when issued before the
 * account's `tokensValidAfter` (password changed or reset) — except the one session the change
 * was made from (`keptSessionId`), which carries on.
 */
export type TokenRefusal = 'ACCOUNT_DEACTIVATED' | 'TOKEN_REVOKED';
export function refuseToken(
  account: { deactivatedAt: Date | null; tokensValidAfter: Date | null; keptSessionId: string | null },
  token: { issuedAtMs: number; sessionId: string | null },
): TokenRefusal | null {
  if (account.deactivatedAt) return 'ACCOUNT_DEACTIVATED';
  if (!account.tokensValidAfter || token.issuedAtMs >= account.tokensValidAfter.getTime()) return null;
  if (account.keptSessionId && token.sessionId === account.keptSessionId) return null;
  return 'TOKEN_REVOKED';
}
