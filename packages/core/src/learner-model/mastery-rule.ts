import type { SkillId } from '../skills-graph/skill.ts';
import type { LearnerModelParams } from './learner-model-params.ts';
import type { LearnerModelState, SkillState } from './learner-state.ts';
import { predictCorrect } from './predict-correct.ts';

/** An item's difficulty level: 1 easier, 2 standard, 3 harder (the content module's `Difficulty`). */
export type ItemLevel = 1 | 2 | 3;

/**
 * Weight of the newest counted answer in a skill's mastery average (see {@link nextMasteryAverage}). Chosen with the
 * threshold by `npm run bench:simulate -- --sweep` (scripts/bench/simulate.ts): the effort / false-mastery curve.
 */
export const MASTERY_AVERAGE_WEIGHT = 0.35;

/** When a skill counts as mastered. */
export interface MasteryRule {
  /** The skill's mastery average (right = 1, wrong = 0, standard-or-harder items only) must reach this. */
  readonly threshold: number;
}

/**
 * The default rule: the mastery average (weight {@link MASTERY_AVERAGE_WEIGHT}) reaches 0.85. From no evidence that
 * takes five right answers in a row on standard-or-harder items, never more after any history of errors, and three
 * after a single slip on a skill going well: the average forgets old errors, unlike the model's counts of successes
 * and failures (under the previous rule, an estimate ≥ 0.85, a skill took 7 right answers after one error and 22
 * after eight). An exponential moving average is the criterion Pelánek & Řihák (UMAP 2017) found robust.
 * NOTE: chosen on the effort / false-mastery curve of `npm run bench:simulate -- --sweep`: rules that pass after four
 * right in a row (weight 0.4) save one or two items per skill but declared 1.4–2.4 % of skills while a gradual
 * learner's true success was still below 0.7 (the goal is ≤ 1 %; this rule: 0.2 %); three in a row, 4–7 %.
 * The threshold equals the practice band's upper end (0.85), which the pathways module derives from it.
 */
export const DEFAULT_MASTERY_RULE: MasteryRule = { threshold: 0.85 };

/**
 * The mastery average after one more answer. NOTE: a right answer on an easy item (level 1) is not evidence of
 * mastery and leaves the average unchanged; a wrong answer counts on any level.
 *
 * @example
 * nextMasteryAverage(0, true, 2); // 0.4
 * nextMasteryAverage(0.4, true, 1); // 0.4: a right answer on an easy item is ignored
 */
export function nextMasteryAverage(
  average: number,
  correct: boolean,
  level: ItemLevel,
  weight: number = MASTERY_AVERAGE_WEIGHT,
): number {
  if (correct && level === 1) return average;
  return (1 - weight) * average + weight * (correct ? 1 : 0);
}

/** How far a skill is from mastery under the rule, in words a learner can act on. */
export interface MasteryProgress {
  /** The skill's mastery average, in [0, 1]. */
  readonly average: number;
  /** The average at which the skill counts as mastered. */
  readonly threshold: number;
  /** Right answers in a row on standard-or-harder problems that would master it from here (0 when it is reached). */
  readonly rightToGo: number;
  /** Progress toward mastery in [0, 1]: the average over the threshold (1 once reached); moves with every counted answer. */
  readonly share: number;
}

function rightAnswersToReach(average: number, threshold: number, weight: number): number {
  let n = 0;
  let a = average;
  while (a < threshold - 1e-9 && n < 100) {
    a = (1 - weight) * a + weight;
    n++;
  }
  return n;
}

/**
 * A skill's progress toward mastery: its average, and how many right answers in a row on standard-or-harder problems
 * would master it (five from no evidence under the default rule).
 *
 * @example
 * masteryProgress(undefined).rightToGo; // 5
 */
export function masteryProgress(
  skill: SkillState | undefined,
  rule: MasteryRule = DEFAULT_MASTERY_RULE,
  weight: number = MASTERY_AVERAGE_WEIGHT,
): MasteryProgress {
  const average = skill?.masteryAverage ?? 0;
  const rightToGo = rightAnswersToReach(average, rule.threshold, weight);
  return { average, threshold: rule.threshold, rightToGo, share: Math.min(1, average / rule.threshold) };
}

/**
 * The difficulty levels worth serving next on a skill: after a right answer at least a standard item, since a right
 * answer on an easy item would not move the mastery average.
 *
 * @example
 * levelsToServe(undefined); // [1, 2, 3]
 */
export function levelsToServe(skill: SkillState | undefined): readonly ItemLevel[] {
  return skill !== undefined && skill.streak > 0 ? [2, 3] : [1, 2, 3];
}

/**
 * The difficulty level of a stored item (its `difficulty` field); standard (2) when absent or not a level.
 *
 * @example
 * itemLevelOf({ id: 'slope/7/1', difficulty: 1 }); // 1
 */
export function itemLevelOf(item: unknown): ItemLevel {
  const level =
    typeof item === 'object' && item !== null ? (item as { difficulty?: unknown }).difficulty : undefined;
  return level === 1 || level === 3 ? level : 2;
}

/** The mastery estimate of a skill: the predicted chance of answering an item on that skill alone correctly. */
export function masteryEstimate(
  state: LearnerModelState,
  skill: SkillId,
  params: LearnerModelParams,
): number {
  return predictCorrect(state, [skill], params);
}

/**
 * Whether the learner has mastered the skill under `rule`: the skill's own mastery average, so ability or other skills
 * never master it. `_params` is kept for callers; the decision reads no model parameter.
 *
 * @example
 * isMastered(state, 'slope', params); // true after five right answers in a row on standard items of 'slope'
 */
export function isMastered(
  state: LearnerModelState,
  skill: SkillId,
  _params?: LearnerModelParams,
  rule: MasteryRule = DEFAULT_MASTERY_RULE,
): boolean {
  // NOTE: a tiny tolerance so that a run that reaches the threshold exactly is not lost to rounding.
  return (state.skills[skill]?.masteryAverage ?? 0) >= rule.threshold - 1e-9;
}

/** How one answer changed a skill's estimate and mastery: what the activity record logs as a mastery change. */
export interface MasteryChange {
  readonly skill: SkillId;
  readonly estimateBefore: number;
  readonly estimateAfter: number;
  readonly masteredBefore: boolean;
  readonly masteredAfter: boolean;
}

/**
 * Compares the state before and after an answer on the item's skills.
 *
 * @example
 * const after = recordResponse(before, response, params);
 * masteryChanges(before, after, response.skills, params).filter((c) => c.masteredAfter !== c.masteredBefore);
 */
export function masteryChanges(
  before: LearnerModelState,
  after: LearnerModelState,
  skills: readonly SkillId[],
  params: LearnerModelParams,
  rule: MasteryRule = DEFAULT_MASTERY_RULE,
): MasteryChange[] {
  return [...new Set(skills)].map((skill) => ({
    skill,
    estimateBefore: masteryEstimate(before, skill, params),
    estimateAfter: masteryEstimate(after, skill, params),
    masteredBefore: isMastered(before, skill, params, rule),
    masteredAfter: isMastered(after, skill, params, rule),
  }));
}
