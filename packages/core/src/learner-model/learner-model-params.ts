import type { SkillId } from '../skills-graph/skill.ts';

/** Settings that shape the features; chosen before fitting, not fitted. */
export interface FeatureSettings {
  /** Decay of a skill's recent-performance average (weight kept by the past on each response). */
  readonly skillDecay: number;
  /** Decay of the learner's recent form across all skills. */
  readonly learnerDecay: number;
  /** Pseudo-responses that shrink the learner's ability towards 0 (average) while evidence is thin. */
  readonly abilityPrior: number;
  /** Starting value (and centre) of the recent-performance averages: the population's success rate. */
  readonly recentPrior: number;
}

/** Weights shared by every skill (a skill's own weights are deviations from these). */
export interface GlobalWeights {
  readonly intercept: number;
  readonly successes: number;
  readonly failures: number;
  readonly recent: number;
  /** +1 (per tag share) when the last answer on the skill was right, −1 when wrong, 0 if never practised. */
  readonly last: number;
  readonly seen: number;
  readonly gap: number;
  readonly ability: number;
  readonly form: number;
}

/** What was learned about one skill from data. */
export interface SkillParams {
  /** Log-odds added when the skill tags the item (higher: easier). */
  readonly easiness: number;
  /** Success rate of the population on the skill, the yardstick of the learner's ability. */
  readonly baseRate: number;
  /** Deviations from the global weights for this skill (PFA's per-skill learning rates). */
  readonly successes: number;
  readonly failures: number;
  readonly recent: number;
}

/** The fitted model: everything `predictCorrect`, `updateMastery` and `explain` need. JSON-serialisable. */
export interface LearnerModelParams {
  readonly version: 1;
  readonly settings: FeatureSettings;
  readonly weights: GlobalWeights;
  /** Parameters a skill without data gets: the documented prior. */
  readonly prior: SkillParams;
  /** Keyed by skill id (a plain JSON object). */
  readonly skills: Readonly<Record<string, SkillParams>>;
  /** Extra log-odds for a multi-skill item, keyed by {@link comboKey}. */
  readonly combos: Readonly<Record<string, number>>;
}

/** The key of a set of skill tags: the distinct ids, sorted, joined by `+`. */
export function comboKey(skills: readonly SkillId[]): string {
  return [...new Set(skills)].sort().join('+');
}

/** The parameters of a skill, or the prior when the data had none. */
export function skillParams(params: LearnerModelParams, skill: SkillId): SkillParams {
  return params.skills[skill] ?? params.prior;
}

/** Settings used unless a fit chooses others (decays picked on the ASSISTments train split). */
export const DEFAULT_FEATURE_SETTINGS: FeatureSettings = {
  skillDecay: 0.7,
  learnerDecay: 0.85,
  abilityPrior: 20,
  recentPrior: 0.66,
};
