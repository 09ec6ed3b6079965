import { isLocale, pickLocale, type Locale } from '@ruamsang/shared';

/**
 * The interface language on a first visit: the first of the browser's languages (in its order of
 * preference) that Ruamsang speaks — Thai, English or Malay, whatever the region tag — else Thai.
 */
export function browserLocale(languages: readonly string[] | undefined): Locale {
  return pickLocale((languages ?? []).filter((tag) => tag.trim() !== '').join(','));
}

/** A choice already kept on this device wins over the browser's languages. */
export function initialLocale(saved: string | null, languages: readonly string[] | undefined): Locale {
  return isLocale(saved) ? saved : browserLocale(languages);
}
