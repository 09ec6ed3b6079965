/**
 * Calendar dates and clock times as the programme lives them: in Asia/Bangkok (UTC+7 all year,
 * no daylight saving since 1920). A LocalDate is an ISO `YYYY-MM-DD` string, a clock time is
 * `HH:mm`. Date-only arithmetic goes through the UTC calendar (no offsets, no DST), and an
 * instant is made by letting the platform parse an ISO string with the fixed `+07:00` offset.
 */
export type LocalDate = string;
export type ClockTime = string;

export const BANGKOK_TIME_ZONE = 'Asia/Bangkok';
export const BANGKOK_UTC_OFFSET = '+07:00';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

function utcDate(date: LocalDate): Date {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.toISOString().slice(0, 10) !== date) throw new RangeError(`no such date: ${date}`);
  return d;
}

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string' || !DATE_RE.test(value)) return false;
  try {
    utcDate(value);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = utcDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((utcDate(b).getTime() - utcDate(a).getTime()) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday (as Date#getDay). */
export function weekdayOf(date: LocalDate): number {
  return utcDate(date).getUTCDay();
}

/** Every date from `from` to `to`, both included. */
export function datesInRange(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Minutes since local midnight. */
export function minutesOf(time: ClockTime): number {
  const m = TIME_RE.exec(time);
  if (!m) throw new RangeError(`not a HH:mm time: ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function isClockTime(value: unknown): value is ClockTime {
  return typeof value === 'string' && TIME_RE.test(value);
}

/** The instant a Bangkok wall-clock date and time denote. */
export function bangkokInstant(date: LocalDate, time: ClockTime): Date {
  utcDate(date);
  minutesOf(time);
  return new Date(`${date}T${time}:00${BANGKOK_UTC_OFFSET}`);
}

/** The Bangkok calendar date of an instant. */
export function bangkokDateOf(instant: Date): LocalDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: BANGKOK_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

export interface DateRange {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

export function inRange(date: LocalDate, range: DateRange): boolean {
  return range.from <= date && date <= range.to;
}
