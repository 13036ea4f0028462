import { DEFAULT_MASTERY_RULE } from '../learner-model/mastery-rule.ts';

/**
 * The one number the adaptive loop's bands derive from: the learner model's mastery threshold. The practice band
 * ends at it (see `TARGET_BAND`) and placement settles a skill as known at it (and as unknown at its complement),
 * so changing the mastery rule moves all three together.
 */
export const MASTERY_THRESHOLD: number = DEFAULT_MASTERY_RULE.threshold;
