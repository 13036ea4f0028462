import type { SkillId } from '../skills-graph/skill.ts';
import type { FeatureSettings } from './learner-model-params.ts';
import { initialSkillState, type LearnerModelState } from './learner-state.ts';
import type { ProblemAttempt } from './response-log.ts';
import { updateLearner, updateMastery } from './update-mastery.ts';

/** Whether a problem counts as answered correctly: most of its rows say so (its rows agree 99 % of the time). */
export function problemOutcome(problem: ProblemAttempt): boolean {
  const right = problem.correct.filter(Boolean).length;
  return right * 2 >= problem.correct.length;
}

/**
 * Applies a logged problem to a learner model state with the production update functions: each row updates its
 * skill with the row's own outcome, and the learner-wide state takes the problem's outcome.
 */
export function replayProblem(
  state: LearnerModelState,
  problem: ProblemAttempt,
  baseRate: (skill: SkillId) => number,
  settings: FeatureSettings,
): LearnerModelState {
  const skills = { ...state.skills };
  const responseIndex = state.learner.responses;
  problem.skills.forEach((skill, i) => {
    const before = skills[skill] ?? initialSkillState(settings);
    skills[skill] = updateMastery(before, { correct: problem.correct[i]!, responseIndex }, { settings });
  });
  const rates = [...new Set(problem.skills)].map(baseRate);
  return { learner: updateLearner(state.learner, problemOutcome(problem), rates, settings), skills };
}
