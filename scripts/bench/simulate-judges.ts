/**
 * Mastery rules for bench:simulate, side by side: the production rule (through the server's own function), the
 * previous rule, rule families for the sweep (moving average, N in a row, fitted BKT, a hybrid), the floor (an oracle
 * that declares exactly when the learner learned) and a BKT with placeholder parameters.
 */
import {
  type BktSkillParams,
  bktUpdate,
  type ItemLevel,
  type LearnerModelState,
  type LeveledBktParams,
  leveledBktUpdate,
  masteryEstimate,
  nextMasteryAverage,
} from '@pathwise/core/learner-model';
import type { SkillId } from '@pathwise/core/skills-graph';
import { MODEL_PARAMS, meetsMasteryRule } from '../../apps/server/src/learner-model/learner-model-store.ts';
import type { SimulatedLearner } from './simulate-populations.ts';

/** Decides mastery from the answers seen (and, for the production rule, the learner model state). */
export interface MasteryJudge {
  observe(skill: SkillId, correct: boolean, level: ItemLevel): void;
  mastered(state: LearnerModelState, skill: SkillId): boolean;
}

/** A rule as the bench runs it: a fresh judge per learner and loop. */
export interface RuleSpec {
  readonly name: string;
  readonly family: string;
  readonly judge: (learner: SimulatedLearner) => MasteryJudge;
}

/** The production rule: the server's `meetsMasteryRule` on the learner model state the loop keeps. */
export const productionRule: RuleSpec = {
  name: 'production',
  family: 'production',
  judge: () => ({ observe: () => {}, mastered: (state, skill) => meetsMasteryRule(state, skill) }),
};

/**
 * The rule before this change: the logistic estimate ≥ 0.85 with ≥ 3 answers and the last one right. Its success
 * and failure counts never forget, so each early error costs several more right answers.
 */
export const previousRule: RuleSpec = {
  name: 'previous (logistic ≥ 0.85)',
  family: 'logistic',
  judge: () => ({
    observe: () => {},
    mastered: (state, skill) => {
      const s = state.skills[skill];
      return (
        s !== undefined &&
        s.attempts >= 3 &&
        s.streak >= 1 &&
        masteryEstimate(state, skill, MODEL_PARAMS) >= 0.85
      );
    },
  }),
};

/** A per-skill value the judge keeps, updated on each answer. */
function perSkill(
  start: number,
  step: (value: number, skill: SkillId, correct: boolean, level: ItemLevel) => number,
  done: (value: number, skill: SkillId) => boolean,
): MasteryJudge {
  const values = new Map<SkillId, number>();
  return {
    observe: (skill, correct, level) =>
      values.set(skill, step(values.get(skill) ?? start, skill, correct, level)),
    mastered: (_state, skill) => done(values.get(skill) ?? start, skill),
  };
}

/**
 * An exponential moving average over standard-or-harder answers (the production family) with any weight, threshold
 * and starting value: a start above 0 lets a learner who never erred on the skill through sooner than one who did.
 */
export const emaRule = (weight: number, threshold: number, start = 0): RuleSpec => ({
  name: `ema w=${weight} ≥ ${threshold}${start > 0 ? ` from ${start}` : ''}`,
  family: 'ema',
  judge: () =>
    perSkill(
      start,
      (v, _s, correct, level) => nextMasteryAverage(v, correct, level, weight),
      (v) => v >= threshold - 1e-9,
    ),
});

/** N right in a row on standard-or-harder items (a right answer on an easy item neither counts nor breaks the run). */
export const streakRule = (n: number): RuleSpec => ({
  name: `${n} in a row`,
  family: 'n-in-a-row',
  judge: () =>
    perSkill(
      0,
      (v, _s, correct, level) => (!correct ? 0 : level === 1 ? v : v + 1),
      (v) => v >= n,
    ),
});

/** BKT per skill with guess and slip per level, fitted on calibration learners: P(known) ≥ threshold. */
export const bktRule = (fitted: ReadonlyMap<SkillId, LeveledBktParams>, threshold: number): RuleSpec => ({
  name: `bkt fitted ≥ ${threshold}`,
  family: 'bkt',
  judge: () =>
    perSkill(
      Number.NaN,
      (v, s, correct, level) => {
        const p = fitted.get(s)!;
        return leveledBktUpdate(Number.isNaN(v) ? p.init : v, { correct, level }, p);
      },
      (v) => v >= threshold,
    ),
});

/**
 * Both: fitted BKT's P(known) and a moving average must reach their thresholds (with weight 0.5 and 0.75, the last
 * two counted answers right): BKT decides, the average guards against a model that does not fit the learner.
 */
export const hybridRule = (
  fitted: ReadonlyMap<SkillId, LeveledBktParams>,
  bkt: number,
  weight: number,
  ema: number,
): RuleSpec => ({
  name: `bkt ≥ ${bkt} and ema w=${weight} ≥ ${ema}`,
  family: 'hybrid',
  judge: (learner) => {
    const a = bktRule(fitted, bkt).judge(learner);
    const b = emaRule(weight, ema).judge(learner);
    return {
      observe: (skill, correct, level) => {
        a.observe(skill, correct, level);
        b.observe(skill, correct, level);
      },
      mastered: (state, skill) => a.mastered(state, skill) && b.mastered(state, skill),
    };
  },
});

/** The floor: declares a skill exactly when the learner has truly learned it (no rule can stop earlier honestly). */
export const floorRule: RuleSpec = {
  name: 'floor (declare when learned)',
  family: 'floor',
  judge: (learner) => ({ observe: () => {}, mastered: (_state, skill) => learner.knows(skill) }),
};

/**
 * BKT with every parameter at 0.1 and P(known) ≥ 0.95. NOTE: these are placeholder values (OATutor's BKT defaults
 * for a skill with no data), not a tuned model; OATutor's course plan declares mastery at 0.85.
 */
const PLACEHOLDER_BKT: BktSkillParams = { init: 0.1, learn: 0.1, guess: 0.1, slip: 0.1 };
export const placeholderBktRule: RuleSpec = {
  name: 'bkt placeholder 0.1s ≥ 0.95',
  family: 'bkt-placeholder',
  judge: () =>
    perSkill(
      PLACEHOLDER_BKT.init,
      (v, _s, correct) => bktUpdate(v, correct, PLACEHOLDER_BKT),
      (v) => v >= 0.95,
    ),
};
