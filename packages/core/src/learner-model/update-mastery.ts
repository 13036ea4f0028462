import type { SkillId } from '../skills-graph/skill.ts';
import { type FeatureSettings, type LearnerModelParams, skillParams } from './learner-model-params.ts';
import {
  initialLearnerState,
  initialSkillState,
  type LearnerModelState,
  type LearnerState,
  type SkillState,
} from './learner-state.ts';
import { type ItemLevel, nextMasteryAverage } from './mastery-rule.ts';

/** One answer as evidence about one skill. */
export interface SkillEvidence {
  readonly correct: boolean;
  /** The learner's response count before this answer ({@link LearnerState.responses}): the model's clock. */
  readonly responseIndex: number;
  /** The item's difficulty level; standard (2) when not given. */
  readonly level?: ItemLevel;
}

/** One answered item: its skill tags and whether the first attempt was correct. */
export interface ItemResponse {
  readonly skills: readonly SkillId[];
  readonly correct: boolean;
  /** The item's difficulty level; standard (2) when not given. */
  readonly level?: ItemLevel;
}

type ParamsLike = Pick<LearnerModelParams, 'settings'>;

/**
 * The skill state after one more answer on the skill. Pure and cheap: the server stores the result (JSONB) in the
 * same transaction as the response.
 *
 * @example
 * const s = updateMastery(initialSkillState(params.settings), { correct: true, responseIndex: 0 }, params);
 * // s.attempts === 1, s.successes === 1, s.recent > params.settings.recentPrior
 */
export function updateMastery(state: SkillState, response: SkillEvidence, params: ParamsLike): SkillState {
  const d = params.settings.skillDecay;
  const outcome = response.correct ? 1 : 0;
  return {
    attempts: state.attempts + 1,
    successes: state.successes + outcome,
    recent: d * state.recent + (1 - d) * outcome,
    lastSeen: response.responseIndex,
    streak: response.correct ? state.streak + 1 : 0,
    masteryAverage: nextMasteryAverage(state.masteryAverage ?? 0, response.correct, response.level ?? 2),
  };
}

/**
 * The learner-wide state after one more answered item. `baseRates` are the population success rates of the
 * item's skills (see {@link itemBaseRates}).
 */
export function updateLearner(
  state: LearnerState,
  correct: boolean,
  baseRates: readonly number[],
  settings: FeatureSettings,
): LearnerState {
  const outcome = correct ? 1 : 0;
  const expected =
    baseRates.length === 0 ? settings.recentPrior : baseRates.reduce((a, b) => a + b, 0) / baseRates.length;
  const d = settings.learnerDecay;
  return {
    responses: state.responses + 1,
    residual: state.residual + outcome - expected,
    form: d * state.form + (1 - d) * outcome,
  };
}

/** The population success rates of an item's distinct skill tags. */
export function itemBaseRates(skills: readonly SkillId[], params: LearnerModelParams): number[] {
  return [...new Set(skills)].map((s) => skillParams(params, s).baseRate);
}

/** A learner model state with no evidence yet. */
export function newLearnerModelState(params: ParamsLike): LearnerModelState {
  return { learner: initialLearnerState(params.settings), skills: {} };
}

/**
 * Applies one answered item to a learner's whole state: each tagged skill through {@link updateMastery}, then the
 * learner-wide state. Returns a new state; the input is not changed.
 */
export function recordResponse(
  state: LearnerModelState,
  response: ItemResponse,
  params: LearnerModelParams,
): LearnerModelState {
  const skills = { ...state.skills };
  const responseIndex = state.learner.responses;
  for (const skill of new Set(response.skills)) {
    const before = skills[skill] ?? initialSkillState(params.settings);
    skills[skill] = updateMastery(
      before,
      { correct: response.correct, responseIndex, level: response.level },
      params,
    );
  }
  const learner = updateLearner(
    state.learner,
    response.correct,
    itemBaseRates(response.skills, params),
    params.settings,
  );
  return { learner, skills };
}
