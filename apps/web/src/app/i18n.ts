import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@ruamsang/shared';
import en from '../i18n/en.json';
import ms from '../i18n/ms.json';
import th from '../i18n/th.json';

const STORAGE_KEY = 'ruamsang.locale';

export function savedLocale(): Locale {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return isLocale(saved) ? saved : DEFAULT_LOCALE;
}

export function setLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  void i18next.changeLanguage(locale);
}

void i18next.use(initReactI18next).init({
  resources: { th: { translation: th }, en: { translation: en }, ms: { translation: ms } },
  lng: savedLocale(),
  fallbackLng: DEFAULT_LOCALE,
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = savedLocale();

export { i18next };
