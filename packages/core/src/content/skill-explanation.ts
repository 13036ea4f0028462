import type { Localized } from '../language/localized.ts';

/**
 * What a learner reads before the first item of a skill and on demand: the idea in two to four sentences (may carry
 * LaTeX between `$` signs). The worked example shown with it is generated from the skill's first family.
 */
export interface SkillExplanation {
  readonly skillId: string;
  readonly text: Localized;
}
