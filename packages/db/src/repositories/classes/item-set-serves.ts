import type { Item } from '@pathwise/core/content';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';

/** A position of an item set as one learner got it: the served item (answers included: never sent as is). */
export interface ItemSetServeRow {
  position: number;
  servedId: string;
  itemId: string;
  skillId: string;
  source: string;
  item: Item;
  stepIndex: number;
  /** The first-try outcome (right on every step); null while the item is not answered. */
  outcome: boolean | null;
  /** When the outcome became known (the first wrong answer, or the last step answered right); null before. */
  answeredAt: Date | null;
}

/** How far a learner is in an item set: positions answered, answered right, and when the last was answered. */
export interface ItemSetTally {
  answered: number;
  correct: number;
  lastAnsweredAt: Date | null;
}

// NOTE: practice decides an item's outcome at its first wrong answer (the learner may then try again), or when its
// last step is answered right with none wrong (the item completes then); an item closed without a wrong answer
// (a worked example) was decided when it closed.
const answeredAt = sql<Date | null>`case
  when s.outcome then s.completed_at
  when not s.outcome then coalesce(
    (select min(a.created_at) from attempts a where a.org_id = s.org_id and a.served_id = s.id and not a.correct),
    s.completed_at, s.created_at)
end`;

/** The positions of an item set served to a learner, in position order. */
export async function listItemSetServes(
  db: Kysely<Database>,
  key: { orgId: string; assignmentId: string; userId: string },
): Promise<ItemSetServeRow[]> {
  const rows = await db
    .selectFrom('item_set_serves as l')
    .innerJoin('served_items as s', (j) =>
      j.onRef('s.org_id', '=', 'l.org_id').onRef('s.id', '=', 'l.served_id'),
    )
    .select(['l.position', 'l.served_id', 's.item_id', 's.skill_id', 's.source', 's.item', 's.step_index'])
    .select(['s.outcome', answeredAt.as('answered_at')])
    .where('l.org_id', '=', key.orgId)
    .where('l.assignment_id', '=', key.assignmentId)
    .where('l.user_id', '=', key.userId)
    .orderBy('l.position')
    .execute();
  return rows.map((r) => ({
    position: r.position,
    servedId: r.served_id,
    itemId: r.item_id,
    skillId: r.skill_id,
    source: r.source,
    item: r.item,
    stepIndex: r.step_index,
    outcome: r.outcome,
    answeredAt: r.answered_at === null ? null : new Date(r.answered_at),
  }));
}

/**
 * Links a served item to a position of a learner's item set. False, writing nothing, when the position was served
 * already (two requests at once): the caller's transaction is then rolled back.
 */
export async function insertItemSetServe(
  db: Kysely<Database>,
  input: {
    orgId: string;
    assignmentId: string;
    userId: string;
    position: number;
    servedId: string;
    now: Date;
  },
): Promise<boolean> {
  const row = await db
    .insertInto('item_set_serves')
    .values({
      org_id: input.orgId,
      assignment_id: input.assignmentId,
      user_id: input.userId,
      position: input.position,
      served_id: input.servedId,
      created_at: input.now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('position')
    .executeTakeFirst();
  return row !== undefined;
}

/** Each learner's tally on each item set, keyed `userId/assignmentId` (absent: nothing served yet). */
export async function itemSetTalliesOf(
  db: Kysely<Database>,
  input: { orgId: string; userIds: readonly string[]; assignmentIds: readonly string[] },
): Promise<Map<string, ItemSetTally>> {
  const out = new Map<string, ItemSetTally>();
  if (input.userIds.length === 0 || input.assignmentIds.length === 0) return out;
  const rows = await db
    .selectFrom('item_set_serves as l')
    .innerJoin('served_items as s', (j) =>
      j.onRef('s.org_id', '=', 'l.org_id').onRef('s.id', '=', 'l.served_id'),
    )
    .select(['l.user_id', 'l.assignment_id'])
    .select((eb) => [
      eb.fn.count<number>('s.outcome').as('answered'),
      eb.fn.count<number>('s.outcome').filterWhere('s.outcome', '=', true).as('correct'),
      sql<Date | null>`max(${answeredAt})`.as('last_answered_at'),
    ])
    .where('l.org_id', '=', input.orgId)
    .where('l.user_id', 'in', [...input.userIds])
    .where('l.assignment_id', 'in', [...input.assignmentIds])
    .groupBy(['l.user_id', 'l.assignment_id'])
    .execute();
  for (const r of rows) {
    out.set(`${r.user_id}/${r.assignment_id}`, {
      answered: Number(r.answered),
      correct: Number(r.correct),
      lastAnsweredAt: r.last_answered_at === null ? null : new Date(r.last_answered_at),
    });
  }
  return out;
}
