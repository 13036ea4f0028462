/**
 * Memoizes a pure string predicate. Statements repeat the same IRIs and language tags (verbs, activity ids,
 * `en-US`), so remembering answers makes validation of large batches markedly faster. The cache is bounded:
 * it is emptied when full rather than growing with every extension key an attacker might send.
 */
export function memoizePredicate(
  test: (value: string) => boolean,
  capacity = 10_000,
): (value: string) => boolean {
  const cache = new Map<string, boolean>();
  return (value: string) => {
    const known = cache.get(value);
    if (known !== undefined) return known;
    const answer = test(value);
    if (cache.size >= capacity) cache.clear();
    cache.set(value, answer);
    return answer;
  };
}
