import type { ItemFamily } from '../item.ts';
import type { SkillExplanation } from '../skill-explanation.ts';

/** This group's further families, each a different form of its skill's problems. */
export const families: readonly ItemFamily[] = [];

/** The explanation of each of this group's skills. */
export const explanations: readonly SkillExplanation[] = [];
