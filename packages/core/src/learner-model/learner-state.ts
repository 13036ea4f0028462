import type { FeatureSettings } from './learner-model-params.ts';

/** The evidence about one learner on one skill: the row a server stores per learner × skill (JSONB). */
export interface SkillState {
  readonly attempts: number;
  readonly successes: number;
  /** Exponentially weighted average of recent outcomes on the skill, in [0, 1]. */
  readonly recent: number;
  /** The learner's response count ({@link LearnerState.responses}) when the skill was last practised; −1 never. */
  readonly lastSeen: number;
  /** Right answers in a row up to now (0 after a wrong one). */
  readonly streak: number;
  /**
   * The mastery average: an exponential moving average of the answers on standard-or-harder items (a right answer on
   * an easy item is not counted), what `isMastered` reads. Absent in states stored before it existed (read as 0).
   */
  readonly masteryAverage?: number;
}

/** The evidence about one learner across all skills. */
export interface LearnerState {
  readonly responses: number;
  /** Sum of (outcome − the skill's population success rate): positive means better than others on the same skills. */
  readonly residual: number;
  /** Exponentially weighted average of recent outcomes on any skill, in [0, 1]. */
  readonly form: number;
}

/** A learner's full model state; a server may store the learner part and each skill part separately. */
export interface LearnerModelState {
  readonly learner: LearnerState;
  /** Keyed by skill id (a plain JSON object); a missing skill has never been practised. */
  readonly skills: Readonly<Record<string, SkillState>>;
}

/** The state of a skill never practised. */
export function initialSkillState(settings: FeatureSettings): SkillState {
  return {
    attempts: 0,
    successes: 0,
    recent: settings.recentPrior,
    lastSeen: -1,
    streak: 0,
    masteryAverage: 0,
  };
}

/** The state of a learner with no responses. */
export function initialLearnerState(settings: FeatureSettings): LearnerState {
  return { responses: 0, residual: 0, form: settings.recentPrior };
}
