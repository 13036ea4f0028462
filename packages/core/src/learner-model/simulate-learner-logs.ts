import type { LearnerModelParams } from './learner-model-params.ts';
import { predictCorrect } from './predict-correct.ts';
import type { LearnerLog, ResponseRow, SkillId } from './response-log.ts';
import { newLearnerModelState, recordResponse } from './update-mastery.ts';

/** A seeded pseudo-random generator (mulberry32) returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options of {@link simulateLearnerLogs}. */
export interface SimulationOptions {
  readonly learners: number;
  readonly itemsPerLearner: number;
  /** The skill tags of the items to draw from, uniformly. */
  readonly items: readonly (readonly SkillId[])[];
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
