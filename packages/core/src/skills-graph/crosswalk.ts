import type { SkillId } from './skill.ts';

/**
 * How a framework skill relates to a skill of another framework, in SKOS mapping terms (as CASE associations and
 * ESCO use them): `exactMatch` and `closeMatch` mean the same skill; `narrowMatch` means the target is narrower
 * than our skill (holding ours covers it); `broadMatch` means the target is broader (holding ours is part of it).
 */
export type CrosswalkRelation = 'exactMatch' | 'closeMatch' | 'narrowMatch' | 'broadMatch';

/** One mapping of a framework skill to a skill of an external framework (an O*NET element, an ESCO skill, …). */
export interface SkillCrosswalk {
  readonly skillId: SkillId;
  /** The external framework, e.g. `onet` or `esco`. */
  readonly targetFramework: string;
  /** The target's code in that framework: an O*NET element id (`2.A.1.e`), an ESCO URI or preferred label. */
  readonly targetCode: string;
  /** The target's name, as an employer would read it (`Mathematics`). */
  readonly targetName: string;
  readonly relation: CrosswalkRelation;
}

/**
 * How much holding a skill tells about a crosswalked target: the whole of it, or only part of it (the target is
 * broader). Matching counts a part as half.
 *
 * @example
 * crosswalkCoverage('broadMatch'); // 'part'
 */
export function crosswalkCoverage(relation: CrosswalkRelation): 'whole' | 'part' {
  return relation === 'broadMatch' ? 'part' : 'whole';
}
