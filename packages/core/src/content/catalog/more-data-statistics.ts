import type { ItemFamily } from '../item.ts';
import type { SkillExplanation } from '../skill-explanation.ts';

/** Further item families of this group's skills (each skill has at least three families in all). */
export const families: readonly ItemFamily[] = [];

/** The explanation of each of this group's skills. */
export const explanations: readonly SkillExplanation[] = [];
