import { BANGKOK_TIME_ZONE, type LocalDate } from './local-date.js';

/** A date in the Umm al-Qura (Saudi tabular-astronomical) Hijri calendar, from ICU via Intl. */
export interface HijriDate {
  readonly year: number;
  /** 1 = Muharram … 9 = Ramadan, 10 = Shawwal, 12 = Dhu al-Hijjah */
  readonly month: number;
  readonly day: number;
}

export const RAMADAN = 9;
export const SHAWWAL = 10;
export const DHU_AL_HIJJAH = 12;

const formatter = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: BANGKOK_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});
const cache = new Map<LocalDate, HijriDate>();

/**
 * The Umm al-Qura date of a Gregorian (Bangkok) day. The Sheikhul Islam's office in Thailand
 * announces Ramadan and the Eids by moon sighting, which can differ from Umm al-Qura by a day;
 * rules that need certainty can widen the period with a blackout.
 */
export function hijriOf(date: LocalDate): HijriDate {
  const hit = cache.get(date);
  if (hit) return hit;
  const parts = formatter.formatToParts(new Date(`${date}T12:00:00+07:00`));
  const num = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  const hijri = { year: num('year'), month: num('month'), day: num('day') };
  if (![hijri.year, hijri.month, hijri.day].every(Number.isInteger)) throw new Error(`ICU has no Umm al-Qura calendar for ${date}`);
  cache.set(date, hijri);
  return hijri;
}

export function isRamadan(date: LocalDate): boolean {
  return hijriOf(date).month === RAMADAN;
}

/** Which Eid a day belongs to: the first `fitrDays` of Shawwal, or `adhaDays` from 10 Dhu al-Hijjah. */
export function eidOf(date: LocalDate, fitrDays: number, adhaDays: number): 'EID_AL_FITR' | 'EID_AL_ADHA' | null {
  const h = hijriOf(date);
  if (h.month === SHAWWAL && h.day <= fitrDays) return 'EID_AL_FITR';
  if (h.month === DHU_AL_HIJJAH && h.day >= 10 && h.day < 10 + adhaDays) return 'EID_AL_ADHA';
  return null;
}
