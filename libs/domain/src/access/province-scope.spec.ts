import { describe, expect, it } from '@jest/globals';
import { Role } from '@ruamsang/shared';
import { provinceScopeOf, refuseAccountCreation, scopeIncludes, type Actor } from './province-scope.js';

const admin: Actor = { id: 'a', role: Role.ADMIN, managedProvinceCodes: [] };
const pattaniCoordinator: Actor = { id: 'c', role: Role.COORDINATOR, managedProvinceCodes: ['94'] };
const trainer: Actor = { id: 't', role: Role.TRAINER, managedProvinceCodes: [] };
const practitioner: Actor = { id: 'p', role: Role.PRACTITIONER, managedProvinceCodes: [] };

describe('province scope', () => {
  it('gives admins every province and coordinators only theirs', () => {
    expect(scopeIncludes(provinceScopeOf(admin), '95')).toBe(true);
    expect(scopeIncludes(provinceScopeOf(pattaniCoordinator), '94')).toBe(true);
    expect(scopeIncludes(provinceScopeOf(pattaniCoordinator), '95')).toBe(false);
    expect(scopeIncludes(provinceScopeOf(pattaniCoordinator), null)).toBe(false);
  });
  it('gives trainers and practitioners no province of other people', () => {
    expect(scopeIncludes(provinceScopeOf(trainer), '94')).toBe(false);
    expect(scopeIncludes(provinceScopeOf(practitioner), '94')).toBe(false);
  });
});

describe('refuseAccountCreation', () => {
  const practitionerIn = (provinceCode: string | null) => ({ role: Role.PRACTITIONER, provinceCode, managedProvinceCodes: [] });

  it('lets an admin create any role', () => {
    for (const role of [Role.PRACTITIONER, Role.TRAINER, Role.ADMIN]) {
      expect(refuseAccountCreation(admin, { role, provinceCode: null, managedProvinceCodes: [] })).toBeNull();
    }
    expect(refuseAccountCreation(admin, { role: Role.COORDINATOR, provinceCode: '94', managedProvinceCodes: ['94'] })).toBeNull();
  });
  it('requires a coordinator account to name the provinces it manages', () => {
    expect(refuseAccountCreation(admin, { role: Role.COORDINATOR, provinceCode: '94', managedProvinceCodes: [] })).toBe(
      'MANAGED_PROVINCES_REQUIRED',
    );
  });
  it('lets a coordinator create practitioners and trainers in their own province only', () => {
    expect(refuseAccountCreation(pattaniCoordinator, practitionerIn('94'))).toBeNull();
    expect(refuseAccountCreation(pattaniCoordinator, { role: Role.TRAINER, provinceCode: '94', managedProvinceCodes: [] })).toBeNull();
    expect(refuseAccountCreation(pattaniCoordinator, practitionerIn('95'))).toBe('PROVINCE_OUTSIDE_SCOPE');
    expect(refuseAccountCreation(pattaniCoordinator, practitionerIn(null))).toBe('PROVINCE_REQUIRED');
  });
  it('stops a coordinator from minting admins or coordinators', () => {
    expect(refuseAccountCreation(pattaniCoordinator, { role: Role.ADMIN, provinceCode: '94', managedProvinceCodes: [] })).toBe(
      'ROLE_NOT_GRANTABLE',
    );
    expect(
      refuseAccountCreation(pattaniCoordinator, { role: Role.COORDINATOR, provinceCode: '94', managedProvinceCodes: ['94'] }),
    ).toBe('ROLE_NOT_GRANTABLE');
  });
  it('refuses trainers and practitioners outright', () => {
    expect(refuseAccountCreation(trainer, practitionerIn('94'))).toBe('ROLE_CANNOT_CREATE_ACCOUNTS');
    expect(refuseAccountCreation(practitioner, practitionerIn('94'))).toBe('ROLE_CANNOT_CREATE_ACCOUNTS');
  });
});
