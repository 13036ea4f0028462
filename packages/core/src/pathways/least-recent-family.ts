import type { ItemFamily } from '../content/item.ts';

/**
 * The one turn that the organization's own items of a skill (written by its teachers, `authored/<uuid>`, or imported,
 * `<source>/<id>`) take among the skill's generated families.
 */
export const BANK_FAMILY = 'bank';

/** The family of an item id: `familyId/seed/difficulty` for a generated item, {@link BANK_FAMILY} for any other. */
export function familyOfItemId(itemId: string): string {
  return /\/\d+\/[123]$/.test(itemId) ? itemId.replace(/\/\d+\/[123]$/, '') : BANK_FAMILY;
}

/**
 * The family to serve next on a skill: one served least recently on it (one never served first), chosen by
 * `random(n)` (an integer below n) among equals. Every family of a skill comes round before any comes back, so ten
 * items of a skill with three families show all three forms.
 *
 * @example
 * leastRecentFamily(familiesForSkill('alg.slope'), ['alg.slope.basic/4/2'], (n) => 0).id; // not 'alg.slope.basic'
 */
export function leastRecentFamily<F extends Pick<ItemFamily, 'id'>>(
  all: readonly F[],
  recentItemIds: readonly string[],
  random: (n: number) => number,
): F {
  if (all.length === 0) throw new Error('a skill without families has no family to serve');
  const recent = recentItemIds.map(familyOfItemId);
  const age = (f: F) => {
    const at = recent.indexOf(f.id);
    return at === -1 ? Number.POSITIVE_INFINITY : at;
  };
  const oldest = Math.max(...all.map(age));
  const candidates = all.filter((f) => age(f) === oldest);
  return candidates[random(candidates.length)]!;
}
