import type { Locale } from '@pathwise/core/identity';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { es } from './es.ts';

export const LOCALES: readonly Locale[] = ['en', 'es'];
const STORAGE_KEY = 'pathwise.locale';

/** Whether a string is a language Pathwise speaks. */
export function isLocale(value: string | null | undefined): value is Locale {
  return value === 'en' || value === 'es';
}

/** The language to start in before anyone signs in: the last one chosen here, else the browser's. */
export function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  const browser = globalThis.navigator?.language?.slice(0, 2);
  return isLocale(browser) ? browser : 'en';
}

/** Switches the interface language, remembers it on this device and sets `<html lang>`. */
export async function applyLocale(locale: Locale): Promise<void> {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}

/** Starts i18next with every catalogue bundled (no loading at run time). */
export function initI18n(locale: Locale = initialLocale()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { en: { translation: en }, es: { translation: es } },
      lng: locale,
      fallbackLng: 'en',
      supportedLngs: LOCALES,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  return i18next;
}
