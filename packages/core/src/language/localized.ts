import { LOCALES, type Locale } from '../identity/locales.ts';

/** Learner-facing text in every language Pathwise ships. */
export type Localized = { readonly [L in Locale]: string };

export type { Locale };

/** The languages Pathwise ships, in display order. */
export const locales: readonly Locale[] = LOCALES;

/**
 * Builds a {@link Localized} text.
 * @example
 * const title = text('Slope', 'Pendiente');
 */
export function text(en: string, es: string): Localized {
  return { en, es };
}

/** Joins localized parts with a separator, language by language. */
export function joinText(parts: readonly Localized[], separator = ' '): Localized {
  return {
    en: parts.map((p) => p.en).join(separator),
    es: parts.map((p) => p.es).join(separator),
  };
}
