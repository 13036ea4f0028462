import type { LearnerModelParams } from '../learner-model/learner-model-params.ts';
import type { LearnerModelState } from '../learner-model/learner-state.ts';
import { levelsToServe } from '../learner-model/mastery-rule.ts';
import { predictLogit } from '../learner-model/predict-correct.ts';
import type { SkillId } from '../skills-graph/skill.ts';
import { MASTERY_THRESHOLD } from './mastery-threshold.ts';

/**
 * The success band the next item aims at: a stretch, not a struggle. NOTE: the band ends where mastery starts, so
 * an item predicted above it would only confirm what the mastery rule already grants.
 */
export const TARGET_BAND = { low: 0.7, high: MASTERY_THRESHOLD } as const;

/**
 * Log-odds added by an item's difficulty level. NOTE: the learner model has no item term (it is fitted on skill
 * tags only), so difficulty levels shift the prediction by a fixed, documented amount: level 1 is about as
 * much easier than level 2 as three more right answers on the skill.
 */
export const DIFFICULTY_OFFSET: Readonly<Record<1 | 2 | 3, number>> = { 1: 0.7, 2: 0, 3: -0.7 };

/** A skill and difficulty to practise, with the predicted chance of a right first answer. */
export interface PracticeTarget {
  readonly skillId: SkillId;
  readonly difficulty: 1 | 2 | 3;
  readonly predicted: number;
}

/**
 * The predicted chance of a right answer on an item of `skillId` at a difficulty level.
 *
 * @example
 * predictAt(state, asSkillId('alg.like-terms'), 1, params); // higher than at level 2
 */
export function predictAt(
  state: LearnerModelState,
  skillId: SkillId,
  difficulty: 1 | 2 | 3,
  params: LearnerModelParams,
): number {
  const z = predictLogit(state, [skillId], params) + DIFFICULTY_OFFSET[difficulty];
  return 1 / (1 + Math.exp(-z));
}

function distanceToBand(p: number): number {
  if (p < TARGET_BAND.low) return TARGET_BAND.low - p;
  if (p > TARGET_BAND.high) return p - TARGET_BAND.high;
  return 0;
}

/** How much nearer the band a skill in progress counts: mastery needs a run of answers, so finish what was started. */
export const IN_PROGRESS_PREFERENCE = 0.3;

/**
 * Chooses what to practise among ready skills: the (skill, difficulty) whose prediction lies in the target band
 * (or nearest to it). A skill already in progress counts {@link IN_PROGRESS_PREFERENCE} nearer; ties go to the
 * skill with the most evidence, then to the earlier skill in `candidates` (topological order).
 * Null when there is no candidate.
 *
 * @example
 * choosePracticeTarget(state, readySkills, params); // { skillId, difficulty: 2, predicted: 0.78 }
 */
export function choosePracticeTarget(
  state: LearnerModelState,
  candidates: readonly SkillId[],
  params: LearnerModelParams,
): PracticeTarget | null {
  let best: (PracticeTarget & { distance: number; attempts: number }) | null = null;
  for (const skillId of candidates) {
    const attempts = state.skills[skillId]?.attempts ?? 0;
    // NOTE: after a right answer at least a standard item: the mastery rule ignores right answers on easy items.
    for (const difficulty of levelsToServe(state.skills[skillId])) {
      const predicted = predictAt(state, skillId, difficulty, params);
      const preference = attempts > 0 ? IN_PROGRESS_PREFERENCE : 0;
      const distance = Math.round((distanceToBand(predicted) - preference) * 100) / 100;
      if (!best || distance < best.distance || (distance === best.distance && attempts > best.attempts)) {
        best = { skillId, difficulty, predicted, distance, attempts };
      }
    }
  }
  return best && { skillId: best.skillId, difficulty: best.difficulty, predicted: best.predicted };
}
