import type { SkillGraph, SkillId } from '../skills-graph/skill.ts';
import { readySet } from '../skills-graph/skill-status.ts';

/**
 * The skills of `scope` that mastering `skill` makes ready (they were not ready before), in `scope`'s order.
 *
 * @example
 * newlyReady(graph, scope, new Set(), asSkillId('alg.integers-add')); // ['alg.integers-multiply', …]
 */
export function newlyReady(
  graph: SkillGraph,
  scope: readonly SkillId[],
  mastered: ReadonlySet<SkillId>,
  skill: SkillId,
): SkillId[] {
  const before = new Set(readySet(graph, mastered, scope));
  return readySet(graph, new Set([...mastered, skill]), scope).filter((s) => !before.has(s));
}
