import type { ParsedItemContent, StoredItemContent } from '@pathwise/core/content';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { type BankItemRow, bankColumns, readItemContent, toBankItemRow } from './authored-items.ts';

/** An item of the bank as written: stored content (`content`) or a pointer to a seeded family item (`familyId`, `seed`). */
export interface NewItemRow {
  id: string;
  skillId: string;
  source: string;
  difficulty: number;
  familyId: string | null;
  seed: number | null;
  content: StoredItemContent | null;
}

/**
 * An item of the bank as read, its content parsed once (`parseStoredItemContent`). Stored content that does not
 * parse reads as null with `unreadable` set: such an item is never served.
 */
export interface ItemRow extends NewItemRow {
  content: ParsedItemContent | null;
  unreadable: boolean;
}

/** Adds items to the bank (existing ids are replaced). */
export async function upsertItems(db: Kysely<Database>, orgId: string, items: readonly NewItemRow[]) {
  for (let start = 0; start < items.length; start += 1000) {
    await db
      .insertInto('items')
      .values(
        items.slice(start, start + 1000).map((i) => ({
          org_id: orgId,
          id: i.id,
          skill_id: i.skillId,
          source: i.source,
          difficulty: i.difficulty,
          family_id: i.familyId,
          seed: i.seed,
          content: i.content === null ? null : JSON.stringify(i.content),
        })),
      )
      .onConflict((oc) =>
        oc.columns(['org_id', 'id']).doUpdateSet((eb) => ({
          skill_id: eb.ref('excluded.skill_id'),
          source: eb.ref('excluded.source'),
          difficulty: eb.ref('excluded.difficulty'),
          family_id: eb.ref('excluded.family_id'),
          seed: eb.ref('excluded.seed'),
          content: eb.ref('excluded.content'),
        })),
      )
      .execute();
  }
}

function toItemRow(r: {
  id: string;
  skill_id: string;
  source: string;
  difficulty: number;
  family_id: string | null;
  seed: number | null;
  content: StoredItemContent | null;
}): ItemRow {
  return {
    id: r.id,
    skillId: r.skill_id,
    source: r.source,
    difficulty: r.difficulty,
    familyId: r.family_id,
    seed: r.seed,
    ...readItemContent(r.content),
  };
}

/**
 * One published stored item of a skill at (or nearest to) a difficulty (drafts and archived items are never
 * served), avoiding the `avoid` ids (recently served),
 * at random among equals; null when the skill has no stored items.
 */
export async function pickStoredItem(
  db: Kysely<Database>,
  orgId: string,
  input: { skillId: string; difficulty: number; avoid: readonly string[] },
): Promise<ItemRow | null> {
  let query = db
    .selectFrom('items')
    .select(['id', 'skill_id', 'source', 'difficulty', 'family_id', 'seed', 'content'])
    .where('org_id', '=', orgId)
    .where('skill_id', '=', input.skillId)
    .where('status', '=', 'published');
  if (input.avoid.length > 0) query = query.where('id', 'not in', [...input.avoid]);
  const row = await query
    .orderBy(sql`abs(difficulty - ${input.difficulty})`)
    .orderBy(sql`random()`)
    .limit(1)
    .executeTakeFirst();
  return row ? toItemRow(row) : null;
}

/** Which of these skills have published stored items. */
export async function skillsWithStoredItems(
  db: Kysely<Database>,
  orgId: string,
  skillIds: readonly string[],
): Promise<Set<string>> {
  if (skillIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('items')
    .select('skill_id')
    .distinct()
    .where('org_id', '=', orgId)
    .where('skill_id', 'in', [...skillIds])
    .where('status', '=', 'published')
    .execute();
  return new Set(rows.map((r) => r.skill_id));
}

/** What the item bank is filtered by: a skill, a source, and words of the stem or the id (`q`). */
export interface ItemFilter {
  skillId?: string | undefined;
  source?: string | undefined;
  q?: string | undefined;
  /** Archived items are listed only when asked for. */
  archived?: boolean | undefined;
}

function filtered(db: Kysely<Database>, orgId: string, filter: ItemFilter) {
  let base = db.selectFrom('items').where('org_id', '=', orgId);
  if (filter.skillId) base = base.where('skill_id', '=', filter.skillId);
  if (filter.source) base = base.where('source', '=', filter.source);
  base = base.where('status', filter.archived ? '=' : '!=', 'archived');
  const words = filter.q?.trim();
  if (words) {
    // NOTE: ILIKE with the pattern's own wildcards escaped: the words are matched as typed, in either language.
    const pattern = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where((eb) =>
      eb.or([
        eb('id', 'ilike', pattern),
        eb(sql<string>`content->'stem'->>'en'`, 'ilike', pattern),
        eb(sql<string>`content->'stem'->>'es'`, 'ilike', pattern),
      ]),
    );
  }
  return base;
}

/** A page of the item bank, with the total count of the filter. */
export async function listItems(
  db: Kysely<Database>,
  orgId: string,
  filter: ItemFilter & { limit: number; offset: number },
): Promise<{ items: BankItemRow[]; total: number }> {
  const base = filtered(db, orgId, filter);
  const [rows, count] = await Promise.all([
    base
      .select(bankColumns)
      .orderBy('source')
      .orderBy('id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toBankItemRow), total: Number(count.n) };
}

/** One item of the bank by its id (archived ones too), or null. */
export async function findItemRow(
  db: Kysely<Database>,
  orgId: string,
  itemId: string,
): Promise<BankItemRow | null> {
  const row = await db
    .selectFrom('items')
    .select(bankColumns)
    .where('org_id', '=', orgId)
    .where('id', '=', itemId)
    .executeTakeFirst();
  return row ? toBankItemRow(row) : null;
}

/** How many stored items (archived ones left out) each source has, by source. */
export async function countItemsBySource(
  db: Kysely<Database>,
  orgId: string,
): Promise<{ source: string; items: number }[]> {
  const rows = await db
    .selectFrom('items')
    .select((eb) => ['source', eb.fn.countAll<number>().as('n')])
    .where('org_id', '=', orgId)
    .where('status', '!=', 'archived')
    .groupBy('source')
    .orderBy('source')
    .execute();
  return rows.map((r) => ({ source: r.source, items: Number(r.n) }));
}

/** How many stored items (archived ones left out) each skill has, of one source when given. */
export async function countItemsBySkill(
  db: Kysely<Database>,
  orgId: string,
  source?: string,
): Promise<{ skillId: string; items: number }[]> {
  let query = db
    .selectFrom('items')
    .select((eb) => ['skill_id', eb.fn.countAll<number>().as('n')])
    .where('org_id', '=', orgId)
    .where('status', '!=', 'archived')
    .groupBy('skill_id')
    .orderBy('skill_id');
  if (source) query = query.where('source', '=', source);
  const rows = await query.execute();
  return rows.map((r) => ({ skillId: r.skill_id, items: Number(r.n) }));
}
