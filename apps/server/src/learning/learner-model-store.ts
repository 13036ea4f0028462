import {
  DEFAULT_LEARNER_MODEL_PARAMS,
  initialLearnerState,
  isMastered,
  type LearnerModelParams,
  type LearnerModelState,
  masteryEstimate,
  type SkillState,
} from '@pathwise/core/learner-model';
import { asSkillId, type SkillId } from '@pathwise/core/skills-graph';
import { type Database, findLearnerState, listSkillStates, type SkillStateRow } from '@pathwise/db';
import type { Kysely } from 'kysely';

/** The parameters the server runs with: the shipped pooled fit (see packages/core/src/learner-model/README.md). */
export const MODEL_PARAMS: LearnerModelParams = DEFAULT_LEARNER_MODEL_PARAMS;

/** A learner's model as loaded: the core state, and the stored rows (mastery flags) by skill. */
export interface LoadedModel {
  readonly state: LearnerModelState;
  readonly rows: ReadonlyMap<SkillId, SkillStateRow>;
  /** Skills marked mastered (sticky: a slip in review lowers the estimate, not the status). */
  readonly mastered: ReadonlySet<SkillId>;
}

/** Loads a learner's model; `forUpdate` locks the learner row, serialising that learner's answers. */
export async function loadLearnerModel(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
  options: { forUpdate?: boolean } = {},
): Promise<LoadedModel> {
  const learner =
    (await findLearnerState(db, orgId, userId, options)) ?? initialLearnerState(MODEL_PARAMS.settings);
  const rows = await listSkillStates(db, orgId, userId);
  const skills: Record<SkillId, SkillState> = {};
  const byId = new Map<SkillId, SkillStateRow>();
  for (const row of rows) {
    skills[asSkillId(row.skillId)] = row.state;
    byId.set(asSkillId(row.skillId), row);
  }
  return {
    state: { learner, skills },
    rows: byId,
    mastered: new Set(rows.filter((r) => r.mastered).map((r) => asSkillId(r.skillId))),
  };
}

/** The estimate (chance of a right answer on a fresh item of the skill) shown on maps and charts. */
export function estimateOf(state: LearnerModelState, skillId: SkillId): number {
  return masteryEstimate(state, skillId, MODEL_PARAMS);
}

/** Whether the model's mastery rule holds now. */
export function meetsMasteryRule(state: LearnerModelState, skillId: SkillId): boolean {
  return isMastered(state, skillId, MODEL_PARAMS);
}
