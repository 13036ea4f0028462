// NOTE: the wire types are the server's own contract (`@pathwise/contracts`); nothing here is written by hand.
export type {
  AnswerText,
  BankFamily,
  BankItem,
  ItemAttribution as Attribution,
  ItemBank,
  ItemDetail,
} from '@pathwise/contracts';

/** The source of the demo item families. */
export const DEMO_SOURCE = 'demo';

/** The filters of the bank, as the page's address keeps them. */
export interface BankFilter {
  source: string;
  skillId: string;
  q: string;
  page: number;
}

/** Stored items per page. */
export const PAGE_SIZE = 25;

/** API paths of the item bank. */
export const itemBankPaths = {
  list(orgId: string, filter: BankFilter): string {
    const query = new URLSearchParams({
      limit: String(PAGE_SIZE),
      offset: String((filter.page - 1) * PAGE_SIZE),
    });
    if (filter.source) query.set('source', filter.source);
    if (filter.skillId) query.set('skillId', filter.skillId);
    if (filter.q) query.set('q', filter.q);
    return `/api/orgs/${orgId}/items?${query}`;
  },
  item: (orgId: string, itemId: string) => `/api/orgs/${orgId}/items/${encodeURIComponent(itemId)}`,
};

/** Client path of the item bank page, optionally filtered to one source. */
export function itemBankPagePath(orgSlug: string, source?: string): string {
  return `/o/${orgSlug}/items${source ? `?source=${encodeURIComponent(source)}` : ''}`;
}

/** The first line of a stem (its title) and the rest. */
export function splitStem(stem: string): { title: string; rest: string } {
  const [title = '', ...rest] = stem.split('\n');
  return { title, rest: rest.join('\n').trim() };
}

/** A stem's title as plain words for an accessible name: figure references and `$` signs left out. */
export function plainTitle(stem: string): string {
  return splitStem(stem)
    .title.replace(/\[\[figure:[a-p]+\]\]/g, '')
    .replaceAll('$', '')
    .trim();
}
