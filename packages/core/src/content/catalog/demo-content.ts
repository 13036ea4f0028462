import type { SkillCrosswalk } from '../../skills-graph/crosswalk.ts';
import type { Pathway } from '../../skills-graph/pathway.ts';
import type { Skill } from '../../skills-graph/skill.ts';
import { algebraFoundationsPathway, algebraFoundationsSkills } from '../frameworks/algebra-foundations.ts';
import { dataLiteracyPathway, dataLiteracySkills } from '../frameworks/data-literacy.ts';
import { demoCrosswalks } from '../frameworks/demo-crosswalks.ts';
import type { ItemFamily } from '../item.ts';
import { itemFamilies } from './item-families.ts';

/** Everything the embedded demo needs: one framework (two strands of skills), its pathways and item families. */
export interface DemoContent {
  readonly skills: readonly Skill[];
  readonly pathways: readonly Pathway[];
  readonly families: readonly ItemFamily[];
  /** How the framework's skills map to O*NET and ESCO, for employer matching. */
  readonly crosswalks: readonly SkillCrosswalk[];
}

/** The original demo content shipped with Pathwise. */
export const demoContent: DemoContent = {
  skills: [...algebraFoundationsSkills, ...dataLiteracySkills],
  pathways: [algebraFoundationsPathway, dataLiteracyPathway],
  families: itemFamilies,
  crosswalks: demoCrosswalks,
};
