import {
  type LearnerState,
  parseLearnerState,
  parseSkillState,
  type SkillState,
} from '@pathwise/core/learner-model';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

/** One learner × skill row of the learner model. */
export interface SkillStateRow {
  skillId: string;
  state: SkillState;
  estimate: number;
  mastered: boolean;
  masteredVia: 'practice' | 'placement' | null;
  masteredAt: Date | null;
}

/** The learner-wide part of a learner's model (parsed: a malformed row throws), or null before their first answer. */
export async function findLearnerState(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
  options: { forUpdate?: boolean } = {},
): Promise<LearnerState | null> {
  let query = db
    .selectFrom('learner_states')
    .select('state')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? parseLearnerState(row.state) : null;
}

/** Stores the learner-wide state. */
export async function saveLearnerState(
  db: Kysely<Database>,
  input: { orgId: string; userId: string; state: LearnerState; now: Date },
): Promise<void> {
  const state = JSON.stringify(input.state);
  await db
    .insertInto('learner_states')
    .values({ org_id: input.orgId, user_id: input.userId, state, updated_at: input.now })
    .onConflict((oc) => oc.columns(['org_id', 'user_id']).doUpdateSet({ state, updated_at: input.now }))
    .execute();
}

/** A learner's skill rows (all, or only `skillIds`), their states parsed (a malformed row throws). */
export async function listSkillStates(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
  skillIds?: readonly string[],
): Promise<SkillStateRow[]> {
  if (skillIds && skillIds.length === 0) return [];
  let query = db
    .selectFrom('learner_skill_states')
    .select(['skill_id', 'state', 'estimate', 'mastered', 'mastered_via', 'mastered_at'])
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId);
  if (skillIds) query = query.where('skill_id', 'in', [...skillIds]);
  const rows = await query.execute();
  return rows.map((r) => ({
    skillId: r.skill_id,
    state: parseSkillState(r.state),
    estimate: r.estimate,
    mastered: r.mastered,
    masteredVia: r.mastered_via as SkillStateRow['masteredVia'],
    masteredAt: r.mastered_at,
  }));
}

/** Stores skill rows and appends one mastery-history point per row. */
export async function saveSkillStates(
  db: Kysely<Database>,
  input: { orgId: string; userId: string; rows: readonly SkillStateRow[]; now: Date },
): Promise<void> {
  if (input.rows.length === 0) return;
  await db
    .insertInto('learner_skill_states')
    .values(
      input.rows.map((r) => ({
        org_id: input.orgId,
        user_id: input.userId,
        skill_id: r.skillId,
        state: JSON.stringify(r.state),
        estimate: r.estimate,
        mastered: r.mastered,
        mastered_via: r.masteredVia,
        mastered_at: r.masteredAt,
        updated_at: input.now,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['org_id', 'user_id', 'skill_id']).doUpdateSet((eb) => ({
        state: eb.ref('excluded.state'),
        estimate: eb.ref('excluded.estimate'),
        mastered: eb.ref('excluded.mastered'),
        mastered_via: eb.ref('excluded.mastered_via'),
        mastered_at: eb.ref('excluded.mastered_at'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
  await db
    .insertInto('mastery_history')
    .values(
      input.rows.map((r) => ({
        org_id: input.orgId,
        user_id: input.userId,
        skill_id: r.skillId,
        at: input.now,
        estimate: r.estimate,
        mastered: r.mastered,
      })),
    )
    .execute();
}

/** A learner's mastery history, oldest first, for the chart of "My learning". */
export async function listMasteryHistory(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
): Promise<{ skillId: string; at: Date; estimate: number; mastered: boolean }[]> {
  const rows = await db
    .selectFrom('mastery_history')
    .select(['skill_id', 'at', 'estimate', 'mastered'])
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .orderBy('skill_id')
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ skillId: r.skill_id, at: r.at, estimate: r.estimate, mastered: r.mastered }));
}
