import type { Locale } from '../language/localized.ts';
import { englishSyllables, spanishSyllables } from './syllables.ts';

/** Texts with fewer words than this are flagged `tooShort` and not scored: the formulas mean nothing on them. */
export const MIN_SCORED_WORDS = 30;

/**
 * The measured reading level of a text. English: Flesch-Kincaid grade and Flesch reading ease. Spanish:
 * Fernández-Huerta reading ease (206.84 − 0.60·P − 1.02·F, P syllables and F sentences per 100 words), which is
 * on Flesch's 0–100 scale; Spanish has no grade figure (`grade` null).
 */
export interface ReadabilityResult {
  readonly locale: Locale;
  readonly formula: 'flesch-kincaid' | 'fernandez-huerta';
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  /** Fewer than {@link MIN_SCORED_WORDS} words: `grade` and `ease` are null. */
  readonly tooShort: boolean;
  readonly grade: number | null;
  readonly ease: number | null;
}

const ABBREVIATIONS: Readonly<Record<Locale, readonly string[]>> = {
  en: ['e.g.', 'i.e.', 'etc.', 'vs.', 'mr.', 'mrs.', 'ms.', 'dr.', 'st.', 'no.', 'fig.', 'approx.', 'min.'],
  es: [
    'p. ej.',
    'p.ej.',
    'etc.',
    'sr.',
    'sra.',
    'srta.',
    'dr.',
    'dra.',
    'núm.',
    'pág.',
    'ej.',
    'fig.',
    'aprox.',
  ],
};

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes math ($…$ spans, digits, operators) and turns abbreviations into words without periods. */
function prepare(input: string, locale: Locale): string {
  let t = input.replace(/\$[^$]*\$/g, ' ').replace(/\\\(.*?\\\)/g, ' ');
  for (const abbreviation of ABBREVIATIONS[locale]) {
    const pattern = new RegExp(`(^|[^\\p{L}])${escapeRegExp(abbreviation)}`, 'giu');
    t = t.replace(pattern, (_m, before: string) => `${before}${abbreviation.replace(/[.\s]/g, '')}`);
  }
  // Digits with their decimal points and the operators go; words keep apostrophes and hyphens.
  return t.replace(/[0-9]+(?:[.,][0-9]+)*/g, ' ').replace(/[+\-−×÷*/=<>≤≥^%()[\]{}|]/g, ' ');
}

/** Words, sentences and syllables of a text after math is stripped. */
export function textCounts(
  input: string,
  locale: Locale,
): { words: number; sentences: number; syllables: number } {
  const prepared = prepare(input, locale);
  // A sentence ends at . ! ? … or a line break (a list item or a heading is its own unit).
  const sentences = prepared.split(/[.!?…]+|\n+/).filter((s) => /\p{L}/u.test(s)).length;
  const words = prepared.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  const count = locale === 'es' ? spanishSyllables : englishSyllables;
  const syllables = words.reduce((sum, w) => sum + count(w), 0);
  return { words: words.length, sentences: Math.max(sentences, words.length > 0 ? 1 : 0), syllables };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Measures a text's reading level (see {@link ReadabilityResult} for the formulas).
 * @example
 * readability('The cat sat on the mat. …', 'en'); // { grade: 1.2, ease: 98.7, … }
 */
export function readability(input: string, locale: Locale): ReadabilityResult {
  const { words, sentences, syllables } = textCounts(input, locale);
  const formula = locale === 'es' ? 'fernandez-huerta' : 'flesch-kincaid';
  const base = { locale, formula, words, sentences, syllables } as const;
  if (words < MIN_SCORED_WORDS) return { ...base, tooShort: true, grade: null, ease: null };
  const wordsPerSentence = words / sentences;
  const syllablesPerWord = syllables / words;
  if (locale === 'es') {
    const ease = 206.84 - 0.6 * (syllablesPerWord * 100) - 1.02 * ((sentences / words) * 100);
    return { ...base, tooShort: false, grade: null, ease: round1(ease) };
  }
  const grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
  const ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
  return { ...base, tooShort: false, grade: round1(grade), ease: round1(ease) };
}
