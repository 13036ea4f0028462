import type { SkillId } from '../skills-graph/skill.ts';
import { type FeatureTerm, featureTerms, type TermKind, termWeight } from './feature-terms.ts';
import { sigmoid } from './fit-logistic.ts';
import type { LearnerModelParams } from './learner-model-params.ts';
import { initialSkillState, type LearnerModelState } from './learner-state.ts';

/** One feature's share of an estimate: `contribution = weight × value` log-odds. */
export interface Contribution {
  readonly feature: TermKind;
  /** The skill the feature is about. */
  readonly skill?: SkillId;
  /** For `combo`: the item's tag combination ({@link comboKey}). */
  readonly combo?: string;
  readonly value: number;
  readonly weight: number;
  readonly contribution: number;
  /** How far this feature moves the probability: the estimate minus the estimate without it (−1 … 1). */
  readonly effect: number;
}

/** The raw evidence on one skill, in the units a sentence would use. */
export interface SkillEvidenceSummary {
  readonly skill: SkillId;
  readonly attempts: number;
  readonly successes: number;
  readonly failures: number;
  /** The recent-performance average as a rate in [0, 1]. */
  readonly recentRate: number;
  /** Items answered (any skill) since this skill was last practised; null if never. */
  readonly itemsSinceLastPractice: number | null;
}

/** Why the model gives the estimate it gives. */
export interface Explanation {
  readonly probability: number;
  readonly logit: number;
  /** Every non-zero contribution, largest effect first; they sum to `logit`. */
  readonly contributions: readonly Contribution[];
  readonly evidence: readonly SkillEvidenceSummary[];
  readonly learner: {
    readonly responses: number;
    /** How much more often than others, per item, the learner answers the same skills correctly (shrunk to 0). */
    readonly abilityMargin: number;
    readonly recentForm: number;
  };
}

function contribution(term: FeatureTerm, params: LearnerModelParams): Omit<Contribution, 'effect'> {
  const weight = termWeight(term, params);
  const base = { feature: term.kind, value: term.value, weight, contribution: weight * term.value };
  if (term.skill !== undefined) return { ...base, skill: term.skill };
  return term.combo === undefined ? base : { ...base, combo: term.combo };
}

/**
 * Explains {@link predictCorrect}: each feature's contribution to the log-odds and the evidence behind it, as data
 * that a sentence can be built from ("3 of 4 right on *Slope* raises the estimate").
 *
 * @example
 * const why = explain(state, ['slope'], params);
 * why.contributions[0]; // { feature: 'recent', skill: 'slope', value: 0.2, weight: 1.1, contribution: 0.22, effect: 0.04 }
 */
export function explain(
  state: LearnerModelState,
  skills: readonly SkillId[],
  params: LearnerModelParams,
): Explanation {
  const { settings } = params;
  const raw = featureTerms(state, skills, settings)
    .map((t) => contribution(t, params))
    .filter((c) => c.contribution !== 0)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  const logit = raw.reduce((z, c) => z + c.contribution, 0);
  const probability = sigmoid(logit);
  const contributions = raw.map((c) => ({ ...c, effect: probability - sigmoid(logit - c.contribution) }));
  const { learner } = state;
  const evidence = [...new Set(skills)].map((skill): SkillEvidenceSummary => {
    const s = state.skills[skill] ?? initialSkillState(settings);
    return {
      skill,
      attempts: s.attempts,
      successes: s.successes,
      failures: s.attempts - s.successes,
      recentRate: s.recent,
      itemsSinceLastPractice: s.lastSeen < 0 ? null : learner.responses - s.lastSeen - 1,
    };
  });
  return {
    probability,
    logit,
    contributions,
    evidence,
    learner: {
      responses: learner.responses,
      abilityMargin: learner.residual / (learner.responses + settings.abilityPrior),
      recentForm: learner.form,
    },
  };
}
