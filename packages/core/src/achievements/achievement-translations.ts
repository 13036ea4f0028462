import type { Locale } from '../identity/locales.ts';
import { fieldPath, parseStoredJson } from '../stored-json/parse-stored-json.ts';

/** An achievement's words in one language. */
export interface AchievementText {
  name: string;
  description: string;
}

/**
 * An achievement's words in the languages other than English that Pathwise ships (English is the achievement's own
 * `name` and `description`, always present). A language left out falls back to English wherever it is read.
 */
export type AchievementTranslations = { readonly [L in Exclude<Locale, 'en'>]?: AchievementText };

/** The languages an achievement can be translated into: every shipped language but English. */
export const TRANSLATED_LOCALES = ['es'] as const satisfies readonly Exclude<Locale, 'en'>[];

/**
 * Reads stored translations (the `achievements.translations` JSONB column) back; an unknown language is dropped,
 * a name or description that is not a string throws a `StoredJsonError` naming the column and the part.
 *
 * @example
 * parseAchievementTranslations({ es: { name: 'Fracciones', description: '' } }).es?.name; // 'Fracciones'
 */
export function parseAchievementTranslations(json: unknown): AchievementTranslations {
  return parseStoredJson('achievements.translations', json, (value, r) => {
    const stored = r.object(value, '');
    const out: { -readonly [L in keyof AchievementTranslations]: AchievementText } = {};
    for (const locale of TRANSLATED_LOCALES) {
      if (stored[locale] === undefined) continue;
      const entry = r.object(stored[locale], locale);
      out[locale] = {
        name: r.string(entry.name, fieldPath(locale, 'name')),
        description:
          entry.description === undefined
            ? ''
            : r.string(entry.description, fieldPath(locale, 'description')),
      };
    }
    return out;
  });
}

/**
 * An achievement's words for a reader: each part in `locale` when it is translated, in English otherwise (a
 * translation may give a name and leave the description to English: losing the description would say less).
 *
 * @example
 * achievementTextIn({ name: 'Fractions', description: 'Adds them', translations: { es: { name: 'Fracciones', description: '' } } }, 'es');
 * // { name: 'Fracciones', description: 'Adds them' }
 */
export function achievementTextIn(
  achievement: AchievementText & { translations: AchievementTranslations },
  locale: Locale,
): AchievementText {
  const translated = locale === 'en' ? undefined : achievement.translations[locale];
  return {
    name: translated?.name || achievement.name,
    description: translated?.description || achievement.description,
  };
}
