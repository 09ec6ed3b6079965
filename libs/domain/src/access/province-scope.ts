import { Role } from '@ruamsang/shared';

/** The signed-in person, as far as access rules need to know them. */
export interface Actor {
  readonly id: string;
  readonly role: Role;
  /** Provinces a coordinator answers for; empty for everyone else. */
  readonly managedProvinceCodes: readonly string[];
}

/** Which provinces an actor may see personal data in: every province, or a listed few. */
export type ProvinceScope = { readonly kind: 'ALL' } | { readonly kind: 'SOME'; readonly provinceCodes: readonly string[] } | { readonly kind: 'NONE' };

export function provinceScopeOf(actor: Actor): ProvinceScope {
  switch (actor.role) {
    case Role.ADMIN:
      return { kind: 'ALL' };
    case Role.COORDINATOR:
      return { kind: 'SOME', provinceCodes: actor.managedProvinceCodes };
    case Role.TRAINER:
    case Role.PRACTITIONER:
      return { kind: 'NONE' };
  }
}

export function scopeIncludes(scope: ProvinceScope, provinceCode: string | null | undefined): boolean {
  switch (scope.kind) {
    case 'ALL':
      return true;
    case 'NONE':
      return false;
    case 'SOME':
      return provinceCode != null && scope.provinceCodes.includes(provinceCode);
  }
}

/** Why an account may not be created; null when it may. */
export type AccountCreationRefusal =
  | 'ROLE_CANNOT_CREATE_ACCOUNTS'
  | 'ROLE_NOT_GRANTABLE'
  | 'PROVINCE_REQUIRED'
  | 'PROVINCE_OUTSIDE_SCOPE'
  | 'MANAGED_PROVINCES_REQUIRED';

export interface NewAccount {
  readonly role: Role;
  readonly provinceCode: string | null | undefined;
  readonly managedProvinceCodes: readonly string[];
}

/**
 * Admins create any account. Coordinators create practitioners and trainers, only in
 * provinces they answer for: a coordinator must not mint coordinators or admins.
 */
export function refuseAccountCreation(actor: Actor, account: NewAccount): AccountCreationRefusal | null {
  if (account.role === Role.COORDINATOR && account.managedProvinceCodes.length === 0) {
    return 'MANAGED_PROVINCES_REQUIRED';
  }
  switch (actor.role) {
    case Role.ADMIN:
      return null;
    case Role.COORDINATOR:
      if (account.role !== Role.PRACTITIONER && account.role !== Role.TRAINER) return 'ROLE_NOT_GRANTABLE';
      if (!account.provinceCode) return 'PROVINCE_REQUIRED';
      if (!scopeIncludes(provinceScopeOf(actor), account.provinceCode)) return 'PROVINCE_OUTSIDE_SCOPE';
      return null;
    case Role.TRAINER:
    case Role.PRACTITIONER:
      return 'ROLE_CANNOT_CREATE_ACCOUNTS';
  }
}
