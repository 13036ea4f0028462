/**
 * Syllable counters for the readability formulas. English is counted by vowel groups with the usual corrections
 * (silent final e, -ed, -es); Spanish by vowel nuclei, where two strong vowels (or an accented í/ú) make a hiatus
 * and a weak unaccented vowel joins its neighbour in a diphthong.
 */

const ENGLISH_EXCEPTIONS: Readonly<Record<string, number>> = {
  the: 1,
  every: 3,
  area: 3,
  idea: 3,
  create: 2,
  people: 2,
  business: 2,
  different: 3,
  being: 2,
  quiz: 1,
  graph: 1,
  solve: 1,
  value: 2,
  values: 2,
  table: 2,
  equation: 3,
  equations: 3,
};

/** English syllables of one word (letters only, any case); at least 1. */
export function englishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w === '') return 0;
  const known = ENGLISH_EXCEPTIONS[w];
  if (known !== undefined) return known;
  if (w.length <= 3) return 1;
  const trimmed = w
    .replace(/(?:[^laeiouy]es|[^laeiouytd]ed|[^laeiouy]e)$/, (m) => m.slice(0, 1))
    .replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g)?.length ?? 0;
  // NOTE: "-le" after a consonant is its own syllable (ta-ble, sim-ple); the replace above keeps it.
  return Math.max(1, groups);
}

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ú', 'ü']);

/** Spanish syllables of one word; at least 1 for a word with a letter. */
export function spanishSyllables(word: string): number {
  // The u of "que, qui, gue, gui" is silent; a final y after a vowel is part of the diphthong ("hoy", "muy").
  const w = word
    .toLowerCase()
    .replace(/[^a-zñáéíóúü]/g, '')
    .replace(/([qg])u([eéií])/g, '$1$2');
  if (w === '') return 0;
  let count = 0;
  let previous: string | null = null;
  for (const ch of w) {
    if (!VOWELS.has(ch)) {
      previous = null;
      continue;
    }
    if (previous === null || (STRONG.has(previous) && STRONG.has(ch))) count++;
    previous = ch;
  }
  return Math.max(1, count);
}
