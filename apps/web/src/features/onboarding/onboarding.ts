/**
 * Pure helpers of the onboarding screens (people import, invitations, join): addresses, the
 * report's shape, the join form's own checks and where a new account lands. No React, no DOM.
 */
import { ONBOARDING_LIMITS } from '@ruamsang/shared';
import { normalizeThaiMobile } from '@ruamsang/shared/phone';
import type { ImportMode, RejectedImportRow } from '../campaigns/paper-import.js';

export interface PeopleImportReport {
  readonly mode: ImportMode;
  readonly dryRun: boolean;
  readonly rows: number;
  readonly valid: number;
  readonly created: number;
  readonly rejected: readonly RejectedImportRow[];
}

/** `POST /imports/people?mode=…` (and `&dryRun=true` to check without storing). */
export function peopleImportUrl(mode: ImportMode, dryRun: boolean, base = ''): string {
  return `${base}/imports/people?mode=${encodeURIComponent(mode)}${dryRun ? '&dryRun=true' : ''}`;
}

export const PEOPLE_TEMPLATE_CSV = '/imports/people/template.csv';
export const PEOPLE_TEMPLATE_XLSX = '/imports/people/template.xlsx';

export function isPeopleImportReport(value: unknown): value is PeopleImportReport {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v['mode'] === 'all-or-nothing' || v['mode'] === 'valid-rows') &&
    typeof v['dryRun'] === 'boolean' &&
    typeof v['rows'] === 'number' &&
    typeof v['valid'] === 'number' &&
    typeof v['created'] === 'number' &&
    Array.isArray(v['rejected'])
  );
}

export type PeopleOutcome = 'CHECKED' | 'ALL_STORED' | 'NOTHING_STORED' | 'PARTLY_STORED' | 'EMPTY';

export function peopleOutcome(report: PeopleImportReport): PeopleOutcome {
  if (report.dryRun) return 'CHECKED';
  if (report.rows === 0) return 'EMPTY';
  if (report.created === 0) return 'NOTHING_STORED';
  return report.rejected.length === 0 ? 'ALL_STORED' : 'PARTLY_STORED';
}

export interface JoinFormValues {
  readonly displayName: string;
  readonly email: string;
  readonly phone: string;
  readonly password: string;
  readonly passwordAgain: string;
}

export type JoinField = keyof JoinFormValues;
/** i18n key (under "join.errors.") and its parameters, per field. */
export type JoinProblems = Partial<Record<JoinField, { key: string; params?: Record<string, number> }>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The join form's own checks, with the limits the API applies (libs/shared ONBOARDING_LIMITS). */
export function checkJoinForm(values: JoinFormValues): JoinProblems {
  const problems: JoinProblems = {};
  const name = values.displayName.trim();
  if (!name) problems.displayName = { key: 'required' };
  else if (name.length > ONBOARDING_LIMITS.displayNameMax) problems.displayName = { key: 'tooLong', params: { max: ONBOARDING_LIMITS.displayNameMax } };
  const email = values.email.trim();
  const phone = values.phone.trim();
  if (!email && !phone) problems.email = { key: 'contactRequired' };
  if (email && (!EMAIL.test(email) || email.length > ONBOARDING_LIMITS.emailMax)) problems.email = { key: 'email' };
  if (phone && !normalizeThaiMobile(phone)) problems.phone = { key: 'phone' };
  if (values.password.length < ONBOARDING_LIMITS.passwordMin || values.password.length > ONBOARDING_LIMITS.passwordMax) {
    problems.password = { key: 'passwordLength', params: { min: ONBOARDING_LIMITS.passwordMin, max: ONBOARDING_LIMITS.passwordMax } };
  } else if (values.password !== values.passwordAgain) problems.passwordAgain = { key: 'passwordsDiffer' };
  return problems;
}

/** Where a new account goes: the campaign's assessment, or the schedule showing the cohort seat. */
export function joinLanding(result: { campaignId?: string | null; cohortId?: string | null }): string {
  if (result.campaignId) return `/assess/${result.campaignId}`;
  if (result.cohortId) return '/schedule';
  return '/';
}

/** Kept in sessionStorage across the switch from the signed-out to the signed-in app. */
export const JOIN_LANDING_KEY = 'ruamsang.joinLanding';
