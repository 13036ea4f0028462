import type { SkillId } from '../skills-graph/skill.ts';
import type { LearnerModelParams } from './learner-model-params.ts';
import { skillParams } from './learner-model-params.ts';
import type { LearnerModelState } from './learner-state.ts';
import { predictCorrect } from './predict-correct.ts';
import { replayProblem } from './replay-problem.ts';
import { groupProblems, type LearnerLog, type ProblemAttempt, type Scoring } from './response-log.ts';
import { newLearnerModelState } from './update-mastery.ts';

/** A model that predicts a learner's problems one after another, seeing each outcome only after predicting it. */
export interface SequentialModel<S> {
  start(): S;
  /** One probability per row of the problem, from the state before the problem. */
  predict(state: S, problem: ProblemAttempt): number[];
  update(state: S, problem: ProblemAttempt): S;
}

/** Predictions and outcomes, one per row, in file order. */
export interface ScoredRows {
  readonly predictions: Float64Array;
  readonly labels: Uint8Array;
}

/**
 * Runs a model through every learner's log. With `leak-free` scoring every row of a problem is predicted from the
 * history before the problem; with `as-is` each row sees all earlier rows.
 */
export function scoreSequentially<S>(
  logs: readonly LearnerLog[],
  scoring: Scoring,
  model: SequentialModel<S>,
): ScoredRows {
  const predictions: number[] = [];
  const labels: number[] = [];
  for (const log of logs) {
    let state = model.start();
    for (const problem of groupProblems(log.rows, scoring)) {
      predictions.push(...model.predict(state, problem));
      for (const c of problem.correct) labels.push(c ? 1 : 0);
      state = model.update(state, problem);
    }
  }
  return { predictions: Float64Array.from(predictions), labels: Uint8Array.from(labels) };
}

/** The production learner model as a {@link SequentialModel}: the same functions the server calls. */
export function learnerModelPredictor(params: LearnerModelParams): SequentialModel<LearnerModelState> {
  const baseRate = (skill: SkillId): number => skillParams(params, skill).baseRate;
  return {
    start: () => newLearnerModelState(params),
    predict: (state, problem) => {
      const p = predictCorrect(state, problem.skills, params);
      return problem.skills.map(() => p);
    },
    update: (state, problem) => replayProblem(state, problem, baseRate, params.settings),
  };
}
