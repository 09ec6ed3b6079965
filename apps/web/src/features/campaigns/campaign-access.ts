import { Role } from '@ruamsang/shared';

interface Person {
  readonly role: string;
  readonly managedProvinceCodes: readonly string[];
}

/** Who may create campaigns, as the API rules it (campaigns.service.ts): admins and coordinators. */
export function canManageCampaigns(me: Person | null): boolean {
  return me?.role === Role.ADMIN || me?.role === Role.COORDINATOR;
}

/**
 * Who may import paper forms into a campaign (paper-import.service.ts): admins, and
 * coordinators answering for at least one of the campaign's provinces.
 */
export function canImportInto(me: Person | null, provinceCodes: readonly string[]): boolean {
  if (me?.role === Role.ADMIN) return true;
  return me?.role === Role.COORDINATOR && provinceCodes.some((code) => me.managedProvinceCodes.includes(code));
}
