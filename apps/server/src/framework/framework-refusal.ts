import { AppError } from '@pathwise/core';
import type { Localized } from '@pathwise/core/content';
import type { SkillGraphProblem } from '@pathwise/core/skills-graph';

/** Who is being described: a skill's names, by id (skills of the framework with the change). */
export type SkillNames = ReadonlyMap<string, Localized>;

/** The cycle turned so that it starts at `first` when `first` is on it (the skill the administrator edited). */
function startAt<T extends string>(cycle: readonly T[], first: string | undefined): T[] {
  const at = first === undefined ? -1 : cycle.indexOf(first as T);
  return at <= 0 ? [...cycle] : [...cycle.slice(at), ...cycle.slice(0, at)];
}

/**
 * A cycle named by its skills' English names, in order, back to the first (`Slope → Lines → Slope`). Read it
 * as "Slope requires Lines, which requires Slope".
 */
export function cycleInWords(cycle: readonly string[], names: SkillNames): string {
  const name = (id: string) => names.get(id)?.en ?? id;
  return [...cycle, cycle[0]!].map(name).join(' → ');
}

function describe(problem: SkillGraphProblem, names: SkillNames): { field: string; message: string } {
  switch (problem.code) {
    case 'prerequisite-cycle':
      return {
        field: 'prerequisites',
        message: `These prerequisites would make a cycle: ${cycleInWords(problem.cycle, names)}.`,
      };
    case 'parent-cycle':
      return {
        field: 'parentId',
        message: `This parent would make a cycle in the hierarchy: ${cycleInWords(problem.cycle, names)}.`,
      };
    case 'unknown-prerequisite':
      return {
        field: 'prerequisites',
        message: `The prerequisite "${problem.missingId}" of "${problem.skillId}" is not a skill of this framework.`,
      };
    case 'unknown-parent':
      return {
        field: 'parentId',
        message: `The parent "${problem.missingId}" of "${problem.skillId}" is not a skill of this framework.`,
      };
    case 'duplicate-id':
      return { field: 'id', message: `Two skills have the id "${problem.skillId}".` };
  }
}

/**
 * The 422 refusal of a framework change (an edit or an import) that the skills graph rejects. The message names
 * every problem; a cycle is named by skill names in order, and its ids are in the `cycle` member (starting from
 * `editedId` when it is on the cycle), so a client can name it in its own language. `field` names the input
 * field of every problem (an import's associations) instead of the edit's field.
 */
export function frameworkRefusal(
  problems: readonly SkillGraphProblem[],
  names: SkillNames,
  options: { editedId?: string; field?: string } = {},
): AppError {
  const turned = problems.map((p) =>
    p.code === 'prerequisite-cycle' || p.code === 'parent-cycle'
      ? { ...p, cycle: startAt(p.cycle, options.editedId) }
      : p,
  );
  const errors = turned.map((p) => {
    const { field, message } = describe(p, names);
    return { field: options.field ?? `body/${field}`, message };
  });
  const cycle = turned.find((p) => p.code === 'prerequisite-cycle' || p.code === 'parent-cycle');
  return new AppError(
    'invalid_framework',
    `Nothing was changed. ${errors.map((e) => e.message).join(' ')}`,
    errors,
    cycle && 'cycle' in cycle ? { cycle: cycle.cycle, cycleKind: cycle.code } : undefined,
  );
}
