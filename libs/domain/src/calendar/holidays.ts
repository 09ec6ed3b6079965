import Holidays from 'date-holidays';
import { addDays, type LocalDate, weekdayOf } from './local-date.js';

/** A day off for everyone in Thailand (or, for `extra`, one the programme adds). */
export interface PublicHoliday {
  readonly date: LocalDate;
  readonly name: { readonly th: string; readonly en: string };
  /** A weekday off given because the holiday itself fell on a Saturday or Sunday. */
  readonly substitute: boolean;
  readonly source: 'date-holidays' | 'substitution-rule' | 'programme';
}

let library: { th: Holidays; en: Holidays } | null = null;
/** The Thai calendars are built on first use, not whenever the domain library is imported. */
function lib(): { th: Holidays; en: Holidays } {
  if (!library) {
    library = { th: new Holidays('TH', { languages: ['th'], types: ['public'] }), en: new Holidays('TH', { languages: ['en'], types: ['public'] }) };
  }
  return library;
}

/**
 * The Buddhist holidays follow the Thai lunar calendar; date-holidays lists them year by year
 * (3.37.0: up to 2026). Years after the last listed one have the solar holidays only — use
 * `holidayCoverage` to warn, and `CalendarRules.holidays.extra` to add the dates the Cabinet
 * announces.
 */
export const LUNAR_HOLIDAYS_EN = ['Makha Bucha', 'Vesak Day', 'Asalha Puja', 'Buddhist Lent'] as const;

const cache = new Map<number, readonly PublicHoliday[]>();

/**
 * Thai public holidays of a Gregorian year from the maintained `date-holidays` data, plus
 * substitution days: a holiday falling on a Saturday or Sunday gives the next working day that
 * is not itself a holiday (the Cabinet's standing rule; date-holidays' TH data lists almost none
 * of them). Sorted by date.
 */
export function thaiPublicHolidays(year: number): readonly PublicHoliday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const { th, en } = lib();
  const thNames = new Map(th.getHolidays(year).map((h) => [h.date.slice(0, 10), h.name]));
  const base: PublicHoliday[] = en
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    .map((h) => {
      const date = h.date.slice(0, 10);
      return { date, name: { th: thNames.get(date) ?? h.name, en: h.name }, substitute: Boolean(h.substitute), source: 'date-holidays' as const };
    });
  const taken = new Set(base.map((h) => h.date));
  const substitutes: PublicHoliday[] = [];
  for (const h of base) {
    const wd = weekdayOf(h.date);
    if (h.substitute || (wd !== 0 && wd !== 6)) continue;
    let d = addDays(h.date, 1);
    while (weekdayOf(d) === 0 || weekdayOf(d) === 6 || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    substitutes.push({ date: d, name: { th: `ชดเชย${h.name.th}`, en: `Substitution day for ${h.name.en}` }, substitute: true, source: 'substitution-rule' });
  }
  const all = [...base, ...substitutes].sort((a, b) => a.date.localeCompare(b.date) || a.name.en.localeCompare(b.name.en));
  cache.set(year, all);
  return all;
}

/** Whether the library's data for a year includes the lunar (Buddhist) holidays. */
export function holidayCoverage(year: number): { readonly year: number; readonly lunarHolidaysListed: boolean; readonly missing: readonly string[] } {
  const names = new Set(thaiPublicHolidays(year).map((h) => h.name.en));
  const missing = LUNAR_HOLIDAYS_EN.filter((n) => !names.has(n));
  return { year, lunarHolidaysListed: missing.length === 0, missing };
}
