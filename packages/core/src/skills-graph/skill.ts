import type { Localized } from '../language/localized.ts';

/** A skill's id, branded so that it is not mixed up with other ids. */
export type SkillId = string & { readonly __brand: 'SkillId' };

/** Marks a string as a skill id (at the edge: content, database rows, requests). */
export function asSkillId(id: string): SkillId {
  return id as SkillId;
}

/** A skill of a framework: a node of the hierarchy (parent) and of the prerequisite graph. */
export interface Skill {
  readonly id: SkillId;
  readonly name: Localized;
  readonly description: Localized;
  /** The broader skill or strand this one belongs to; null at the top of the hierarchy. */
  readonly parentId: SkillId | null;
  /** Skills to master before this one. */
  readonly prerequisites: readonly SkillId[];
}

/** A validated framework: no cycles, no dangling references, and a fixed topological order. */
export interface SkillGraph {
  readonly skills: ReadonlyMap<SkillId, Skill>;
  /** Every skill, prerequisites before the skills that need them (stable: input order breaks ties). */
  readonly order: readonly SkillId[];
  /** For each skill, the skills that list it as a prerequisite. */
  readonly dependents: ReadonlyMap<SkillId, readonly SkillId[]>;
  /** For each skill, its direct children in the hierarchy. */
  readonly children: ReadonlyMap<SkillId, readonly SkillId[]>;
}

/** A problem that makes a list of skills an invalid framework. */
export type SkillGraphProblem =
  | { readonly code: 'duplicate-id'; readonly skillId: SkillId }
  | { readonly code: 'unknown-prerequisite'; readonly skillId: SkillId; readonly missingId: SkillId }
  | { readonly code: 'unknown-parent'; readonly skillId: SkillId; readonly missingId: SkillId }
  | { readonly code: 'prerequisite-cycle'; readonly cycle: readonly SkillId[] }
  | { readonly code: 'parent-cycle'; readonly cycle: readonly SkillId[] };
