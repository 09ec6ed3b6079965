import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, type Locale } from '@ruamsang/shared';
import en from '../i18n/en.json';
import ms from '../i18n/ms.json';
import th from '../i18n/th.json';
import { initialLocale } from './locale-pick';

const STORAGE_KEY = 'ruamsang.locale';

/** The language this device uses: its last choice, else the browser's languages (th, en, ms), else Thai. */
export function savedLocale(): Locale {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return initialLocale(saved, typeof navigator === 'undefined' ? undefined : navigator.languages);
}

/** Switches the interface (and `<html lang>`) without telling anyone: e.g. to the account's own choice after sign-in. */
export function applyLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  if (i18next.language !== locale) void i18next.changeLanguage(locale);
}

type ChoiceListener = (locale: Locale) => void;
const choiceListeners = new Set<ChoiceListener>();

/** Called when the person picks a language (not when the app applies one); returns the unsubscribe. */
export function onLocaleChosen(listener: ChoiceListener): () => void {
  choiceListeners.add(listener);
  return () => choiceListeners.delete(listener);
}

/** The person's own choice from a language menu: applied, and kept on their account when signed in. */
export function setLocale(locale: Locale): void {
  applyLocale(locale);
  for (const listener of choiceListeners) listener(locale);
}

const firstLocale = savedLocale();
void i18next.use(initReactI18next).init({
  resources: { th: { translation: th }, en: { translation: en }, ms: { translation: ms } },
  lng: firstLocale,
  fallbackLng: DEFAULT_LOCALE,
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = firstLocale;

export { i18next };
