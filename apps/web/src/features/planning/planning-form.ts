/**
 * Pure helpers for the planning set-up forms (cohorts, venues, trainer profiles). The limits are
 * the API's own (apps/api/src/modules/scheduling/dto/scheduling.input.ts): checking them here
 * lets the form say what is wrong, in the user's language, before a round trip; the API still
 * checks everything and its refusals show in the same place.
 */
import { Role } from '@ruamsang/shared';

export const LIMITS = {
  nameLength: 200,
  cohortCapacity: { min: 1, max: 500 },
  venueCapacity: { min: 1, max: 2000 },
  maxLoadHours: { min: 1, max: 2000 },
  ranges: 50,
  moduleCodes: 100,
  moduleCodeLength: 20,
  blackouts: 100,
  extraHolidays: 100,
  reasonLength: 200,
} as const;

/** What the scheduler does in Ramadan: no training, mornings only, or as usual. */
export const RAMADAN_POLICIES = ['AVOID', 'HALF_DAYS', 'IGNORE'] as const;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A message to show beside a field: an i18n key under `planning.errors.` and its values. */
export interface Problem {
  readonly key: string;
  readonly params?: Record<string, string | number>;
}
export type Problems = Record<string, Problem>;

/** The provinces this person plans for: an admin the whole programme area, a coordinator the part of it they manage. */
export function provincesInScope(me: { role: string; managedProvinceCodes: readonly string[] } | null, area: readonly string[]): string[] {
  if (!me) return [];
  if (me.role === (Role.ADMIN as string)) return [...area];
  if (me.role !== (Role.COORDINATOR as string)) return [];
  return area.filter((code) => me.managedProvinceCodes.includes(code));
}

/** A whole number typed into a field, or null when it is empty or not a whole number. */
export function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

/** Module codes typed as a list: separated by commas, spaces or new lines; repeats dropped. */
export function moduleCodesFrom(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((code) => code.trim()).filter((code) => code.length > 0))];
}

export interface RangeDraft {
  readonly from: string;
  readonly to: string;
}

function checkName(name: string, problems: Record<string, Problem>): void {
  const trimmed = name.trim();
  if (!trimmed) problems['name'] = { key: 'required' };
  else if (trimmed.length > LIMITS.nameLength) problems['name'] = { key: 'tooLong', params: { max: LIMITS.nameLength } };
}

function checkWhole(text: string, field: string, limits: { min: number; max: number }, problems: Record<string, Problem>, optional = false): void {
  if (optional && !text.trim()) return;
  const value = wholeNumber(text);
  if (value === null || value < limits.min || value > limits.max) problems[field] = { key: 'wholeBetween', params: { min: limits.min, max: limits.max } };
}

function checkRanges(ranges: readonly RangeDraft[], problems: Record<string, Problem>, field = 'availability', max: number = LIMITS.ranges): void {
  if (ranges.length > max) {
    problems[field] = { key: 'tooManyRanges', params: { max } };
    return;
  }
  const bad = ranges.findIndex((r) => !DAY.test(r.from) || !DAY.test(r.to));
  if (bad >= 0) {
    problems[field] = { key: 'rangeDates', params: { row: bad + 1 } };
    return;
  }
  const reversed = ranges.findIndex((r) => r.to < r.from);
  if (reversed >= 0) problems[field] = { key: 'rangeOrder', params: { row: reversed + 1 } };
}

export interface CohortDraft {
  readonly name: string;
  readonly curriculumId: string;
  readonly provinceCode: string;
  readonly teachingLanguage: string;
  readonly capacity: string;
}

export function cohortProblems(draft: CohortDraft): Problems {
  const problems: Record<string, Problem> = {};
  checkName(draft.name, problems);
  if (!draft.curriculumId) problems['curriculumId'] = { key: 'choose' };
  if (!draft.provinceCode) problems['provinceCode'] = { key: 'choose' };
  if (!draft.teachingLanguage) problems['teachingLanguage'] = { key: 'choose' };
  checkWhole(draft.capacity, 'capacity', LIMITS.cohortCapacity, problems);
  return problems;
}

export interface VenueDraft {
  readonly name: string;
  readonly provinceCode: string;
  readonly capacity: string;
  readonly availability: readonly RangeDraft[];
}

export function venueProblems(draft: VenueDraft): Problems {
  const problems: Record<string, Problem> = {};
  checkName(draft.name, problems);
  if (!draft.provinceCode) problems['provinceCode'] = { key: 'choose' };
  checkWhole(draft.capacity, 'capacity', LIMITS.venueCapacity, problems);
  checkRanges(draft.availability, problems);
  return problems;
}

export interface TrainerDraft {
  readonly userId: string;
  readonly homeProvinceCode: string;
  readonly moduleCodes: string;
  readonly maxLoadHours: string;
  readonly availability: readonly RangeDraft[];
}

export function trainerProblems(draft: TrainerDraft): Problems {
  const problems: Record<string, Problem> = {};
  if (!draft.userId) problems['userId'] = { key: 'choose' };
  if (!draft.homeProvinceCode) problems['homeProvinceCode'] = { key: 'choose' };
  const codes = moduleCodesFrom(draft.moduleCodes);
  if (codes.length > LIMITS.moduleCodes) problems['moduleCodes'] = { key: 'tooManyCodes', params: { max: LIMITS.moduleCodes } };
  else {
    const long = codes.find((code) => code.length > LIMITS.moduleCodeLength);
    if (long) problems['moduleCodes'] = { key: 'codeTooLong', params: { code: long, max: LIMITS.moduleCodeLength } };
  }
  checkWhole(draft.maxLoadHours, 'maxLoadHours', LIMITS.maxLoadHours, problems, true);
  checkRanges(draft.availability, problems);
  return problems;
}

export interface BlackoutDraft extends RangeDraft {
  readonly reason: string;
}

export interface CalendarRulesDraft {
  readonly ramadanPolicy: string;
  /** HH:MM, or empty: both empty switches the Friday prayer rule off. */
  readonly prayerStart: string;
  readonly prayerEnd: string;
  readonly blackouts: readonly BlackoutDraft[];
  readonly extraHolidays: readonly { readonly date: string; readonly name: string }[];
}

export function calendarRulesProblems(draft: CalendarRulesDraft): Problems {
  const problems: Record<string, Problem> = {};
  if (!(RAMADAN_POLICIES as readonly string[]).includes(draft.ramadanPolicy)) problems['ramadanPolicy'] = { key: 'choose' };
  const start = draft.prayerStart.trim();
  const end = draft.prayerEnd.trim();
  if (start || end) {
    if (!TIME.test(start) || !TIME.test(end)) problems['prayerEnd'] = { key: 'prayerPair' };
    else if (end <= start) problems['prayerEnd'] = { key: 'prayerOrder' };
  }
  checkRanges(draft.blackouts, problems, 'blackouts', LIMITS.blackouts);
  if (!problems['blackouts']) {
    const bad = draft.blackouts.findIndex((b) => !b.reason.trim() || b.reason.trim().length > LIMITS.reasonLength);
    if (bad >= 0) problems['blackouts'] = { key: 'blackoutReason', params: { row: bad + 1, max: LIMITS.reasonLength } };
  }
  if (draft.extraHolidays.length > LIMITS.extraHolidays) problems['extraHolidays'] = { key: 'tooMany', params: { max: LIMITS.extraHolidays } };
  else {
    const bad = draft.extraHolidays.findIndex((h) => !DAY.test(h.date) || !h.name.trim() || h.name.trim().length > LIMITS.reasonLength);
    if (bad >= 0) problems['extraHolidays'] = { key: 'holiday', params: { row: bad + 1, max: LIMITS.reasonLength } };
  }
  return problems;
}

/**
 * The API's per-field messages keyed by the form's field: `availability.0.from` belongs to
 * `availability`. The API starts each message with its path ("capacity: …"); beside its own
 * field that prefix is noise and goes.
 */
export function serverFieldMessages(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = path.split('.')[0] ?? path;
    out[field] ??= message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
  }
  return out;
}
