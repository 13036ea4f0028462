/**
 * What the early-warning model sees of a learner at a cut-off day: counts read from the daily activity aggregate
 * and the mastery history, before any transformation. Every field has a plain meaning that a reason can quote.
 */
export interface RiskInputs {
  /** Days since the last day with any activity (up to the cut-off); `null` when the learner never did anything. */
  readonly daysInactive: number | null;
  /** Days with activity among the last 14. */
  readonly activeDays14: number;
  /** Answers in the last 7 days and in the 7 days before. */
  readonly attempts7: number;
  readonly attemptsPrev7: number;
  /** Answers and right answers in the last 14 days. */
  readonly attempts14: number;
  readonly correct14: number;
  /** Estimated time on task in the last 14 days, in seconds. */
  readonly seconds14: number;
  /** Skills whose mastery estimate fell by more than 0.05 over the last 14 days. */
  readonly fallingSkills: number;
  /** Skills mastered so far, and weeks since the learner's first activity (at least 1). */
  readonly masteredSkills: number;
  readonly weeksActive: number;
  /** Skills mastered per week by the median learner of the organization at the same cut-off. */
  readonly medianMasteryRate: number;
}

/** The model's features, in order; each is a transformation of {@link RiskInputs} a reason can explain. */
export const RISK_FEATURES = [
  'daysInactive',
  'activeDays14',
  'practiceTrend',
  'accuracy14',
  'fallingSkills',
  'pacing',
  'minutes14',
] as const;

export type RiskFeature = (typeof RISK_FEATURES)[number];

/** Days of inactivity are capped: beyond four weeks, more days say nothing new. */
export const MAX_INACTIVE_DAYS = 28;

/**
 * The feature vector of a learner (same order as {@link RISK_FEATURES}). Logs tame counts with long tails;
 * the accuracy carries a 1-in-2 prior so that two answers do not look like 0 % or 100 %.
 *
 * @example
 * riskFeatureVector({ daysInactive: 9, activeDays14: 2, ... }); // [log1p(9), 2, …]
 */
export function riskFeatureVector(x: RiskInputs): number[] {
  const inactive = Math.min(MAX_INACTIVE_DAYS, x.daysInactive ?? MAX_INACTIVE_DAYS);
  const rate = x.masteredSkills / Math.max(1, x.weeksActive);
  return [
    Math.log1p(inactive),
    x.activeDays14,
    Math.log((x.attempts7 + 1) / (x.attemptsPrev7 + 1)),
    (x.correct14 + 1) / (x.attempts14 + 2),
    x.fallingSkills,
    Math.log((rate + 0.1) / (x.medianMasteryRate + 0.1)),
    Math.log1p(x.seconds14 / 60),
  ];
}
