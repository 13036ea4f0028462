import type { Item } from '@pathwise/core/content';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';

export type ServeMode = 'placement' | 'practice' | 'review';

/** An item as it was served to a learner, answers included: it never leaves the server. */
export interface ServedItemRow {
  id: string;
  userId: string;
  pathwayId: string;
  itemId: string;
  skillId: string;
  source: string;
  mode: ServeMode;
  item: Item;
  predicted: number | null;
  stepIndex: number;
  /** Whether the first try was right on every step; null until known. It is what the learner model learns from. */
  outcome: boolean | null;
  completedAt: Date | null;
  createdAt: Date;
}

const columns = [
  'id',
  'user_id',
  'pathway_id',
  'item_id',
  'skill_id',
  'source',
  'mode',
  'item',
  'predicted',
  'step_index',
  'outcome',
  'completed_at',
  'created_at',
] as const;

/** Stores a served item and returns its id. */
export async function insertServedItem(
  db: Kysely<Database>,
  orgId: string,
  input: Omit<ServedItemRow, 'id' | 'stepIndex' | 'outcome' | 'completedAt'>,
): Promise<string> {
  const row = await db
    .insertInto('served_items')
    .values({
      org_id: orgId,
      user_id: input.userId,
      pathway_id: input.pathwayId,
      item_id: input.itemId,
      skill_id: input.skillId,
      source: input.source,
      mode: input.mode,
      item: JSON.stringify(input.item),
      predicted: input.predicted,
      created_at: input.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A learner's served item, or null when it is not theirs; `forUpdate` serialises answers to it. */
export async function findServedItem(
  db: Kysely<Database>,
  key: { orgId: string; userId: string; servedId: string },
  options: { forUpdate?: boolean } = {},
): Promise<ServedItemRow | null> {
  let query = db
    .selectFrom('served_items')
    .select(columns)
    .where('org_id', '=', key.orgId)
    .where('user_id', '=', key.userId)
    .where('id', '=', key.servedId);
  if (options.forUpdate) query = query.forUpdate();
  const r = await query.executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    userId: r.user_id,
    pathwayId: r.pathway_id,
    itemId: r.item_id,
    skillId: r.skill_id,
    source: r.source,
    mode: r.mode as ServeMode,
    item: r.item,
    predicted: r.predicted,
    stepIndex: r.step_index,
    outcome: r.outcome,
    completedAt: r.completed_at,
    createdAt: r.created_at,
  };
}

/** Moves a served item on: its current step, its outcome, its completion. */
export async function updateServedItem(
  db: Kysely<Database>,
  orgId: string,
  servedId: string,
  change: { stepIndex: number; outcome: boolean | null; completedAt: Date | null },
): Promise<void> {
  await db
    .updateTable('served_items')
    .set({ step_index: change.stepIndex, outcome: change.outcome, completed_at: change.completedAt })
    .where('org_id', '=', orgId)
    .where('id', '=', servedId)
    .execute();
}

/** The item ids a learner was served most recently (to avoid repeating them). */
export async function recentItemIds(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('served_items')
    .select('item_id')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.item_id);
}

/** How many of the items last served on a skill the item choice reads (newest first). */
const RECENT_ON_SKILL = 8;

/**
 * A learner's history with one skill as the item choice needs it: the items served last on it, newest first (a
 * family comes back only after the skill's other families) and whether any item of it was answered in practice or review (placement questions do not
 * count: the first practice item comes after the skill's explanation).
 */
export async function skillServeHistory(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
  skillId: string,
): Promise<{ recentItemIds: string[]; practised: boolean }> {
  const row = await db
    .selectFrom('served_items')
    .select([
      sql<
        string[] | null
      >`(array_agg(item_id order by created_at desc, id desc))[1:${sql.lit(RECENT_ON_SKILL)}]`.as(
        'recent_item_ids',
      ),
      sql<boolean>`coalesce(bool_or(outcome is not null and mode <> 'placement'), false)`.as('practised'),
    ])
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .where('skill_id', '=', skillId)
    .executeTakeFirst();
  return { recentItemIds: row?.recent_item_ids ?? [], practised: row?.practised ?? false };
}

/** The modes of a learner's latest served items in a pathway, newest first. */
export async function recentModes(
  db: Kysely<Database>,
  key: { orgId: string; userId: string; pathwayId: string },
  limit: number,
): Promise<ServeMode[]> {
  const rows = await db
    .selectFrom('served_items')
    .select('mode')
    .where('org_id', '=', key.orgId)
    .where('user_id', '=', key.userId)
    .where('pathway_id', '=', key.pathwayId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.mode as ServeMode);
}

/** Records one counted answer to a step. */
export async function insertAttempt(
  db: Kysely<Database>,
  orgId: string,
  input: {
    userId: string;
    servedId: string;
    itemId: string;
    skillId: string;
    stepId: string;
    answer: string;
    correct: boolean;
    misconception: string | null;
    statementId: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('attempts')
    .values({
      org_id: orgId,
      user_id: input.userId,
      served_id: input.servedId,
      item_id: input.itemId,
      skill_id: input.skillId,
      step_id: input.stepId,
      answer: input.answer,
      correct: input.correct,
      misconception: input.misconception,
      statement_id: input.statementId,
      created_at: input.at,
    })
    .execute();
}

/** The answers typed for one step of a served item, oldest first (what the tutor reacts to). */
export async function listStepAnswers(
  db: Kysely<Database>,
  orgId: string,
  servedId: string,
  stepId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('attempts')
    .select('answer')
    .where('org_id', '=', orgId)
    .where('served_id', '=', servedId)
    .where('step_id', '=', stepId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.answer);
}

/** Counted answers and right answers per skill, for a learner. */
export async function attemptCountsBySkill(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
): Promise<Map<string, { attempts: number; successes: number }>> {
  const rows = await db
    .selectFrom('attempts')
    .select((eb) => [
      'skill_id',
      eb.fn.countAll<number>().as('attempts'),
      eb.fn.count<number>('id').filterWhere('correct', '=', true).as('successes'),
    ])
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .groupBy('skill_id')
    .execute();
  return new Map(
    rows.map((r) => [r.skill_id, { attempts: Number(r.attempts), successes: Number(r.successes) }]),
  );
}

/** The id of a learner's latest unfinished item of a mode in a pathway, or null. */
export async function findOpenServedItemId(
  db: Kysely<Database>,
  key: { orgId: string; userId: string; pathwayId: string },
  mode: ServeMode,
): Promise<string | null> {
  const row = await db
    .selectFrom('served_items')
    .select('id')
    .where('org_id', '=', key.orgId)
    .where('user_id', '=', key.userId)
    .where('pathway_id', '=', key.pathwayId)
    .where('mode', '=', mode)
    .where('completed_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Stores items already answered, in one statement (a seeded history: the demo learner's story, a simulated
 * cohort), each with its first-try outcome and completion time.
 */
export async function insertAnsweredServedItems(
  db: Kysely<Database>,
  orgId: string,
  rows: readonly {
    userId: string;
    pathwayId: string;
    skillId: string;
    mode: ServeMode;
    item: Item;
    source: string;
    outcome: boolean;
    at: Date;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('served_items')
    .values(
      rows.map((r) => ({
        org_id: orgId,
        user_id: r.userId,
        pathway_id: r.pathwayId,
        item_id: r.item.id,
        skill_id: r.skillId,
        source: r.source,
        mode: r.mode,
        item: JSON.stringify(r.item),
        predicted: null,
        step_index: r.item.steps.length,
        outcome: r.outcome,
        completed_at: r.at,
        created_at: r.at,
      })),
    )
    .execute();
}
