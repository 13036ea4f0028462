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

/**
 * Orders each layer after the first by where its prerequisites sit in the layers above (the barycenter
 * heuristic of layered graph drawing), so that links cross less. Skills with no placed prerequisite keep
 * their relative order.
 */
export function orderLayers<T extends LayeredSkill>(layers: readonly (readonly T[])[]): T[][] {
  const position = new Map<string, number>();
  const place = (layer: readonly T[]) =>
    layer.forEach((s, i) => {
      position.set(s.id, layer.length > 1 ? i / (layer.length - 1) : 0.5);
    });
  return layers.map((layer, depth) => {
    const ordered =
      depth === 0
        ? [...layer]
        : layer
            .map((skill, index) => {
              const xs = skill.prerequisites.flatMap((p) => {
                const x = position.get(p);
                return x === undefined ? [] : [x];
              });
              const center = xs.length
                ? xs.reduce((a, b) => a + b, 0) / xs.length
                : index / Math.max(1, layer.length - 1);
              return { skill, center, index };
            })
            .sort((a, b) => a.center - b.center || a.index - b.index)
            .map((e) => e.skill);
    place(ordered);
    return ordered;
  });
}
