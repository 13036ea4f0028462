/**
 * The stacking cycle that saving `id` with `parts` would make (A needs B needs … needs A), as achievement ids
 * from `id` back to `id`, or null. `stacks` maps every other achievement to the achievements it stacks on.
 * NOTE: the server is the judge (it rejects the cycle, naming it in English); the page finds the same cycle
 * to name it in the reader's language.
 */
export function stackingCycle(
  id: string,
  parts: readonly string[],
  stacks: ReadonlyMap<string, readonly string[]>,
): string[] | null {
  const path: string[] = [id];
  const seen = new Set<string>();
  const visit = (at: string): string[] | null => {
    for (const next of at === id ? parts : (stacks.get(at) ?? [])) {
      if (next === id) return [...path, id];
      if (seen.has(next)) continue;
      seen.add(next);
      path.push(next);
      const found = visit(next);
      if (found) return found;
      path.pop();
    }
    return null;
  };
  return visit(id);
}
