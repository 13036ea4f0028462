import { parseStoredReviewCard, type StoredReviewCard } from '@pathwise/core/pathways';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

/** A spaced-review card of one learner × skill (the scheduler's card as JSON, with its due date). */
export interface ReviewCardRow {
  skillId: string;
  /** Parsed when read: a malformed row throws. */
  card: StoredReviewCard;
  due: Date;
}

/** Stores a review card. */
export async function saveReviewCard(
  db: Kysely<Database>,
  input: { orgId: string; userId: string; card: ReviewCardRow; now: Date },
): Promise<void> {
  const values = { card: JSON.stringify(input.card.card), due: input.card.due, updated_at: input.now };
  await db
    .insertInto('review_cards')
    .values({ org_id: input.orgId, user_id: input.userId, skill_id: input.card.skillId, ...values })
    .onConflict((oc) => oc.columns(['org_id', 'user_id', 'skill_id']).doUpdateSet(values))
    .execute();
}

/** A learner's review card for a skill, or null. */
export async function findReviewCard(
  db: Kysely<Database>,
  key: { orgId: string; userId: string; skillId: string },
): Promise<ReviewCardRow | null> {
  const row = await db
    .selectFrom('review_cards')
    .select(['skill_id', 'card', 'due'])
    .where('org_id', '=', key.orgId)
    .where('user_id', '=', key.userId)
    .where('skill_id', '=', key.skillId)
    .executeTakeFirst();
  return row ? { skillId: row.skill_id, card: parseStoredReviewCard(row.card), due: row.due } : null;
}

/** The review cards due at `now` (limited to `skillIds` when given), most overdue first. */
export async function listDueReviewCards(
  db: Kysely<Database>,
  input: { orgId: string; userId: string; now: Date; skillIds?: readonly string[]; limit: number },
): Promise<ReviewCardRow[]> {
  if (input.skillIds && input.skillIds.length === 0) return [];
  let query = db
    .selectFrom('review_cards')
    .select(['skill_id', 'card', 'due'])
    .where('org_id', '=', input.orgId)
    .where('user_id', '=', input.userId)
    .where('due', '<=', input.now);
  if (input.skillIds) query = query.where('skill_id', 'in', [...input.skillIds]);
  const rows = await query.orderBy('due').limit(input.limit).execute();
  return rows.map((r) => ({ skillId: r.skill_id, card: parseStoredReviewCard(r.card), due: r.due }));
}
