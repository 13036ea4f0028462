/**
 * Finds one directed cycle, or null. `edges(n)` lists the nodes that `n` points to. The cycle is returned as
 * the list of nodes on it, starting from the node where it was entered, without repeating the first node.
 * @example
 * findCycle(['a', 'b'], (n) => (n === 'a' ? ['b'] : ['a'])); // ['a', 'b']
 */
export function findCycle<T>(nodes: Iterable<T>, edges: (node: T) => Iterable<T>): T[] | null {
  const state = new Map<T, 'open' | 'done'>();
  for (const start of nodes) {
    if (state.has(start)) continue;
    // Iterative depth-first search: frameworks can be deep enough to overflow recursion.
    const path: T[] = [start];
    const iterators: Iterator<T>[] = [edges(start)[Symbol.iterator]()];
    state.set(start, 'open');
    while (path.length > 0) {
      const step = iterators[iterators.length - 1]!.next();
      if (step.done) {
        state.set(path.pop()!, 'done');
        iterators.pop();
        continue;
      }
      const next = step.value;
      const seen = state.get(next);
      if (seen === 'open') return path.slice(path.indexOf(next));
      if (seen === 'done') continue;
      state.set(next, 'open');
      path.push(next);
      iterators.push(edges(next)[Symbol.iterator]());
    }
  }
  return null;
}
