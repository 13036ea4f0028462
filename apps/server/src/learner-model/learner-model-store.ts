import {
  DEFAULT_LEARNER_MODEL_PARAMS,
  initialLearnerState,
  isMastered,
  type LearnerModelParams,
  type LearnerModelState,
  masteryEstimate,
  type SkillState,
} from '@pathwise/core/learner-model';
import { type SkillEvidence, type SkillStanding, skillStanding } from '@pathwise/core/pathways';
import { asSkillId, type SkillId } from '@pathwise/core/skills-graph';
import {
  type Database,
  dueReviewSkillsOf,
  findLearnerState,
  listLearnerModelsOf,
  listSkillStates,
  type SkillStateRow,
  skillEvidenceCounts,
  skillEvidenceCountsOf,
} from '@pathwise/db';
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

/** A learner's standings: the model, what actually happened per skill, and which reviews are due now. */
export interface LoadedStandings {
  readonly model: LoadedModel;
  /** What actually happened per skill (answered items by mode), counted from the served items. */
  readonly evidence: ReadonlyMap<string, SkillEvidence>;
  /** The one standing of a skill at this moment, as every page shows it (see `skillStanding`). */
  readonly of: (skillId: SkillId) => SkillStanding;
}

function standingsOf(
  model: LoadedModel,
  evidence: ReadonlyMap<string, SkillEvidence>,
  due: ReadonlySet<string>,
): (skillId: SkillId) => SkillStanding {
  return (skillId) =>
    skillStanding({
      state: model.state,
      skillId,
      row: model.rows.get(skillId),
      evidence: evidence.get(skillId),
      reviewDue: due.has(skillId),
      params: MODEL_PARAMS,
    });
}

/** Loads one learner's model with the evidence counted from their answered items and their due reviews. */
export async function loadStandings(
  db: Kysely<Database>,
  input: { orgId: string; userId: string; now: Date },
): Promise<LoadedStandings> {
  const [model, evidence, due] = await Promise.all([
    loadLearnerModel(db, input.orgId, input.userId),
    skillEvidenceCounts(db, input.orgId, input.userId),
    dueReviewSkillsOf(db, { orgId: input.orgId, userIds: [input.userId], now: input.now }),
  ]);
  return { model, evidence, of: standingsOf(model, evidence, due.get(input.userId) ?? new Set()) };
}

/**
 * The standings of several learners on `skillIds` at `now` (a class dashboard): the same function as a learner's
 * own pages, so a learner × skill reads the same everywhere at one moment.
 */
export async function loadStandingsOf(
  db: Kysely<Database>,
  input: { orgId: string; userIds: readonly string[]; skillIds: readonly string[]; now: Date },
): Promise<Map<string, Map<string, SkillStanding>>> {
  const [models, evidence, due] = await Promise.all([
    listLearnerModelsOf(db, input),
    skillEvidenceCountsOf(db, input),
    dueReviewSkillsOf(db, input),
  ]);
  const out = new Map<string, Map<string, SkillStanding>>();
  for (const userId of input.userIds) {
    const loaded = models.get(userId);
    const skills: Record<SkillId, SkillState> = {};
    const rows = new Map<SkillId, SkillStateRow>();
    for (const row of loaded?.rows ?? []) {
      skills[asSkillId(row.skillId)] = row.state;
      rows.set(asSkillId(row.skillId), row);
    }
    const model: LoadedModel = {
      state: { learner: loaded?.learner ?? initialLearnerState(MODEL_PARAMS.settings), skills },
      rows,
      mastered: new Set([...rows.values()].filter((r) => r.mastered).map((r) => asSkillId(r.skillId))),
    };
    const of = standingsOf(model, evidence.get(userId) ?? new Map(), due.get(userId) ?? new Set());
    out.set(userId, new Map(input.skillIds.map((id) => [id, of(asSkillId(id))])));
  }
  return out;
}
