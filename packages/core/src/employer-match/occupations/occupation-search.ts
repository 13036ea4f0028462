import type { Occupation } from './occupation.ts';

/**
 * How well a title matches a query, best first: the whole title, the title's start, every query word as a whole
 * word of the title, every query word as the start of a word of the title ("bookkeep" finds "bookkeeping").
 */
export type MatchTier = 'exact' | 'prefix' | 'words' | 'wordPrefixes';
const TIERS: readonly MatchTier[] = ['exact', 'prefix', 'words', 'wordPrefixes'];

/** One occupation a search found, and the title that matched when it is an alternative title. */
export interface OccupationHit {
  occupation: Occupation;
  tier: MatchTier;
  /** The alternative title that matched best; null when the occupation's own title did. */
  matchedTitle: string | null;
}

/** A search's answer: the best hits (at most the limit), how many matched in all, broader queries to try. */
export interface OccupationSearch {
  hits: OccupationHit[];
  total: number;
  /** When nothing matched: shorter queries that do find occupations (single words, shorter words), best first. */
  broader: string[];
}

interface IndexedTitle {
  text: string;
  normalized: string;
  words: readonly string[];
  isTitle: boolean;
}

/** Occupations with their titles normalized once, for many searches. */
export interface OccupationIndex {
  readonly entries: readonly { occupation: Occupation; titles: readonly IndexedTitle[] }[];
}

// Words that narrow nothing: "clerk of court" is found by "clerk court".
const STOP_WORDS = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Lower case, accents and punctuation off, single spaces: "Book-keeping, Clerks" → "book keeping clerks". */
export function normalizeTitle(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const wordsOf = (normalized: string) => (normalized === '' ? [] : normalized.split(' '));

/**
 * Indexes occupations for {@link searchOccupations}: each title and alternative title normalized and split into
 * words.
 */
export function indexOccupations(occupations: readonly Occupation[]): OccupationIndex {
  const titleOf = (text: string, isTitle: boolean): IndexedTitle => {
    const normalized = normalizeTitle(text);
    return { text, normalized, words: wordsOf(normalized), isTitle };
  };
  return {
    entries: occupations.map((occupation) => ({
      occupation,
      titles: [titleOf(occupation.title, true), ...occupation.altTitles.map((t) => titleOf(t, false))],
    })),
  };
}

function tierOf(title: IndexedTitle, query: string, words: readonly string[]): number {
  if (title.normalized === query) return 0;
  if (title.normalized.startsWith(query)) return 1;
  if (words.length === 0) return -1;
  if (words.every((w) => title.words.includes(w))) return 2;
  if (words.every((w) => title.words.some((t) => t.startsWith(w)))) return 3;
  return -1;
}

interface Ranked extends OccupationHit {
  order: readonly [number, number, number];
}

function rank(index: OccupationIndex, query: string): Ranked[] {
  const normalized = normalizeTitle(query);
  if (normalized === '') return [];
  const words = wordsOf(normalized).filter((w) => !STOP_WORDS.has(w));
  const found: Ranked[] = [];
  for (const { occupation, titles } of index.entries) {
    let best: Ranked | null = null;
    for (const title of titles) {
      const tier = tierOf(title, normalized, words);
      if (tier < 0) continue;
      // Within a tier the occupation's own title beats an alternative one, and a shorter title a longer one.
      const order = [tier, title.isTitle ? 0 : 1, title.words.length] as const;
      if (!best || compareOrder(order, best.order) < 0)
        best = { occupation, tier: TIERS[tier]!, matchedTitle: title.isTitle ? null : title.text, order };
    }
    if (best) found.push(best);
  }
  return found.sort(
    (a, b) => compareOrder(a.order, b.order) || a.occupation.title.localeCompare(b.occupation.title),
  );
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The most frequent title word that starts with `prefix` (a cut word is suggested as a word people write). */
function completeWord(index: OccupationIndex, prefix: string): string {
  const counts = new Map<string, number>();
  for (const { titles } of index.entries)
    for (const title of titles)
      for (const word of title.words)
        if (word.startsWith(prefix)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? prefix;
}

/**
 * Shorter queries that find something when `query` found nothing: each of its words alone, else the word cut
 * down letter by letter to four letters and completed to a title word ("bookkeepers" → "bookkeeping"), most hits
 * first, at most three.
 */
function broaderQueries(index: OccupationIndex, query: string): string[] {
  const whole = normalizeTitle(query);
  const words = wordsOf(whole).filter((w) => !STOP_WORDS.has(w));
  const found = new Map<string, number>();
  for (const word of words) {
    for (let length = word.length; length >= Math.min(4, word.length); length--) {
      const cut = word.slice(0, length);
      if (cut === whole) continue;
      const count = rank(index, cut).length;
      if (count === 0) continue;
      const suggestion = cut === word ? word : completeWord(index, cut);
      if (suggestion !== whole) found.set(suggestion, Math.max(count, found.get(suggestion) ?? 0));
      break;
    }
  }
  return [...found.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([q]) => q);
}

/**
 * Searches occupations by words over their titles and alternative titles, ranked: exact title, title prefix,
 * all words, all word prefixes; the occupation's own title before an alternative one, shorter titles first. At
 * most `limit` hits; when none, suggests broader queries.
 *
 * @example
 * searchOccupations(index, 'bookkeeping').hits[0]?.occupation.code; // '43-3031.00'
 */
export function searchOccupations(index: OccupationIndex, query: string, limit = 20): OccupationSearch {
  const ranked = rank(index, query);
  return {
    hits: ranked.slice(0, limit).map(({ order: _order, ...hit }) => hit),
    total: ranked.length,
    broader: ranked.length === 0 ? broaderQueries(index, query) : [],
  };
}

/**
 * Merges the searches of several sources into one ranking (tier, then each source's own order), at most `limit`.
 */
export function mergeSearches(searches: readonly OccupationSearch[], limit = 20): OccupationSearch {
  const tierOrder = (hit: OccupationHit) => TIERS.indexOf(hit.tier);
  const hits = searches
    .flatMap((s) => s.hits.map((hit, position) => ({ hit, position })))
    .sort((a, b) => tierOrder(a.hit) - tierOrder(b.hit) || a.position - b.position)
    .slice(0, limit)
    .map((h) => h.hit);
  const total = searches.reduce((sum, s) => sum + s.total, 0);
  const broader = total > 0 ? [] : [...new Set(searches.flatMap((s) => s.broader))].slice(0, 3);
  return { hits, total, broader };
}
