import { findItem, type Item } from '@pathwise/core/content';
import type { ItemRow } from '@pathwise/db';

function isLocalized(value: unknown): boolean {
  const v = value as { en?: unknown; es?: unknown } | null;
  return typeof v?.en === 'string' && typeof v?.es === 'string';
}

/**
 * An item of the bank as the serving code uses it: a family pointer is regenerated, stored content (imported
 * items keep their own steps, hints, scaffolds and misconceptions in JSON) is checked for the shape of
 * {@link Item}. Null when the row cannot be served.
 */
export function parseStoredItem(row: ItemRow): Item | null {
  if (row.content === null) {
    if (!row.familyId || row.seed === null) return null;
    return findItem(`${row.familyId}/${row.seed}/${row.difficulty}`);
  }
  const content = row.content as Partial<Item>;
  const steps = Array.isArray(content.steps) ? content.steps : [];
  const valid =
    isLocalized(content.stem) &&
    steps.length > 0 &&
    steps.every(
      (s) => typeof s?.id === 'string' && isLocalized(s.prompt) && typeof s.answer?.kind === 'string',
    );
  if (!valid) return null;
  return {
    id: row.id,
    familyId: row.familyId ?? row.source,
    skillId: row.skillId,
    seed: row.seed ?? 0,
    difficulty: (row.difficulty as 1 | 2 | 3) ?? 2,
    stem: content.stem!,
    ...(content.figure ? { figure: content.figure } : {}),
    steps: steps.map((s) => ({
      id: s.id,
      prompt: s.prompt,
      answer: s.answer,
      guidingQuestion: s.guidingQuestion ?? { en: '', es: '' },
      hints: s.hints ?? [],
      scaffolds: s.scaffolds ?? [],
      misconceptions: s.misconceptions ?? [],
    })),
  };
}
