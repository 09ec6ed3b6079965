import type { Locale } from '@ruamsang/shared';

/** Thai shows the Buddhist Era (พ.ศ.), as Thai readers expect; English and Malay show Gregorian. */
const CALENDAR_LOCALE: Record<Locale, string> = {
  th: 'th-TH-u-ca-buddhist',
  en: 'en-GB',
  ms: 'ms-MY',
};

export function formatDate(value: string | Date, locale: Locale, style: 'short' | 'long' = 'short'): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(CALENDAR_LOCALE[locale], {
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    year: 'numeric',
    timeZone: 'Asia/Bangkok',
  }).format(date);
}

export function formatTime(value: string | Date, locale: Locale): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(CALENDAR_LOCALE[locale], { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Bangkok' }).format(date);
}

/** The same date in the Islamic (Umm al-Qura) calendar, shown beside it for Muslim-majority provinces. */
export function formatHijri(value: string | Date, locale: Locale): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(`${locale === 'th' ? 'th' : locale === 'ms' ? 'ms' : 'en'}-u-ca-islamic-umalqura`, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Bangkok',
  }).format(date);
}

export function formatNumber(value: number | null | undefined, locale: Locale, digits = 2): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale === 'th' ? 'th-TH' : locale === 'ms' ? 'ms-MY' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** Today's date (YYYY-MM-DD) in Thailand, where the sessions take place. */
export function todayInBangkok(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
