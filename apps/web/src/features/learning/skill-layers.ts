/** What the layout needs of a skill: its id and the skills it builds on. */
export interface LayeredSkill {
  id: string;
  prerequisites: readonly string[];
}

/**
 * Puts each skill in a layer one below its deepest prerequisite on the pathway (prerequisites outside the
 * pathway are ignored), keeping the given order inside a layer. Skills come in topological order; a skill whose
 * prerequisite comes later is still placed after it.
 *
 * @example
 * skillLayers([{ id: 'a', prerequisites: [] }, { id: 'b', prerequisites: ['a'] }]); // [['a'], ['b']]
 */
export function skillLayers<T extends LayeredSkill>(skills: readonly T[]): T[][] {
  const byId = new Map(skills.map((s) => [s.id, s]));
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (skill: T): number => {
    const known = depth.get(skill.id);
    if (known !== undefined) return known;
    // NOTE: the server rejects cycles; this guard only keeps a bad payload from hanging the page.
    if (visiting.has(skill.id)) return 0;
    visiting.add(skill.id);
    let d = 0;
    for (const id of skill.prerequisites) {
      const pre = byId.get(id);
      if (pre) d = Math.max(d, depthOf(pre) + 1);
    }
    visiting.delete(skill.id);
    depth.set(skill.id, d);
    return d;
  };
  const layers: T[][] = [];
  for (const skill of skills) {
    const d = depthOf(skill);
    while (layers.length <= d) layers.push([]);
    layers[d]?.push(skill);
  }
  return layers;
}

/** The prerequisite edges inside the pathway, as [from prerequisite, to skill] pairs. */
export function skillEdges(skills: readonly LayeredSkill[]): [string, string][] {
  const ids = new Set(skills.map((s) => s.id));
  return skills.flatMap((s) =>
    s.prerequisites.filter((p) => ids.has(p)).map((p): [string, string] => [p, s.id]),
  );
}
