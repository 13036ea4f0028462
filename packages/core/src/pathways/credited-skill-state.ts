import type { LearnerModelParams } from '../learner-model/learner-model-params.ts';
import { initialSkillState, type SkillState } from '../learner-model/learner-state.ts';
import { updateMastery } from '../learner-model/update-mastery.ts';

/** Right answers' worth of evidence a skill credited by placement carries. */
export const CREDITED_SUCCESSES = 3;

/**
 * The state of a skill credited by placement: topped up to {@link CREDITED_SUCCESSES} right answers through the
 * model's own update (real placement answers count among them), so that the estimate agrees with the status.
 *
 * @example
 * creditedSkillState(undefined, 12, params).successes; // 3
 */
export function creditedSkillState(
  current: SkillState | undefined,
  responseIndex: number,
  params: LearnerModelParams,
): SkillState {
  let state: SkillState = current ?? initialSkillState(params.settings);
  for (let i = state.successes; i < CREDITED_SUCCESSES; i++) {
    state = updateMastery(state, { correct: true, responseIndex }, params);
  }
  return state;
}
