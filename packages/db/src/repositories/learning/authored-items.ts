import {
  type ParsedItemContent,
  parseStoredItemContent,
  type StoredItemContent,
} from '@pathwise/core/content';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';
import type { ItemRow } from './items.ts';

/** Where an item of the bank stands: only `published` items are served to learners. */
export type ItemStatus = 'draft' | 'published' | 'archived';

/** An item of the bank with who wrote it and its credit (authored items; null for the others). */
export interface BankItemRow extends ItemRow {
  status: ItemStatus;
  createdBy: string | null;
  attribution: string | null;
  copiedFrom: string | null;
  updatedAt: Date;
}

/** The columns of a {@link BankItemRow}. */
export const bankColumns = [
  'id',
  'skill_id',
  'source',
  'difficulty',
  'family_id',
  'seed',
  'content',
  'status',
  'created_by',
  'attribution',
  'copied_from',
  'updated_at',
] as const;

/** Reads the `content` column once: parsed content, or null and `unreadable` when it is not servable content. */
export function readItemContent(json: StoredItemContent | null): {
  content: ParsedItemContent | null;
  unreadable: boolean;
} {
  const content = json === null ? null : parseStoredItemContent(json);
  return { content, unreadable: json !== null && content === null };
}

/** Maps a selected row of {@link bankColumns}. */
export function toBankItemRow(r: {
  id: string;
  skill_id: string;
  source: string;
  difficulty: number;
  family_id: string | null;
  seed: number | null;
  content: StoredItemContent | null;
  status: ItemStatus;
  created_by: string | null;
  attribution: string | null;
  copied_from: string | null;
  updated_at: Date;
}): BankItemRow {
  return {
    id: r.id,
    skillId: r.skill_id,
    source: r.source,
    difficulty: r.difficulty,
    familyId: r.family_id,
    seed: r.seed,
    ...readItemContent(r.content),
    status: r.status,
    createdBy: r.created_by,
    attribution: r.attribution,
    copiedFrom: r.copied_from,
    updatedAt: new Date(r.updated_at),
  };
}

/** A new authored item (or a copy): always stored content, never a family pointer. */
export interface NewAuthoredItem {
  id: string;
  skillId: string;
  source: string;
  difficulty: number;
  content: StoredItemContent;
  status: ItemStatus;
  createdBy: string | null;
  attribution: string | null;
  copiedFrom: string | null;
}

/** Stores a new authored item. */
export async function insertAuthoredItem(db: Kysely<Database>, orgId: string, item: NewAuthoredItem) {
  await db
    .insertInto('items')
    .values({
      org_id: orgId,
      id: item.id,
      skill_id: item.skillId,
      source: item.source,
      difficulty: item.difficulty,
      family_id: null,
      seed: null,
      content: JSON.stringify(item.content),
      status: item.status,
      created_by: item.createdBy,
      attribution: item.attribution,
      copied_from: item.copiedFrom,
    })
    .execute();
}

/**
 * Replaces the content of an item of one source (the authored one), its skill, difficulty, status and credit;
 * false when no such item of that source exists.
 */
export async function updateAuthoredItem(
  db: Kysely<Database>,
  orgId: string,
  item: Pick<
    NewAuthoredItem,
    'id' | 'skillId' | 'source' | 'difficulty' | 'content' | 'status' | 'attribution'
  >,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('items')
    .set({
      skill_id: item.skillId,
      difficulty: item.difficulty,
      content: JSON.stringify(item.content),
      status: item.status,
      attribution: item.attribution,
      updated_at: now,
    })
    .where('org_id', '=', orgId)
    .where('id', '=', item.id)
    .where('source', '=', item.source)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sets the status of an item of one source; false when there is none. */
export async function setItemStatus(
  db: Kysely<Database>,
  orgId: string,
  input: { id: string; source: string; status: ItemStatus; now: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('items')
    .set({ status: input.status, updated_at: input.now })
    .where('org_id', '=', orgId)
    .where('id', '=', input.id)
    .where('source', '=', input.source)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The names of the people who wrote items, by user id (erased accounts show their tombstone name). */
export async function authorNames(
  db: Kysely<Database>,
  userIds: readonly string[],
): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
