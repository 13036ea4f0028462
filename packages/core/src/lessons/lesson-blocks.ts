import { AppError } from '../errors/app-error.ts';
import type { Locale, Localized } from '../language/localized.ts';
import { studentText } from './build-versions.ts';
import type { BlockSource, Lesson, LessonDay, LessonVersion, RubricLevel } from './lesson.ts';
import { readability } from './readability.ts';

/** A reviewable block of a lesson: each day, the quiz, the rubric, each differentiated version. */
export interface BlockInfo {
  id: string;
  kind: 'day' | 'quiz' | 'rubric' | 'version';
  source: BlockSource;
  /** The block's teacher-editable prose fields, as the edit route names them. */
  fields: string[];
}

const LEVELS: readonly RubricLevel[] = ['beginning', 'developing', 'proficient', 'advanced'];

/**
 * The blocks of a lesson with stable ids derived from what the lesson already keys them by (the day's number,
 * the version's reading level), so that the stored JSON stays the composer's `Lesson` as it is.
 */
export function blocksOf(lesson: Lesson): BlockInfo[] {
  return [
    ...lesson.days.map((d) => ({
      id: `day-${d.day}`,
      kind: 'day' as const,
      source: d.source,
      fields: ['goal', ...d.phases.map((p) => `phases/${p.id}/teacherMoves`)],
    })),
    { id: 'quiz', kind: 'quiz', source: lesson.quiz.source, fields: ['title'] },
    {
      id: 'rubric',
      kind: 'rubric',
      source: lesson.rubric[0]?.source ?? 'template',
      fields: lesson.rubric.flatMap((_, i) => LEVELS.map((l) => `criteria/${i}/${l}`)),
    },
    ...lesson.versions.map((v) => ({
      id: `version-${v.level}`,
      kind: 'version' as const,
      source: v.source,
      fields: ['directions'],
    })),
  ];
}

const put = (old: Localized, locale: Locale, value: string): Localized => ({ ...old, [locale]: value });

function badField(field: string): AppError {
  return new AppError('validation_failed', `"${field}" is not an editable field of this block`, [
    { field: 'body/field', message: `"${field}" is not an editable field of this block` },
  ]);
}

function editDay(day: LessonDay, field: string, locale: Locale, value: string): LessonDay {
  if (field === 'goal') return { ...day, goal: put(day.goal, locale, value) };
  const phaseId = /^phases\/(.+)\/teacherMoves$/.exec(field)?.[1];
  if (!phaseId || !day.phases.some((p) => p.id === phaseId)) throw badField(field);
  return {
    ...day,
    phases: day.phases.map((p) =>
      p.id === phaseId ? { ...p, teacherMoves: put(p.teacherMoves, locale, value) } : p,
    ),
  };
}

/** A version with its reading level measured again (after an edit of its student-facing text). */
export function remeasured(v: LessonVersion): LessonVersion {
  return {
    ...v,
    readability: {
      en: readability(studentText(v.directions, v.scaffolds, 'en'), 'en'),
      es: readability(studentText(v.directions, v.scaffolds, 'es'), 'es'),
    },
  };
}

/**
 * The lesson with one prose field of one block replaced in one language; a version's reading level is measured
 * again. An unknown block is a 404, a field the block does not have a 400 naming `body/field`.
 */
export function editBlock(
  lesson: Lesson,
  blockId: string,
  edit: { field: string; locale: Locale; text: string },
): Lesson {
  const block = blocksOf(lesson).find((b) => b.id === blockId);
  if (!block) throw new AppError('not_found', `No block "${blockId}" in this lesson`);
  if (!block.fields.includes(edit.field)) throw badField(edit.field);
  const { field, locale, text } = edit;
  switch (block.kind) {
    case 'day':
      return {
        ...lesson,
        days: lesson.days.map((d) => (`day-${d.day}` === blockId ? editDay(d, field, locale, text) : d)),
      };
    case 'quiz':
      return { ...lesson, quiz: { ...lesson.quiz, title: put(lesson.quiz.title, locale, text) } };
    case 'rubric': {
      const [, index, level] = field.split('/') as [string, string, RubricLevel];
      return {
        ...lesson,
        rubric: lesson.rubric.map((r, i) =>
          String(i) === index
            ? { ...r, levels: { ...r.levels, [level]: put(r.levels[level], locale, text) } }
            : r,
        ),
      };
    }
    case 'version':
      return {
        ...lesson,
        versions: lesson.versions.map((v) =>
          `version-${v.level}` === blockId
            ? remeasured({ ...v, directions: put(v.directions, locale, text) })
            : v,
        ),
      };
  }
}
