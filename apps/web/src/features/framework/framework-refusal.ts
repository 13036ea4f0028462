import type { TFunction } from 'i18next';
import { ApiError } from '../../api/api-error.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { cycleInWords } from './framework-outline.ts';

/** The fields of the skill and pathway forms a refusal can point at. */
export type FrameworkField = 'id' | 'parentId' | 'prerequisites' | 'goalSkillIds';

const FIELDS: Record<string, FrameworkField> = {
  skillId: 'id',
  pathwayId: 'id',
  id: 'id',
  parentId: 'parentId',
  prerequisites: 'prerequisites',
  goalSkillIds: 'goalSkillIds',
};

/**
 * The form field a refused save is about, from the server's field paths (`body/parentId`,
 * `body/goalSkillIds/2`, `params/skillId`); null when it names none of them.
 */
export function refusalField(error: unknown): FrameworkField | null {
  if (!(error instanceof ApiError)) return null;
  for (const problem of error.errors) {
    const known = problem.field.split('/').find((part) => part in FIELDS);
    if (known) return FIELDS[known]!;
  }
  return null;
}

/**
 * The sentence for a refused save, in the reader's language. A cycle is named from the ids the server sends
 * (`cycle`), by the skills' names in this language (`nameOf`); an id already taken and an unknown skill are
 * named by the field they concern.
 */
export function refusalMessage(t: TFunction, error: unknown, nameOf: (id: string) => string): string {
  if (error instanceof ApiError && error.code === 'conflict' && refusalField(error) === 'id') {
    return t('framework.form.idTaken');
  }
  if (!(error instanceof ApiError) || error.code !== 'invalid_framework') return errorMessage(t, error);
  const cycle = error.extensions.cycle;
  if (Array.isArray(cycle) && cycle.every((id) => typeof id === 'string')) {
    const words = cycleInWords(cycle, nameOf);
    return error.extensions.cycleKind === 'parent-cycle'
      ? t('framework.form.hierarchyCycle', { cycle: words })
      : t('framework.form.cycle', { cycle: words });
  }
  switch (refusalField(error)) {
    case 'parentId':
      return t('framework.form.unknownParent');
    case 'goalSkillIds':
      return t('framework.pathwayForm.unknownGoal');
    default:
      return t('framework.form.unknownSkill');
  }
}

// The server's pattern for skill and pathway ids: no whitespace, no slash.
const CONTENT_ID = /^[^\s/]+$/;

/**
 * A translated problem with a new skill's or pathway's id, or null: required, at most 200 characters, no spaces
 * or slashes (the server's pattern), not `.` or `..` (they would change the address), and not taken.
 */
export function checkNewId(t: TFunction, id: string, taken: ReadonlySet<string>): string | null {
  if (id === '') return t('framework.form.idRequired');
  if (id.length > 200 || !CONTENT_ID.test(id) || id === '.' || id === '..') {
    return t('framework.form.idPattern');
  }
  return taken.has(id) ? t('framework.form.idTaken') : null;
}
