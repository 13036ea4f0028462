import type { MasteryUpdate } from '@pathwise/contracts';
import { itemLevelOf, type LearnerModelState, recordResponse } from '@pathwise/core/learner-model';
import {
  firstReviewCard,
  newlyReady,
  prerequisitesToReopen,
  recordPlacementAnswer,
  reviewCardAfter,
} from '@pathwise/core/pathways';
import { asSkillId, type SkillId } from '@pathwise/core/skills-graph';
import {
  type Database,
  findEnrollment,
  findReviewCard,
  type ServedItemRow,
  saveLearnerState,
  saveReviewCard,
  saveSkillStates,
  updateEnrollment,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { recordActivity } from '../activity/record-activity.ts';
import {
  estimateOf,
  type LoadedModel,
  loadLearnerModel,
  MODEL_PARAMS,
  meetsMasteryRule,
} from '../learner-model/learner-model-store.ts';
import type { AppContext } from '../runtime/types.ts';
import { activitySource, type LearningActor } from './learning-actor.ts';
import { type LearningCatalog, skillName, skillRefs } from './learning-catalog.ts';
import { skillProgress } from './skill-progress.ts';

async function updatePlacement(
  trx: Kysely<Database>,
  who: LearningActor,
  catalog: LearningCatalog,
  served: ServedItemRow,
  correct: boolean,
  now: Date,
): Promise<void> {
  const key = { ...who, pathwayId: served.pathwayId };
  const enrollment = await findEnrollment(trx, key, { forUpdate: true });
  if (enrollment?.status !== 'placement') return;
  const placement = recordPlacementAnswer(
    catalog.graph,
    enrollment.placement,
    asSkillId(served.skillId),
    correct,
  );
  await updateEnrollment(trx, key, { placement, now });
}

async function updateReviewCard(
  trx: Kysely<Database>,
  who: LearningActor,
  served: ServedItemRow,
  correct: boolean,
  newly: boolean,
  now: Date,
) {
  if (newly) {
    await saveReviewCard(trx, { ...who, card: { skillId: served.skillId, ...firstReviewCard(now) }, now });
    return;
  }
  if (served.mode !== 'review') return;
  const card = await findReviewCard(trx, { ...who, skillId: served.skillId });
  if (card) {
    const next = reviewCardAfter(card.card, correct, now);
    await saveReviewCard(trx, { ...who, card: { skillId: served.skillId, ...next }, now });
  }
}

/**
 * Applies an item's outcome (right or wrong on the first try) to the learner model inside the caller's
 * transaction: the model state, the mastery flag and its history, the activity record, the review card, the
 * placement beliefs, and the pathway's completion. Returns what changed.
 */
export async function recordOutcome(
  trx: Kysely<Database>,
  ctx: AppContext,
  input: {
    who: LearningActor;
    catalog: LearningCatalog;
    served: ServedItemRow;
    correct: boolean;
    evidenceStatementId: string;
    now: Date;
  },
): Promise<MasteryUpdate> {
  const { who, catalog, served, correct, now } = input;
  const skill = asSkillId(served.skillId);
  const model = await loadLearnerModel(trx, who.orgId, who.userId, { forUpdate: true });
  const level = itemLevelOf(served.item);
  const after = recordResponse(model.state, { skills: [skill], correct, level }, MODEL_PARAMS);
  const before = estimateOf(model.state, skill);
  const estimate = estimateOf(after, skill);
  const row = model.rows.get(skill);
  const wasMastered = model.mastered.has(skill);
  const mastered = wasMastered || meetsMasteryRule(after, skill);
  const newly = mastered && !wasMastered;
  await saveLearnerState(trx, { ...who, state: after.learner, now });
  await saveSkillStates(trx, {
    ...who,
    now,
    rows: [
      {
        skillId: skill,
        state: after.skills[skill]!,
        estimate,
        mastered,
        masteredVia: newly ? 'practice' : (row?.masteredVia ?? null),
        masteredAt: newly ? now : (row?.masteredAt ?? null),
      },
    ],
  });
  await recordActivity(trx, activitySource(ctx), {
    type: 'mastery-changed',
    organizationId: who.orgId,
    learner: { id: who.userId },
    at: now,
    pathwayId: served.pathwayId,
    skill: { id: skill, name: skillName(catalog, skill).en },
    before,
    after: estimate,
    mastered,
    evidence: [input.evidenceStatementId],
  });
  await updateReviewCard(trx, who, served, correct, newly, now);
  if (served.mode === 'placement') await updatePlacement(trx, who, catalog, served, correct, now);
  const scope = catalog.pathwaySkills.get(served.pathwayId) ?? [];
  const unlocked = newly ? newlyReady(catalog.graph, scope, model.mastered, skill) : [];
  const reopened = correct ? [] : prerequisitesToReopen(catalog.graph, after, skill, model.mastered);
  await reopen(trx, who, after, model, reopened, now);
  if (newly)
    await completeIfAllMastered(
      trx,
      who,
      catalog,
      served.pathwayId,
      new Set([...model.mastered, skill]),
      now,
    );
  return {
    skillId: skill,
    before,
    after: estimate,
    mastered,
    newlyMastered: newly,
    unlocked: skillRefs(catalog, unlocked),
    reopened: skillRefs(catalog, reopened),
    progress: skillProgress(after.skills[skill], mastered),
  };
}

async function reopen(
  trx: Kysely<Database>,
  who: LearningActor,
  state: LearnerModelState,
  model: LoadedModel,
  skills: readonly SkillId[],
  now: Date,
): Promise<void> {
  // NOTE: a reopened skill is a mastered one, so it has a state; a missing one would be a programming error.
  const rows = skills.flatMap((s) => {
    const skillState = state.skills[s];
    if (!skillState) return [];
    const masteredAt = model.rows.get(s)?.masteredAt ?? null;
    const estimate = estimateOf(state, s);
    return [{ skillId: s, state: skillState, estimate, mastered: false, masteredVia: null, masteredAt }];
  });
  await saveSkillStates(trx, { ...who, rows, now });
}

async function completeIfAllMastered(
  trx: Kysely<Database>,
  who: LearningActor,
  catalog: LearningCatalog,
  pathwayId: string,
  mastered: ReadonlySet<SkillId>,
  now: Date,
): Promise<void> {
  const skills = catalog.pathwaySkills.get(pathwayId) ?? [];
  if (!skills.every((s) => mastered.has(s))) return;
  const key = { ...who, pathwayId };
  const enrollment = await findEnrollment(trx, key);
  if (enrollment?.status === 'active') await updateEnrollment(trx, key, { status: 'completed', now });
}
