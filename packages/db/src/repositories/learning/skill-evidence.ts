import { type LearnerState, parseLearnerState, parseSkillState } from '@pathwise/core/learner-model';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import type { SkillStateRow } from './learner-states.ts';

/**
 * What actually happened on one skill, counted from the served items: items answered (their outcome is known) and
 * right on the first try, by mode. Nothing synthetic: a skill credited by placement without a question has zeros.
 */
export interface SkillEvidenceCounts {
  placementAnswered: number;
  placementRight: number;
  practiceAnswered: number;
  practiceRight: number;
  reviewAnswered: number;
  reviewRight: number;
}

/** Zero counts: a skill with no answered item. */
export const NO_SKILL_EVIDENCE: SkillEvidenceCounts = {
  placementAnswered: 0,
  placementRight: 0,
  practiceAnswered: 0,
  practiceRight: 0,
  reviewAnswered: 0,
  reviewRight: 0,
};

/** The counted evidence per learner and skill, for `userIds` (all their skills, or only `skillIds`). */
export async function skillEvidenceCountsOf(
  db: Kysely<Database>,
  input: { orgId: string; userIds: readonly string[]; skillIds?: readonly string[] },
): Promise<Map<string, Map<string, SkillEvidenceCounts>>> {
  const out = new Map<string, Map<string, SkillEvidenceCounts>>();
  if (input.userIds.length === 0 || (input.skillIds && input.skillIds.length === 0)) return out;
  let query = db
    .selectFrom('served_items')
    .select([
      'user_id',
      'skill_id',
      'mode',
      sql<number>`count(*)::int`.as('answered'),
      sql<number>`count(*) filter (where outcome)::int`.as('right'),
    ])
    .where('org_id', '=', input.orgId)
    .where('user_id', 'in', [...input.userIds])
    .where('outcome', 'is not', null)
    .groupBy(['user_id', 'skill_id', 'mode']);
  if (input.skillIds) query = query.where('skill_id', 'in', [...input.skillIds]);
  for (const r of await query.execute()) {
    const bySkill = out.get(r.user_id) ?? new Map<string, SkillEvidenceCounts>();
    const counts = bySkill.get(r.skill_id) ?? { ...NO_SKILL_EVIDENCE };
    const answered = Number(r.answered);
    const right = Number(r.right);
    if (r.mode === 'placement') {
      counts.placementAnswered += answered;
      counts.placementRight += right;
    } else if (r.mode === 'review') {
      counts.reviewAnswered += answered;
      counts.reviewRight += right;
    } else {
      counts.practiceAnswered += answered;
      counts.practiceRight += right;
    }
    bySkill.set(r.skill_id, counts);
    out.set(r.user_id, bySkill);
  }
  return out;
}

/** One learner's counted evidence per skill (see {@link skillEvidenceCountsOf}). */
export async function skillEvidenceCounts(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
): Promise<Map<string, SkillEvidenceCounts>> {
  return (await skillEvidenceCountsOf(db, { orgId, userIds: [userId] })).get(userId) ?? new Map();
}

/**
 * The learner models of several learners at once (for a class): the learner-wide state (absent before a first
 * answer) and the skill rows (only `skillIds` when given), parsed (a malformed row throws).
 */
export async function listLearnerModelsOf(
  db: Kysely<Database>,
  input: { orgId: string; userIds: readonly string[]; skillIds?: readonly string[] },
): Promise<Map<string, { learner: LearnerState | null; rows: SkillStateRow[] }>> {
  const out = new Map<string, { learner: LearnerState | null; rows: SkillStateRow[] }>();
  if (input.userIds.length === 0) return out;
  for (const id of input.userIds) out.set(id, { learner: null, rows: [] });
  const learners = await db
    .selectFrom('learner_states')
    .select(['user_id', 'state'])
    .where('org_id', '=', input.orgId)
    .where('user_id', 'in', [...input.userIds])
    .execute();
  for (const l of learners) out.get(l.user_id)!.learner = parseLearnerState(l.state);
  if (input.skillIds && input.skillIds.length === 0) return out;
  let query = db
    .selectFrom('learner_skill_states')
    .select(['user_id', 'skill_id', 'state', 'estimate', 'mastered', 'mastered_via', 'mastered_at'])
    .where('org_id', '=', input.orgId)
    .where('user_id', 'in', [...input.userIds]);
  if (input.skillIds) query = query.where('skill_id', 'in', [...input.skillIds]);
  for (const r of await query.execute()) {
    out.get(r.user_id)!.rows.push({
      skillId: r.skill_id,
      state: parseSkillState(r.state),
      estimate: r.estimate,
      mastered: r.mastered,
      masteredVia: r.mastered_via as SkillStateRow['masteredVia'],
      masteredAt: r.mastered_at,
    });
  }
  return out;
}

/** The skills with a review due at `now`, per learner, for `userIds`. */
export async function dueReviewSkillsOf(
  db: Kysely<Database>,
  input: { orgId: string; userIds: readonly string[]; now: Date; skillIds?: readonly string[] },
): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (input.userIds.length === 0 || (input.skillIds && input.skillIds.length === 0)) return out;
  let query = db
    .selectFrom('review_cards')
    .select(['user_id', 'skill_id'])
    .where('org_id', '=', input.orgId)
    .where('user_id', 'in', [...input.userIds])
    .where('due', '<=', input.now);
  if (input.skillIds) query = query.where('skill_id', 'in', [...input.skillIds]);
  for (const r of await query.execute()) {
    out.set(r.user_id, (out.get(r.user_id) ?? new Set()).add(r.skill_id));
  }
  return out;
}
