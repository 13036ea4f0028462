import type { SkillId } from '../skills-graph/skill.ts';
import type { LearnerModelParams } from './learner-model-params.ts';
import { predictCorrect } from './predict-correct.ts';
import type { LearnerLog, ResponseRow } from './response-log.ts';
import { newLearnerModelState, recordResponse } from './update-mastery.ts';

/** Options of {@link simulateLearnerLogs}. */
export interface SimulationOptions {
  readonly learners: number;
  readonly itemsPerLearner: number;
  /** The skill tags of the items to draw from, uniformly. */
  readonly items: readonly (readonly SkillId[])[];
  /** A source of numbers in [0, 1), e.g. `seededRandom(seed).next` from the content module. */
  readonly random: () => number;
}

/**
 * Draws learner logs from the model itself: each item's outcome is drawn with the probability `predictCorrect`
 * gives, and the state is updated with `recordResponse`. Every row of an item shares the item's outcome.
 */
export function simulateLearnerLogs(params: LearnerModelParams, options: SimulationOptions): LearnerLog[] {
  const logs: LearnerLog[] = [];
  for (let l = 0; l < options.learners; l++) {
    let state = newLearnerModelState(params);
    const rows: ResponseRow[] = [];
    for (let problem = 0; problem < options.itemsPerLearner; problem++) {
      const skills = options.items[Math.floor(options.random() * options.items.length)]!;
      const correct = options.random() < predictCorrect(state, skills, params);
      for (const skill of skills) rows.push({ skill, correct, problem });
      state = recordResponse(state, { skills, correct }, params);
    }
    logs.push({ learner: `sim-${l}`, rows });
  }
  return logs;
}
