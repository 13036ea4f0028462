import { AppError, type FieldProblem } from '../errors/app-error.ts';
import type { Locale } from '../language/localized.ts';
import type { LessonSkill, ReadingLevel } from './lesson.ts';

/** What the teacher asked for, as the composer reads it; the teacher confirms or corrects it before composing. */
export interface LessonForm {
  /** The topic in the teacher's words ("linear equations"); null when none was recognized. */
  readonly topic: string | null;
  /** Skills of the framework the lesson teaches, in framework order. */
  readonly skillIds: readonly string[];
  readonly days: number;
  readonly periodMinutes: number;
  readonly readingLevels: readonly ReadingLevel[];
  readonly visualActivities: number;
  readonly quizLength: number;
  /** The language the request was written in. */
  readonly locale: Locale;
}

/** The fields of a form that a request may leave unknown (the composer asks for them). */
export type LessonFormField = 'topic' | 'skillIds';

/** Inclusive limits of the form's numbers. */
export const LESSON_LIMITS = {
  days: { min: 1, max: 10 },
  periodMinutes: { min: 20, max: 120 },
  quizLength: { min: 1, max: 40 },
  visualPerDay: 3,
  skills: 8,
} as const;

/** Defaults for what a request does not say. */
export const LESSON_DEFAULTS = {
  days: 1,
  periodMinutes: 50,
  quizLength: 10,
  visualActivities: 1,
  readingLevels: ['on'] as readonly ReadingLevel[],
} as const;

function range(field: string, value: number, min: number, max: number, unit: string): FieldProblem | null {
  if (Number.isInteger(value) && value >= min && value <= max) return null;
  return { field, message: `${field} must be a whole number from ${min} to ${max} ${unit} (got ${value})` };
}

/** The problems of a form's numbers alone (days, period, quiz length, visual activities). */
export function numberProblems(
  form: Pick<LessonForm, 'days' | 'periodMinutes' | 'quizLength' | 'visualActivities'>,
): FieldProblem[] {
  const { days, periodMinutes, quizLength } = LESSON_LIMITS;
  const problems = [
    range('days', form.days, days.min, days.max, 'days'),
    range('periodMinutes', form.periodMinutes, periodMinutes.min, periodMinutes.max, 'minutes'),
    range('quizLength', form.quizLength, quizLength.min, quizLength.max, 'items'),
  ].filter((p): p is FieldProblem => p !== null);
  // NOTE: the visual limit depends on the days; with the days wrong, their error alone is the useful one.
  if (problems.some((p) => p.field === 'days')) return problems;
  const maxVisual = form.days * LESSON_LIMITS.visualPerDay;
  const visual = range(
    'visualActivities',
    form.visualActivities,
    0,
    maxVisual,
    'activities (3 a day at most)',
  );
  return visual ? [...problems, visual] : problems;
}

/** Throws validation_failed naming every field of the problems, if there are any. */
export function throwProblems(problems: readonly FieldProblem[]): void {
  if (problems.length === 0) return;
  const fields = problems.map((p) => p.field).join(', ');
  throw new AppError(
    'validation_failed',
    `The lesson request has invalid fields: ${fields}. ${problems.map((p) => p.message).join('; ')}`,
    [...problems],
  );
}

/**
 * Checks a complete form against the limits and the framework: the numbers in range, at least one skill, every
 * skill in the framework and practisable (it has item families), a quiz long enough to cover every skill.
 * Throws AppError('validation_failed') naming each bad field.
 */
export function validateLessonForm(
  form: LessonForm,
  framework: readonly LessonSkill[],
  hasItems: (skillId: string) => boolean,
): void {
  const problems = numberProblems(form);
  const known = new Set(framework.map((s) => s.id));
  if (form.skillIds.length === 0)
    problems.push({ field: 'skillIds', message: 'skillIds needs at least one skill' });
  if (form.skillIds.length > LESSON_LIMITS.skills) {
    problems.push({ field: 'skillIds', message: `skillIds holds at most ${LESSON_LIMITS.skills} skills` });
  }
  if (new Set(form.skillIds).size !== form.skillIds.length) {
    problems.push({ field: 'skillIds', message: 'skillIds names a skill twice' });
  }
  for (const id of form.skillIds) {
    if (!known.has(id))
      problems.push({ field: 'skillIds', message: `unknown skill "${id}": it is not in the framework` });
    else if (!hasItems(id))
      problems.push({ field: 'skillIds', message: `skill "${id}" has no items to quiz it` });
  }
  if (form.quizLength < form.skillIds.length) {
    problems.push({
      field: 'quizLength',
      message: `quizLength must be at least the number of skills (${form.skillIds.length}) so that each is quizzed`,
    });
  }
  if (form.readingLevels.length === 0) {
    problems.push({ field: 'readingLevels', message: 'readingLevels needs at least one level' });
  }
  throwProblems(problems);
}
