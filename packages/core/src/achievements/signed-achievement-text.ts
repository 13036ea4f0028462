/** An achievement's words as a signed credential gives them in one language; null where it gives none. */
export interface SignedAchievementText {
  name: string | null;
  description: string | null;
}

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const trimmed = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/** The primary language subtag of a BCP 47 tag, lower case: `es-MX` → `es`. */
const primary = (tag: unknown): string | null =>
  typeof tag === 'string' && tag.trim() !== '' ? (tag.trim().split('-')[0] ?? '').toLowerCase() : null;

/** The values of a JSON-LD member: a plain string (no language), a value object, or an array of either. */
function values(member: unknown): { text: string; language: string | null }[] {
  const list = Array.isArray(member) ? member : member === undefined ? [] : [member];
  return list.flatMap((entry) => {
    if (typeof entry === 'string') return trimmed(entry) ? [{ text: entry.trim(), language: null }] : [];
    if (!isObject(entry)) return [];
    const text = trimmed(entry['@value']);
    return text ? [{ text, language: primary(entry['@language']) }] : [];
  });
}

/** The value in `locale`, then one without a language, then the first; null when there is none. */
function pick(member: unknown, locale: string, strict: boolean): string | null {
  const all = values(member);
  const exact = all.find((v) => v.language === locale)?.text ?? null;
  if (strict) return exact;
  return exact ?? all.find((v) => v.language === null)?.text ?? all[0]?.text ?? null;
}

/**
 * An achievement's name and description in the reader's language, read from a signed OB 3.0 achievement (untrusted
 * JSON; never throws): the `related` edition whose VC 2.0 language values are in `locale` (how Pathwise signs its
 * translations), else the achievement's own `name` and `description` (a plain string, or language values of which
 * the one in `locale` is taken). Each part falls back on its own: a translated name with the English description.
 *
 * @example
 * signedAchievementText({ name: 'Fractions', related: [{ name: { '@value': 'Fracciones', '@language': 'es' } }] }, 'es');
 * // { name: 'Fracciones', description: null }
 */
export function signedAchievementText(achievement: unknown, locale: string): SignedAchievementText {
  const fields = isObject(achievement) ? achievement : {};
  const language = primary(locale) ?? 'en';
  const editions = (Array.isArray(fields.related) ? fields.related : [fields.related]).filter(isObject);
  const fromEditions = (key: 'name' | 'description') =>
    editions.map((edition) => pick(edition[key], language, true)).find((text) => text !== null) ?? null;
  return {
    name: fromEditions('name') ?? pick(fields.name, language, false),
    description: fromEditions('description') ?? pick(fields.description, language, false),
  };
}
