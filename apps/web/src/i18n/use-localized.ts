import type { Localized } from '@pathwise/contracts';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's language, a function that picks a content text in it, and a percentage formatter. */
export function useLocalized(): {
  locale: 'en' | 'es';
  pick: (text: Localized) => string;
  percent: (fraction: number) => string;
} {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'es' ? 'es' : 'en';
  const pick = useCallback((text: Localized) => text[locale] || text.en, [locale]);
  const format = useMemo(
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
    [locale],
  );
  const percent = useCallback((fraction: number) => format.format(fraction), [format]);
  return { locale, pick, percent };
}
