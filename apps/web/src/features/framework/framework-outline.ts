import type { FrameworkSkill } from './framework-api.ts';

/** A skill placed in the hierarchy: its depth under the strand (0 for the strand itself). */
export interface OutlineRow {
  skill: FrameworkSkill;
  depth: number;
}

/** One strand (a skill at the top of the hierarchy) and everything under it, depth first in stored order. */
export interface Strand {
  root: FrameworkSkill;
  rows: OutlineRow[];
}

/**
 * The framework as strands: each top-level skill with its descendants, depth first, in the order the skills are
 * stored. A skill whose parent is missing is shown as a strand of its own (the server refuses such a framework,
 * but the page should still show everything).
 *
 * @example
 * frameworkStrands(skills)[0].rows.map((r) => `${r.depth} ${r.skill.id}`); // ['0 alg', '1 alg.number', …]
 */
export function frameworkStrands(skills: readonly FrameworkSkill[]): Strand[] {
  const ids = new Set(skills.map((s) => s.id));
  const children = new Map<string, FrameworkSkill[]>();
  for (const skill of skills) {
    if (skill.parentId !== null && ids.has(skill.parentId)) {
      children.set(skill.parentId, [...(children.get(skill.parentId) ?? []), skill]);
    }
  }
  const roots = skills.filter((s) => s.parentId === null || !ids.has(s.parentId));
  return roots.map((root) => {
    const rows: OutlineRow[] = [];
    const seen = new Set<string>();
    const stack: OutlineRow[] = [{ skill: root, depth: 0 }];
    while (stack.length > 0) {
      const row = stack.pop()!;
      if (seen.has(row.skill.id)) continue;
      seen.add(row.skill.id);
      rows.push(row);
      const below = children.get(row.skill.id) ?? [];
      for (let i = below.length - 1; i >= 0; i--) stack.push({ skill: below[i]!, depth: row.depth + 1 });
    }
    return { root, rows };
  });
}

/**
 * A refused cycle in words: the skills' names in order, back to the first (`Slope → Lines → Slope`). `nameOf`
 * gives a skill's name in the reader's language.
 */
export function cycleInWords(cycle: readonly string[], nameOf: (id: string) => string): string {
  if (cycle.length === 0) return '';
  return [...cycle, cycle[0]!].map(nameOf).join(' → ');
}
