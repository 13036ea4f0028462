import type { SavedLessonExportInput } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import { findLessonVersion } from '@pathwise/db';
import type { OrgActor } from '../../identity/actor.ts';
import type { AppContext } from '../../runtime/types.ts';
import { getVisibleLesson } from '../lesson-access.ts';
import { type LessonFile, renderLesson } from './export-lesson.ts';

/**
 * A saved lesson the actor may see (a teacher: their own and the published ones; else "No such lesson"), at its
 * latest version, as a DOCX or PDF file, the teacher or the student copy, in the chosen language (default: the
 * form's). Saves nothing.
 */
export async function exportSavedLesson(
  ctx: AppContext,
  actor: OrgActor,
  lessonId: string,
  input: SavedLessonExportInput,
): Promise<LessonFile> {
  const db = ctx.db.kysely;
  const row = await getVisibleLesson(db, actor, lessonId);
  const latest = await findLessonVersion(db, { orgId: actor.orgId, lessonId, version: row.latestVersion });
  if (!latest) throw new AppError('internal', `Lesson ${lessonId} has no version ${row.latestVersion}`);
  return renderLesson(latest.lesson, input.format, {
    copy: input.copy,
    locale: input.locale ?? latest.form.locale,
  });
}
