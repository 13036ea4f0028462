import type { AssignmentInput } from '@pathwise/contracts';
import {
  type AssignmentTarget,
  type Database,
  findLesson,
  findLessonVersion,
  listLessons,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { refuse } from './assignment-target.ts';

/**
 * The target of a lesson assignment: a published lesson of the organization (anything else is a 400 naming
 * `body/target/lessonId`), its title and its quiz skills (the form's `skillIds`), each under the mastery rule.
 * They are kept with the assignment: a published lesson no longer changes.
 */
export async function lessonTargetOf(
  db: Kysely<Database>,
  orgId: string,
  input: AssignmentInput,
): Promise<AssignmentTarget> {
  if (input.pathwayId !== undefined)
    refuse('body/pathwayId', 'A lesson assignment has no pathway', 'not allowed');
  if (input.skills !== undefined) refuse('body/skills', 'A lesson assignment has no skills', 'not allowed');
  if (input.target?.itemIds !== undefined)
    refuse('body/target/itemIds', 'A lesson assignment has no items', 'not allowed');
  const lessonId =
    input.target?.lessonId ??
    refuse('body/target/lessonId', 'Choose a lesson', 'required for a lesson assignment');
  const row = await findLesson(db, { orgId, lessonId });
  const latest =
    row?.status === 'published'
      ? await findLessonVersion(db, { orgId, lessonId, version: row.latestVersion })
      : null;
  if (!row || !latest) {
    refuse(
      'body/target/lessonId',
      `No such published lesson: ${lessonId}`,
      'not a published lesson of this organization',
    );
  }
  const skills = latest.form.skillIds.map((skillId) => ({ skillId, target: null }));
  return { kind: 'lesson', lessonId, title: row.title, skills };
}

/** The organization's published lessons, to assign. */
export async function publishedLessons(db: Kysely<Database>, orgId: string) {
  const rows = await listLessons(db, orgId, { authorId: null });
  return rows.map((r) => ({ id: r.id, title: r.title }));
}
