import type { Localized } from '../language/localized.ts';
import type { SkillGraph, SkillId } from './skill.ts';

/** A goal (a credential or occupation) and the skills it requires. */
export interface Pathway {
  readonly id: string;
  readonly name: Localized;
  readonly description: Localized;
  /** The skills named by the goal; their prerequisites join the pathway too. */
  readonly goalSkillIds: readonly SkillId[];
}

/**
 * Every skill a pathway needs: its goal skills closed over prerequisites, in topological order.
 * @example
 * pathwaySkills(graph, algebraFoundationsPathway).length; // 20
 */
export function pathwaySkills(graph: SkillGraph, pathway: Pathway): SkillId[] {
  const needed = new Set<SkillId>();
  const stack = [...pathway.goalSkillIds];
  while (stack.length > 0) {
    const id = stack.pop()!;
    const skill = graph.skills.get(id);
    if (!skill) throw new RangeError(`Pathway ${pathway.id} names unknown skill ${id}`);
    if (needed.has(id)) continue;
    needed.add(id);
    stack.push(...skill.prerequisites);
  }
  return graph.order.filter((id) => needed.has(id));
}

/** Skills below a skill in the hierarchy (children, grandchildren …), in topological order. */
export function descendantSkills(graph: SkillGraph, skillId: SkillId): SkillId[] {
  const found = new Set<SkillId>();
  const stack = [...(graph.children.get(skillId) ?? [])];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    stack.push(...(graph.children.get(id) ?? []));
  }
  return graph.order.filter((id) => found.has(id));
}
