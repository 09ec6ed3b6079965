import type { Locale } from '@ruamsang/shared';

export interface Localized {
  readonly th: string;
  readonly en?: string | null;
  readonly ms?: string | null;
}

/** The text in the reader's language, falling back to Thai. */
export function pick(text: Localized | null | undefined, locale: Locale): string {
  if (!text) return '';
  return (locale === 'en' ? text.en : locale === 'ms' ? text.ms : text.th) || text.th;
}
