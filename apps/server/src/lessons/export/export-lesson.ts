import type { LessonExportInput } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import type { Lesson } from '@pathwise/core/lessons';
import type { Database } from '@pathwise/db';
import type { Kysely } from 'kysely';
import { composeLessonForOrg } from '../compose-lesson.ts';
import type { LessonExportOptions } from './lesson-document.ts';
import { lessonDocx } from './lesson-docx.ts';
import { lessonPdf } from './lesson-pdf.ts';

/** An exported lesson: the file's bytes, its media type and the name it is saved under. */
export interface LessonFile {
  readonly body: Buffer;
  readonly contentType: string;
  readonly filename: string;
}

const FORMATS = {
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: lessonDocx,
  },
  pdf: { contentType: 'application/pdf', render: lessonPdf },
} as const;

/**
 * Composes a lesson again from the request, the confirmed form and the seed (the same input gives the same
 * lesson) and answers it as a DOCX or PDF file, the teacher or the student copy, in the chosen language (default:
 * the form's). A request that still needs fields: AppError('validation_failed') naming each (`body/form/<field>`).
 * Saves nothing.
 */
export async function exportComposedLesson(
  db: Kysely<Database>,
  orgId: string,
  input: LessonExportInput,
): Promise<LessonFile> {
  const { format, copy, locale, level, ...compose } = input;
  const answer = await composeLessonForOrg(db, orgId, compose);
  if (answer.status === 'needs') {
    const problems = answer.missing.map((f) => ({ field: `body/form/${f}`, message: 'is needed' }));
    throw new AppError('validation_failed', `The lesson needs: ${answer.missing.join(', ')}`, problems);
  }
  const options: LessonExportOptions = {
    copy,
    locale: locale ?? answer.form.locale,
    ...(level ? { level } : {}),
  };
  return renderLesson(answer.lesson, format, options);
}

/** A lesson as a file; a saved lesson (read by id) is exported through here too. */
export async function renderLesson(
  lesson: Lesson,
  format: keyof typeof FORMATS,
  options: LessonExportOptions,
): Promise<LessonFile> {
  const { contentType, render } = FORMATS[format];
  const body = await render(lesson, options);
  return { body, contentType, filename: `lesson-${slug(lesson.topic)}-${options.copy}.${format}` };
}

/** A file-name-safe form of a topic: ASCII letters and digits joined by dashes ("ecuación lineal" → "ecuacion-lineal"). */
function slug(topic: string): string {
  const words = topic
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return words ? words.join('-').slice(0, 60).replace(/-$/, '') : 'lesson';
}
