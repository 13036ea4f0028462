import { AppError } from '@pathwise/core/errors';
import { type Database, findLesson, type LessonRow } from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { OrgActor } from '../identity/actor.ts';

/** Whether the actor sees every lesson of the organization (administrators) or their own and the published ones. */
export function seesAll(actor: OrgActor): boolean {
  return actor.role === 'admin';
}

/** Whether the actor may change a lesson: its author, or an administrator of the organization. */
export function mayChange(actor: OrgActor, row: LessonRow): boolean {
  return seesAll(actor) || (actor.userId !== null && row.authorId === actor.userId);
}

/**
 * A lesson the actor may see, or "No such lesson" (a teacher's draft is not visible to another teacher, so it is
 * a 404 for them, not a 403). `forUpdate` locks the row for the transaction.
 */
export async function getVisibleLesson(
  db: Kysely<Database>,
  actor: OrgActor,
  lessonId: string,
  options: { forUpdate?: boolean } = {},
): Promise<LessonRow> {
  const row = await findLesson(db, { orgId: actor.orgId, lessonId }, options);
  if (!row || !(mayChange(actor, row) || row.status === 'published')) {
    throw new AppError('not_found', 'No such lesson');
  }
  return row;
}

/** A lesson the actor may change and that is still a draft: 403 for another teacher's, 409 once published. */
export async function getChangeableLesson(
  db: Kysely<Database>,
  actor: OrgActor,
  lessonId: string,
): Promise<LessonRow> {
  const row = await getVisibleLesson(db, actor, lessonId, { forUpdate: true });
  if (!mayChange(actor, row))
    throw new AppError('forbidden', 'Only the author or an administrator may change this lesson');
  if (row.status !== 'draft')
    throw new AppError('conflict', `This lesson is ${row.status}; only drafts change`);
  return row;
}
