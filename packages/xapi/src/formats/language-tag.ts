import { memoizePredicate } from './memo.ts';

const LANGUAGE = '(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})';
const SCRIPT = '[a-z]{4}';
const REGION = '(?:[a-z]{2}|[0-9]{3})';
const VARIANT = '(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3})';
const EXTENSION = '(?:[0-9a-wy-z](?:-[a-z0-9]{2,8})+)';
const PRIVATE_USE = 'x(?:-[a-z0-9]{1,8})+';
const LANGTAG = new RegExp(
  `^${LANGUAGE}(?:-${SCRIPT})?(?:-${REGION})?(?:-${VARIANT})*(?:-${EXTENSION})*(?:-${PRIVATE_USE})?$`,
  'i',
);
const PRIVATE_ONLY = new RegExp(`^${PRIVATE_USE}$`, 'i');
const GRANDFATHERED = new Set([
  'en-gb-oed',
  'i-ami',
  'i-bnn',
  'i-default',
  'i-enochian',
  'i-hak',
  'i-klingon',
  'i-lux',
  'i-mingo',
  'i-navajo',
  'i-pwn',
  'i-tao',
  'i-tay',
  'i-tsu',
  'sgn-be-fr',
  'sgn-be-nl',
  'sgn-ch-de',
  'art-lojban',
  'cel-gaulish',
  'no-bok',
  'no-nyn',
  'zh-guoyu',
  'zh-hakka',
  'zh-min',
  'zh-min-nan',
  'zh-xiang',
]);

/**
 * True for a well-formed RFC 5646 language tag: the subtag sequence of the ABNF, plus the two rules the ABNF
 * cannot express (no repeated variant, no repeated extension singleton).
 * @example isLanguageTag('zh-Hant') // true
 * @example isLanguageTag('zh-z-aaa-z-bbb-c-ccc') // false: singleton z repeated
 */
export const isLanguageTag: (value: string) => boolean = memoizePredicate(checkLanguageTag);

function checkLanguageTag(value: string): boolean {
  const lower = value.toLowerCase();
  if (GRANDFATHERED.has(lower) || PRIVATE_ONLY.test(lower)) return true;
  if (!LANGTAG.test(lower)) return false;
  return !hasRepeatedSubtags(lower.split('-'));
}

function hasRepeatedSubtags(subtags: string[]): boolean {
  const variants = new Set<string>();
  const singletons = new Set<string>();
  let inExtension = false;
  for (const [index, subtag] of subtags.entries()) {
    if (subtag === 'x') return false;
    if (subtag.length === 1) {
      if (singletons.has(subtag)) return true;
      singletons.add(subtag);
      inExtension = true;
    } else if (!inExtension && index > 0 && isVariant(subtag)) {
      if (variants.has(subtag)) return true;
      variants.add(subtag);
    }
  }
  return false;
}

function isVariant(subtag: string): boolean {
  return subtag.length >= 5 || (subtag.length === 4 && /^[0-9]/.test(subtag));
}
