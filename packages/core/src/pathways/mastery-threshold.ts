/**
 * The chance of a right answer at which a skill counts as known, on the learner model's probability scale: the
 * practice band ends at it (see `TARGET_BAND`: an item the learner would very likely get right teaches little) and
 * placement settles a skill as known once its belief reaches it. Both are probabilities, so both derive from this
 * one number.
 * NOTE: the mastery rule's threshold (`DEFAULT_MASTERY_RULE` in the learner model) is not on this scale: it is a
 * level of the moving average of answers, chosen on the effort / false-mastery curve of `bench:simulate`, and it
 * changes with that curve, not with this number.
 */
export const MASTERY_THRESHOLD = 0.85;
