import type { LanguageMap } from './model/statement-types.ts';

/** One language range of an `Accept-Language` header with its quality. */
export interface LanguageRange {
  readonly range: string;
  readonly q: number;
}

/**
 * Parses an `Accept-Language` header (RFC 2616 14.4) into ranges ordered by quality, highest first; ranges
 * with q=0 ("not acceptable") and malformed entries are dropped.
 * @example parseAcceptLanguage('fr-CH, fr;q=0.9, en;q=0.8') // [{range:'fr-ch',q:1}, {range:'fr',q:0.9}, …]
 */
export function parseAcceptLanguage(header: string | undefined): LanguageRange[] {
  if (!header) return [];
  const ranges: LanguageRange[] = [];
  for (const part of header.split(',')) {
    const [rawRange, ...params] = part.trim().split(';');
    const range = rawRange?.trim().toLowerCase() ?? '';
    if (!/^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/.test(range)) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (Number.isFinite(q) && q > 0 && q <= 1) ranges.push({ range, q });
  }
  return ranges
    .map((r, index) => ({ r, index }))
    .sort((a, b) => b.r.q - a.r.q || a.index - b.index)
    .map(({ r }) => r);
}

/**
 * Picks the one entry of a language map that best fits the `Accept-Language` header, as the canonical
 * statement format requires for each map individually. For each range by quality: basic filtering (a tag equal to the
 * range or starting with it and a hyphen), then lookup by truncating the range; else the map's first entry.
 * @example pickLanguage({ 'en-US': 'attended', 'fr': 'a assisté' }, 'fr') // { fr: 'a assisté' }
 */
export function pickLanguage(map: LanguageMap, acceptLanguage: string | undefined): LanguageMap {
  const tags = Object.keys(map);
  if (tags.length <= 1) return { ...map };
  const chosen = chooseTag(tags, parseAcceptLanguage(acceptLanguage)) ?? tags[0]!;
  return { [chosen]: map[chosen]! };
}

function chooseTag(tags: string[], ranges: LanguageRange[]): string | undefined {
  const lower = tags.map((tag) => tag.toLowerCase());
  for (const { range } of ranges) {
    if (range === '*') return tags[0];
    const index = lower.findIndex((tag) => tag === range || tag.startsWith(`${range}-`));
    if (index >= 0) return tags[index];
    const subtags = range.split('-');
    while (subtags.length > 1) {
      subtags.pop();
      const truncated = lower.indexOf(subtags.join('-'));
      if (truncated >= 0) return tags[truncated];
    }
  }
  return undefined;
}
