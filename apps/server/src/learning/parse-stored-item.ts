import { type Difficulty, findItem, type Item } from '@pathwise/core/content';
import type { ItemRow } from '@pathwise/db';

const difficulties: readonly Difficulty[] = [1, 2, 3];

/**
 * An item of the bank as the serving code uses it: a family pointer is regenerated, stored content (parsed when
 * the row was read: imported items keep their own steps, hints, scaffolds and misconceptions) becomes an
 * {@link Item}. Null when the row cannot be served (its stored content is unreadable, or it has neither content
 * nor a family item).
 */
export function parseStoredItem(row: ItemRow): Item | null {
  if (row.unreadable) return null;
  const { content } = row;
  if (content === null) {
    if (!row.familyId || row.seed === null) return null;
    return findItem(`${row.familyId}/${row.seed}/${row.difficulty}`);
  }
  return {
    id: row.id,
    familyId: row.familyId ?? row.source,
    skillId: row.skillId,
    seed: row.seed ?? 0,
    difficulty: difficulties.find((d) => d === row.difficulty) ?? 2,
    stem: content.stem,
    ...(content.figure ? { figure: content.figure } : {}),
    steps: content.steps,
  };
}
