import { findCycle } from './find-cycle.ts';
import type { Skill, SkillGraph, SkillGraphProblem, SkillId } from './skill.ts';

/** The outcome of validating a framework: the graph, or every problem found. */
export type SkillGraphResult =
  | { readonly ok: true; readonly graph: SkillGraph }
  | { readonly ok: false; readonly problems: readonly SkillGraphProblem[] };

function referenceProblems(skills: readonly Skill[], byId: Map<SkillId, Skill>): SkillGraphProblem[] {
  const problems: SkillGraphProblem[] = [];
  const seen = new Set<SkillId>();
  for (const skill of skills) {
    if (seen.has(skill.id)) problems.push({ code: 'duplicate-id', skillId: skill.id });
    seen.add(skill.id);
    for (const p of skill.prerequisites) {
      if (!byId.has(p)) problems.push({ code: 'unknown-prerequisite', skillId: skill.id, missingId: p });
    }
    if (skill.parentId !== null && !byId.has(skill.parentId)) {
      problems.push({ code: 'unknown-parent', skillId: skill.id, missingId: skill.parentId });
    }
  }
  return problems;
}

/** Kahn's algorithm in O(skills + edges); ties are broken by input order, so the order is stable. */
function topologicalOrder(skills: readonly Skill[], dependents: Map<SkillId, SkillId[]>): SkillId[] {
  const indegree = new Map(skills.map((s) => [s.id, new Set(s.prerequisites).size]));
  const queue = skills.filter((s) => indegree.get(s.id) === 0).map((s) => s.id);
  for (let head = 0; head < queue.length; head++) {
    for (const dependent of dependents.get(queue[head]!) ?? []) {
      const left = (indegree.get(dependent) ?? 0) - 1;
      indegree.set(dependent, left);
      if (left === 0) queue.push(dependent);
    }
  }
  return queue;
}

function indexBy(skills: readonly Skill[], key: (s: Skill) => readonly SkillId[]): Map<SkillId, SkillId[]> {
  const index = new Map<SkillId, SkillId[]>(skills.map((s) => [s.id, []]));
  for (const skill of skills) for (const target of key(skill)) index.get(target)?.push(skill.id);
  return index;
}

/**
 * Validates a framework and builds its graph. Rejects duplicate ids, dangling references and cycles; a cycle
 * is named by the skills on it, in order, so that an import or an edit can say which edge to remove.
 * @example
 * const result = buildSkillGraph(skills);
 * if (!result.ok) console.log(result.problems); // [{ code: 'prerequisite-cycle', cycle: ['a', 'b', 'c'] }]
 */
export function buildSkillGraph(skills: readonly Skill[]): SkillGraphResult {
  const byId = new Map(skills.map((s) => [s.id, s]));
  const problems = referenceProblems(skills, byId);
  if (problems.length > 0) return { ok: false, problems };
  const prerequisiteCycle = findCycle(byId.keys(), (id) => byId.get(id)?.prerequisites ?? []);
  if (prerequisiteCycle) problems.push({ code: 'prerequisite-cycle', cycle: prerequisiteCycle });
  const parentCycle = findCycle(byId.keys(), (id) => {
    const parent = byId.get(id)?.parentId;
    return parent ? [parent] : [];
  });
  if (parentCycle) problems.push({ code: 'parent-cycle', cycle: parentCycle });
  if (problems.length > 0) return { ok: false, problems };
  const dependents = indexBy(skills, (s) => [...new Set(s.prerequisites)]);
  return {
    ok: true,
    graph: {
      skills: byId,
      order: topologicalOrder(skills, dependents),
      dependents,
      children: indexBy(skills, (s) => (s.parentId ? [s.parentId] : [])),
    },
  };
}

/** Error thrown by {@link getSkillGraph}, carrying every problem. */
export class SkillGraphError extends Error {
  constructor(readonly problems: readonly SkillGraphProblem[]) {
    super(`Invalid skills framework: ${problems.map((p) => JSON.stringify(p)).join('; ')}`);
    this.name = 'SkillGraphError';
  }
}

/** Like {@link buildSkillGraph}, but throws a {@link SkillGraphError} on an invalid framework. */
export function getSkillGraph(skills: readonly Skill[]): SkillGraph {
  const result = buildSkillGraph(skills);
  if (!result.ok) throw new SkillGraphError(result.problems);
  return result.graph;
}

/**
 * Checks an edit before it is made: the cycle that adding "`skillId` requires `prerequisiteId`" would close,
 * or null when the edge is safe.
 */
export function findCycleThroughEdge(
  graph: SkillGraph,
  skillId: SkillId,
  prerequisiteId: SkillId,
): SkillId[] | null {
  if (skillId === prerequisiteId) return [skillId];
  // The new edge closes a cycle exactly when skillId is already a (transitive) prerequisite of prerequisiteId.
  const path = findPath(graph, prerequisiteId, skillId);
  return path ? [skillId, ...path.slice(0, -1)] : null;
}

function findPath(graph: SkillGraph, from: SkillId, to: SkillId): SkillId[] | null {
  const previous = new Map<SkillId, SkillId | null>([[from, null]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head]!;
    if (current === to) {
      const path: SkillId[] = [];
      for (let at: SkillId | null = current; at !== null; at = previous.get(at) ?? null) path.unshift(at);
      return path;
    }
    for (const next of graph.skills.get(current)?.prerequisites ?? []) {
      if (!previous.has(next)) {
        previous.set(next, current);
        queue.push(next);
      }
    }
  }
  return null;
}
