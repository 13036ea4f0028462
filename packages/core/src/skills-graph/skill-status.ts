import type { SkillGraph, SkillId } from './skill.ts';

/** Where a learner stands on one skill of the map. */
export type SkillStatus =
  | { readonly status: 'mastered' }
  | { readonly status: 'ready' }
  | {
      readonly status: 'locked';
      /** The direct prerequisites not yet mastered: "master *Solve one-step equations* first". */
      readonly missing: readonly SkillId[];
      /** The ready skills that lead toward this one: where to start to unlock it. */
      readonly startWith: readonly SkillId[];
    };

/** The unmastered prerequisites of a skill, direct and indirect. */
function unmasteredAncestors(
  graph: SkillGraph,
  skillId: SkillId,
  mastered: ReadonlySet<SkillId>,
): Set<SkillId> {
  const found = new Set<SkillId>();
  const stack = [skillId];
  while (stack.length > 0) {
    for (const p of graph.skills.get(stack.pop()!)?.prerequisites ?? []) {
      if (!mastered.has(p) && !found.has(p)) {
        found.add(p);
        stack.push(p);
      }
    }
  }
  return found;
}

/** Whether every prerequisite of a skill is mastered. */
function prerequisitesMastered(graph: SkillGraph, skillId: SkillId, mastered: ReadonlySet<SkillId>): boolean {
  return (graph.skills.get(skillId)?.prerequisites ?? []).every((p) => mastered.has(p));
}

/**
 * The status of one skill for a learner who has mastered `mastered`. A locked skill says why.
 * @example
 * skillStatus(graph, asSkillId('alg.two-step-equations'), new Set());
 * // { status: 'locked', missing: ['alg.one-step-add', …], startWith: ['alg.integers-add'] }
 */
export function skillStatus(
  graph: SkillGraph,
  skillId: SkillId,
  mastered: ReadonlySet<SkillId>,
): SkillStatus {
  if (!graph.skills.has(skillId)) throw new RangeError(`Unknown skill ${skillId}`);
  if (mastered.has(skillId)) return { status: 'mastered' };
  const prerequisites = graph.skills.get(skillId)?.prerequisites ?? [];
  const missing = prerequisites.filter((p) => !mastered.has(p));
  if (missing.length === 0) return { status: 'ready' };
  const ancestors = unmasteredAncestors(graph, skillId, mastered);
  const startWith = graph.order.filter(
    (id) => ancestors.has(id) && prerequisitesMastered(graph, id, mastered),
  );
  return { status: 'locked', missing, startWith };
}

/**
 * The ready set: skills not mastered whose prerequisites are all mastered, in topological order.
 * `scope` limits it to some skills (a pathway's); by default every skill counts.
 */
export function readySet(
  graph: SkillGraph,
  mastered: ReadonlySet<SkillId>,
  scope?: Iterable<SkillId>,
): SkillId[] {
  const inScope = scope ? new Set(scope) : null;
  return graph.order.filter(
    (id) => (!inScope || inScope.has(id)) && !mastered.has(id) && prerequisitesMastered(graph, id, mastered),
  );
}

/** The status of every skill in scope (default: all), in topological order: the data of a pathway map. */
export function skillMap(
  graph: SkillGraph,
  mastered: ReadonlySet<SkillId>,
  scope?: Iterable<SkillId>,
): { readonly skillId: SkillId; readonly status: SkillStatus }[] {
  const inScope = scope ? new Set(scope) : null;
  return graph.order
    .filter((id) => !inScope || inScope.has(id))
    .map((skillId) => ({ skillId, status: skillStatus(graph, skillId, mastered) }));
}
