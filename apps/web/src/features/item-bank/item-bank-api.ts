import type { Figure, Localized } from '../learning/learning-api.ts';

/** The credit of an imported dataset, shown wherever its items are. */
export interface Attribution {
  dataset: string;
  text: string;
  license: string;
  url: string;
}

/** A stored item as the bank lists it. */
export interface BankItem {
  id: string;
  skillId: string;
  source: string;
  difficulty: number;
  stem: Localized | null;
  steps: number;
}

/** A demo item family: it generates items; `sampleItemId` opens one of them. */
export interface BankFamily {
  id: string;
  skillId: string;
  name: Localized;
  steps: number;
  sampleItemId: string;
}

/** What `GET /api/orgs/:orgId/items` answers. */
export interface ItemBank {
  items: BankItem[];
  total: number;
  families: BankFamily[];
  sources: { source: string; items: number; attribution: Attribution | null }[];
  skills: { id: string; name: Localized | null; items: number }[];
}

/** An expected answer, in words. */
export interface AnswerText {
  kind: string;
  text: Localized;
}

/** What `GET /api/orgs/:orgId/items/:itemId` answers: the item with its answers and help (staff only). */
export interface ItemDetail {
  id: string;
  skillId: string;
  skillName: Localized | null;
  source: string;
  difficulty: number;
  sample: boolean;
  stem: Localized;
  figure?: Figure;
  steps: {
    id: string;
    prompt: Localized;
    answer: AnswerText;
    guidingQuestion: Localized | null;
    hints: Localized[];
    scaffolds: { id: string; prompt: Localized; answer: AnswerText }[];
    misconceptions: { id: string; answer: AnswerText; feedback: Localized }[];
  }[];
  attribution: Attribution | null;
}

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
