import type { Localized } from '@pathwise/core/content';
import { AppError } from '@pathwise/core/errors';
import type { Locale } from '@pathwise/core/identity';
import { type Lesson, type ReadingLevel, type RubricCriterion, studentCopy } from '@pathwise/core/lessons';
import { plainMathText } from '@pathwise/core/math-text';
import {
  answerKeyBlocks,
  quizBlocks,
  studentVersionBlocks,
  teacherVersionBlocks,
} from './lesson-document-parts.ts';
import { exportStrings, type LessonExportStrings } from './lesson-export-strings.ts';

/** Which copy of a lesson: the teacher's (plan, keys, worked solutions) or the learners' (no keys). */
export type LessonCopy = 'student' | 'teacher';

/** One block of an exported lesson, in reading order. Every text is plain (math written out). */
export type LessonBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly strong?: boolean }
  | { readonly kind: 'item'; readonly text: string; readonly depth: 0 | 1 }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
    };

/** A lesson as a document: what the DOCX and the PDF both say, written once. */
export interface LessonDocument {
  readonly title: string;
  readonly subject: string;
  readonly locale: Locale;
  readonly blocks: readonly LessonBlock[];
}

/** What to export: the copy, the language, and (student copy) the one reading level wanted, else every version. */
export interface LessonExportOptions {
  readonly copy: LessonCopy;
  readonly locale: Locale;
  readonly level?: ReadingLevel;
}

/** Reads a localized text in the document's language, its math written out. */
export type Say = (text: Localized) => string;

/**
 * A lesson as an ordered list of headings, paragraphs, list items and tables. The teacher copy holds the plan
 * (standards, days and their timed phases and activities), the quiz, its answer key, the rubric and every version
 * with its measured reading level. The student copy is built from `studentCopy(lesson)`, which holds no key, worked
 * solution or misconception tag, so none can leak; it adds the rubric (criteria and levels, no keys).
 * A `level` the lesson has no version for: AppError('validation_failed') naming `body/level`.
 */
export function lessonDocument(lesson: Lesson, options: LessonExportOptions): LessonDocument {
  const s = exportStrings(options.locale);
  const say: Say = (text) => plainMathText(text[options.locale]);
  const title = s.title(lesson.topic);
  const subject =
    options.copy === 'student'
      ? s.copy.student
      : `${s.copy.teacher}. ${s.overview(lesson.days.length, lesson.periodMinutes)}`;
  const head: LessonBlock[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', text: subject },
  ];
  if (options.copy === 'student') {
    const copy = studentCopy(lesson);
    const versions = chooseVersions(copy.versions, options.level);
    return {
      title,
      subject,
      locale: options.locale,
      blocks: [
        ...head,
        { kind: 'paragraph', text: s.nameLine },
        ...studentVersionBlocks(versions, s, say),
        ...quizBlocks(copy.quiz, s, say),
        ...rubricBlocks(lesson.rubric, s, say),
      ],
    };
  }
  return {
    title,
    subject,
    locale: options.locale,
    blocks: [
      ...head,
      ...planBlocks(lesson, s, say),
      ...quizBlocks(lesson.quiz, s, say),
      ...answerKeyBlocks(lesson.quiz, s, say),
      ...rubricBlocks(lesson.rubric, s, say),
      ...teacherVersionBlocks(lesson.versions, s, say, options.locale),
    ],
  };
}

function chooseVersions<V extends { readonly level: ReadingLevel }>(
  versions: readonly V[],
  level: ReadingLevel | undefined,
): readonly V[] {
  if (!level) return versions;
  const chosen = versions.filter((v) => v.level === level);
  if (chosen.length === 0) {
    const message = `The lesson has no version for the reading level "${level}"`;
    throw new AppError('validation_failed', message, [{ field: 'body/level', message }]);
  }
  return chosen;
}

/** The teacher's plan: the standards, the final check, and each day with its goal, timed phases and activities. */
function planBlocks(lesson: Lesson, s: LessonExportStrings, say: Say): LessonBlock[] {
  const blocks: LessonBlock[] = [{ kind: 'heading', level: 2, text: s.standards }];
  for (const c of lesson.standards) {
    blocks.push({ kind: 'item', depth: 0, text: `${c.code}: ${say(c.name)}. ${say(c.description)}` });
  }
  blocks.push({ kind: 'paragraph', strong: true, text: s.finalCheck });
  blocks.push({ kind: 'paragraph', text: say(lesson.design.finalCheck) });
  for (const day of lesson.days) {
    blocks.push({ kind: 'heading', level: 2, text: s.day(day.day) });
    blocks.push({ kind: 'paragraph', text: say(day.goal) });
    for (const phase of day.phases) {
      blocks.push({ kind: 'heading', level: 3, text: s.phase(say(phase.title), phase.minutes) });
      blocks.push({ kind: 'paragraph', text: say(phase.teacherMoves) });
      for (const a of phase.activities) {
        const label = a.visual ? s.visualActivity : s.activity;
        blocks.push({ kind: 'item', depth: 0, text: `${label}: ${say(a.title)}. ${say(a.instructions)}` });
      }
    }
  }
  return blocks;
}

/** The analytic rubric as a table: one row per criterion (a plan skill), one column per level. */
function rubricBlocks(rubric: readonly RubricCriterion[], s: LessonExportStrings, say: Say): LessonBlock[] {
  const order = ['beginning', 'developing', 'proficient', 'advanced'] as const;
  return [
    { kind: 'heading', level: 2, text: s.rubric },
    {
      kind: 'table',
      header: [s.criterion, ...order.map((l) => s.levels[l])],
      rows: rubric.map((c) => [say(c.skill), ...order.map((l) => say(c.levels[l]))]),
    },
  ];
}
