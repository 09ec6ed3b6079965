import { type Locale } from '@ruamsang/shared';
import { BANGKOK_TIME_ZONE, type LocalDate } from './local-date.js';

const TAGS: Record<Locale, string> = { th: 'th-TH', en: 'en-GB', ms: 'ms-MY' };

export interface TriCalendarDate {
  readonly gregorian: string;
  readonly buddhist: string;
  readonly hijri: string;
}

/**
 * A date written three ways, side by side: Gregorian, Buddhist Era (พ.ศ., Gregorian + 543) and
 * Hijri (Umm al-Qura), in the reader's language, all through ICU (Intl).
 */
export function formatTriCalendar(date: LocalDate, locale: Locale = 'th'): TriCalendarDate {
  const instant = new Date(`${date}T12:00:00+07:00`);
  const fmt = (calendar: string): string =>
    new Intl.DateTimeFormat(`${TAGS[locale]}-u-ca-${calendar}-nu-latn`, { timeZone: BANGKOK_TIME_ZONE, dateStyle: 'long' }).format(instant);
  return { gregorian: fmt('gregory'), buddhist: fmt('buddhist'), hijri: fmt('islamic-umalqura') };
}
