import type { SkillCrosswalk } from '../skills-graph/crosswalk.ts';

/** A crosswalk as matching reads it (a stored one names its skill by a plain string). */
export type MatchCrosswalk = Omit<SkillCrosswalk, 'skillId'> & { readonly skillId: string };

/** Whether two skill names are the same, ignoring case and surrounding spaces. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The crosswalks that reach a job's skill: those with its code, or, when none has it, those with its name (any
 * case). NOTE: a code names one framework's skill exactly; a name alone may match several frameworks (O*NET's and
 * ESCO's "Mathematics"), so names count only when no crosswalk has the code. Pass only one framework's crosswalks
 * to keep to it.
 *
 * @example
 * crosswalkTargets({ name: 'Mathematics', code: '2.A.1.e' }, await listSkillCrosswalks(db, orgId)).length; // 26
 */
export function crosswalkTargets(
  skill: { readonly name: string; readonly code?: string | undefined },
  crosswalks: readonly MatchCrosswalk[],
): MatchCrosswalk[] {
  const byCode = skill.code === undefined ? [] : crosswalks.filter((c) => c.targetCode === skill.code);
  return byCode.length > 0 ? byCode : crosswalks.filter((c) => sameName(c.targetName, skill.name));
}
