import { signedAchievementText } from '@pathwise/core/achievements';

/**
 * What a credential says it is, read from its (untrusted) JSON for people to read: never markup, only text, an
 * image address that cannot run, and links to our own pages.
 */

/** A skill a credential certifies (an OB 3.0 `alignment`): our public skill page as a path, or any other address as text. */
export interface MeaningSkill {
  name: string;
  /** The skill's code in its framework (the alignment's `targetCode`), or null. */
  code: string | null;
  /** The path of our own public skill page (`/skills/<org>/<skill>`), or null. */
  path: string | null;
  /** Any other address the alignment gives, to show as text (never a link), or null. */
  url: string | null;
}

/** The meaning of a credential: what was achieved, how, which skills, by whom (as far as it says). */
export interface CredentialMeaning {
  name: string | null;
  description: string | null;
  /** A safe `<img src>` (see {@link safeImageSrc}), or null. */
  image: string | null;
  criteria: string | null;
  skills: MeaningSkill[];
  /** The subject's name when the credential discloses one. */
  recipientName: string | null;
  /** The issuer's name as the credential states it: only a claim until a verification says who vouches for it. */
  issuerName: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

const dateOf = (value: unknown): string | null =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;

// NOTE: an SVG is safe here only because it is shown through <img> (never inline, never as a page): an image
// context runs no script and fetches nothing, whatever the file holds. Only base64 data, so no markup is in the URI.
const IMAGE_DATA_URI = /^data:image\/(png|jpeg|svg\+xml);base64,[a-z0-9+/=\s]+$/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** The characters of a URL path, query and fragment (RFC 3986): no spaces, quotes or angle brackets. */
const URL_CHARS = /^[\w\-.~%!$&'()*+,;=:@/?#[\]]+$/;

/**
 * An image address that is safe as the `src` of an `<img>` (and only there): a base64 `data:` URI of a PNG, JPEG
 * or SVG, an `https:` URL, or a relative URL (never `//host`, `http:`, `javascript:`, a non-base64 `data:` or any
 * other `data:`); null otherwise. OB 3.0's `image` is an `Image` object (`{ id }`) or its address.
 *
 * @example
 * safeImageSrc({ id: 'data:image/png;base64,iVBORw0KGgo=' }) // 'data:image/png;base64,iVBORw0KGgo='
 * safeImageSrc('data:image/svg+xml;base64,PHN2Zz4=') // 'data:image/svg+xml;base64,PHN2Zz4='
 * safeImageSrc('data:image/svg+xml,<svg onload=alert(1)>') // null
 */
export function safeImageSrc(image: unknown): string | null {
  const src = text(isObject(image) ? image.id : image);
  if (!src) return null;
  if (src.startsWith('data:')) return IMAGE_DATA_URI.test(src) ? src : null;
  if (SCHEME.test(src)) {
    try {
      return new URL(src).protocol === 'https:' ? src : null;
    } catch {
      return null;
    }
  }
  // NOTE: "//host/x" is read by browsers as another host's address; markup is not an address at all.
  return src.startsWith('//') || !URL_CHARS.test(src) ? null : src;
}

/** The path of our own public skill page that `url` names (same origin, `/skills/<org>/<skill>`), or null. */
export function ownSkillPath(url: string, origin: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.origin !== origin || parsed.search || parsed.hash) return null;
    return /^\/skills\/[^/]+\/[^/]+$/.test(parsed.pathname) ? parsed.pathname : null;
  } catch {
    return null;
  }
}

function skillsOf(alignment: unknown, origin: string): MeaningSkill[] {
  const entries = Array.isArray(alignment) ? alignment : alignment === undefined ? [] : [alignment];
  return entries.filter(isObject).flatMap((entry) => {
    const url = text(entry.targetUrl);
    const name = text(entry.targetName) ?? url;
    if (!name) return [];
    const path = url ? ownSkillPath(url, origin) : null;
    return [{ name, code: text(entry.targetCode), path, url: path ? null : url }];
  });
}

/** The credential itself when `input` is `{ credential, logProof }` or JSON text (as `/api/verify` reads it). */
function unwrap(input: unknown): unknown {
  let value = isObject(input) && 'credential' in input && !('proof' in input) ? input.credential : input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  return value;
}

/**
 * Reads what a credential says it is: its achievement's name and description (in `locale` when it carries that
 * language edition), image, criteria narrative and
 * aligned skills (links only to our own public skill pages, for `origin`), the subject's name if disclosed, and
 * the issuer's name and dates as stated.
 * Never throws: what is missing or malformed is null (or an empty list).
 *
 * @example
 * const meaning = readCredentialMeaning(document, window.location.origin, 'es');
 */
export function readCredentialMeaning(input: unknown, origin: string, locale = 'en'): CredentialMeaning {
  const credential = unwrap(input);
  const root = isObject(credential) ? credential : {};
  const subject = first(root.credentialSubject);
  const subjectObject = isObject(subject) ? subject : {};
  const achievement = isObject(subjectObject.achievement) ? subjectObject.achievement : {};
  const criteria = isObject(achievement.criteria) ? achievement.criteria : {};
  // The reader's language edition when the credential carries one (how Pathwise signs its translations).
  const words = signedAchievementText(achievement, locale);
  const name = words.name ?? text(root.name);
  const description = words.description ?? text(root.description);
  return {
    name,
    // NOTE: an achievement issued without its own description repeats its name: saying it twice adds nothing.
    description: description === name ? null : description,
    image: safeImageSrc(achievement.image ?? root.image),
    criteria: text(criteria.narrative),
    skills: skillsOf(achievement.alignment, origin),
    recipientName: text(subjectObject.name),
    issuerName: isObject(root.issuer) ? text(root.issuer.name) : null,
    validFrom: dateOf(root.validFrom),
    validUntil: dateOf(root.validUntil),
  };
}

/** This installation's words for a credential in the reader's language (see the server's `ReaderWords`). */
export interface MeaningWords {
  criteria: string | null;
  skills: Readonly<Record<string, string>>;
}

/**
 * A credential's meaning with this installation's words for it in the reader's language: the criteria, and each
 * aligned skill's name by its code; what the words do not cover keeps the credential's own.
 *
 * @example
 * withReaderWords(meaning, { criteria: 'Dominar «Sumar y restar enteros» al 60 %.', skills: { 'alg.integers-add': 'Sumar y restar enteros' } });
 */
export function withReaderWords(
  meaning: CredentialMeaning,
  words: MeaningWords | undefined,
): CredentialMeaning {
  if (!words) return meaning;
  return {
    ...meaning,
    criteria: words.criteria ?? meaning.criteria,
    skills: meaning.skills.map((skill) => {
      const name = skill.code ? words.skills[skill.code] : undefined;
      return name ? { ...skill, name } : skill;
    }),
  };
}
