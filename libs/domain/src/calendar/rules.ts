import { thaiPublicHolidays } from './holidays.js';
import { eidOf, isRamadan } from './islamic.js';
import { type ClockTime, type DateRange, inRange, type LocalDate, minutesOf, weekdayOf } from './local-date.js';

export type RamadanPolicy = 'AVOID' | 'HALF_DAYS' | 'IGNORE';

export interface Blackout extends DateRange {
  /** e.g. "rice harvest", "rubber tapping season", "fishing season", "Hari Raya fair" */
  readonly reason: string;
}

/** The local calendar a province (and programme) schedules against. Times are Asia/Bangkok. */
export interface CalendarRules {
  readonly provinceCode: string;
  readonly publicHolidays: {
    readonly enabled: boolean;
    /** Days off the programme adds, e.g. Cabinet-announced lunar holidays or special days off. */
    readonly extra: readonly { readonly date: LocalDate; readonly name: string }[];
  };
  readonly ramadan: {
    readonly policy: RamadanPolicy;
    /** Under HALF_DAYS a Ramadan session must end by this time. */
    readonly halfDayEndsAt: ClockTime;
  };
  /** Days of Eid kept free: first `fitrDays` of Shawwal, `adhaDays` from 10 Dhu al-Hijjah (0 = none). */
  readonly eid: { readonly fitrDays: number; readonly adhaDays: number };
  /** No session may overlap Friday midday prayer; null switches the rule off. */
  readonly fridayPrayer: { readonly start: ClockTime; readonly end: ClockTime } | null;
  /** 0 = Sunday … 6 = Saturday; sessions are not held on these. */
  readonly nonWorkingWeekdays: readonly number[];
  readonly blackouts: readonly Blackout[];
}

export const DEFAULT_FRIDAY_PRAYER = { start: '11:30', end: '13:30' } as const;

/** Defaults for a southern border province; override per province and programme. */
export function defaultCalendarRules(provinceCode: string, overrides: Partial<Omit<CalendarRules, 'provinceCode'>> = {}): CalendarRules {
  return {
    provinceCode,
    publicHolidays: { enabled: true, extra: [] },
    ramadan: { policy: 'HALF_DAYS', halfDayEndsAt: '12:00' },
    eid: { fitrDays: 3, adhaDays: 3 },
    fridayPrayer: DEFAULT_FRIDAY_PRAYER,
    nonWorkingWeekdays: [0, 6],
    blackouts: [],
    ...overrides,
  };
}

/** A stretch of time on one Bangkok day. */
export interface Slot {
  readonly date: LocalDate;
  readonly start: ClockTime;
  readonly end: ClockTime;
}

export type CalendarRuleCode = 'HOLIDAY' | 'NON_WORKING_DAY' | 'FRIDAY_PRAYER' | 'RAMADAN' | 'EID' | 'BLACKOUT';

export interface CalendarViolation {
  readonly rule: CalendarRuleCode;
  readonly date: LocalDate;
  /** Holiday name, blackout reason, Eid name, prayer window … */
  readonly detail: string;
}

/** Every local-calendar rule a slot breaks (empty when it may be used). */
export function checkSlot(slot: Slot, rules: CalendarRules): CalendarViolation[] {
  const out: CalendarViolation[] = [];
  const { date } = slot;
  const start = minutesOf(slot.start);
  const end = minutesOf(slot.end);
  if (end <= start) throw new RangeError(`slot ends before it starts: ${slot.start}–${slot.end}`);
  if (rules.publicHolidays.enabled) {
    for (const h of thaiPublicHolidays(Number(date.slice(0, 4)))) {
      if (h.date === date) out.push({ rule: 'HOLIDAY', date, detail: h.name.en });
    }
  }
  for (const h of rules.publicHolidays.extra) if (h.date === date) out.push({ rule: 'HOLIDAY', date, detail: h.name });
  const weekday = weekdayOf(date);
  if (rules.nonWorkingWeekdays.includes(weekday)) out.push({ rule: 'NON_WORKING_DAY', date, detail: `weekday ${weekday}` });
  if (rules.fridayPrayer && weekday === 5) {
    const p0 = minutesOf(rules.fridayPrayer.start);
    const p1 = minutesOf(rules.fridayPrayer.end);
    // Half-open intervals: a session ending at 11:30 or starting at 13:30 is fine.
    if (start < p1 && p0 < end) out.push({ rule: 'FRIDAY_PRAYER', date, detail: `${rules.fridayPrayer.start}–${rules.fridayPrayer.end}` });
  }
  if (rules.ramadan.policy !== 'IGNORE' && isRamadan(date)) {
    if (rules.ramadan.policy === 'AVOID') out.push({ rule: 'RAMADAN', date, detail: 'Ramadan (avoid)' });
    else if (end > minutesOf(rules.ramadan.halfDayEndsAt)) out.push({ rule: 'RAMADAN', date, detail: `Ramadan half day: must end by ${rules.ramadan.halfDayEndsAt}` });
  }
  const eid = eidOf(date, rules.eid.fitrDays, rules.eid.adhaDays);
  if (eid) out.push({ rule: 'EID', date, detail: eid === 'EID_AL_FITR' ? 'Eid al-Fitr' : 'Eid al-Adha' });
  for (const b of rules.blackouts) if (inRange(date, b)) out.push({ rule: 'BLACKOUT', date, detail: b.reason });
  return out;
}
