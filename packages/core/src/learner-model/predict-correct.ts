import type { SkillId } from '../skills-graph/skill.ts';
import { featureTerms, termWeight } from './feature-terms.ts';
import { sigmoid } from './fit-logistic.ts';
import type { LearnerModelParams } from './learner-model-params.ts';
import type { LearnerModelState } from './learner-state.ts';

/** The log-odds that the learner answers an item tagged with `skills` correctly on the first attempt. */
export function predictLogit(
  state: LearnerModelState,
  skills: readonly SkillId[],
  params: LearnerModelParams,
): number {
  let z = 0;
  for (const term of featureTerms(state, skills, params.settings)) z += termWeight(term, params) * term.value;
  return z;
}

/**
 * The probability that the learner answers an item tagged with `skills` correctly on the first attempt, from the
 * state before the answer. Skills absent from `state.skills` count as never practised.
 *
 * @example
 * predictCorrect(newLearnerModelState(params), ['one-step-equations'], params); // ≈ 0.55 for a new learner
 */
export function predictCorrect(
  state: LearnerModelState,
  skills: readonly SkillId[],
  params: LearnerModelParams,
): number {
  return sigmoid(predictLogit(state, skills, params));
}
