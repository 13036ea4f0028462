import type { EditLessonBlockInput, SavedLesson } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import { blocksOf, checkCitedCodes, editBlock } from '@pathwise/core/lessons';
import {
  type Database,
  findLessonVersion,
  insertLessonVersion,
  type LessonRow,
  type LessonVersionRow,
  recordAudit,
  setLessonReviews,
  setLessonStatus,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { OrgActor } from '../identity/actor.ts';
import type { AppContext } from '../runtime/types.ts';
import { loadLessonFramework } from './compose-lesson.ts';
import { getChangeableLesson, getVisibleLesson } from './lesson-access.ts';
import { unreviewedBlocks } from './present-lesson.ts';
import { blockSources, loadSavedLesson } from './save-lesson.ts';

async function latestOf(db: Kysely<Database>, actor: OrgActor, row: LessonRow): Promise<LessonVersionRow> {
  const latest = await findLessonVersion(db, {
    orgId: actor.orgId,
    lessonId: row.id,
    version: row.latestVersion,
  });
  if (!latest) throw new AppError('internal', `Lesson ${row.id} has no version ${row.latestVersion}`);
  return latest;
}

/** Marks one block of a draft's latest version reviewed (or not); the author or an administrator. */
export async function reviewLessonBlock(
  ctx: AppContext,
  actor: OrgActor,
  key: { lessonId: string; blockId: string },
  reviewed: boolean,
): Promise<SavedLesson> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const row = await getChangeableLesson(trx, actor, key.lessonId);
    const latest = await latestOf(trx, actor, row);
    if (!blocksOf(latest.lesson).some((b) => b.id === key.blockId)) {
      throw new AppError('not_found', `No block "${key.blockId}" in this lesson`);
    }
    const now = ctx.now();
    const { [key.blockId]: _old, ...others } = latest.reviews;
    const reviews = reviewed
      ? { ...others, [key.blockId]: { reviewedBy: actor.userId, reviewedAt: now.toISOString() } }
      : others;
    await setLessonReviews(
      trx,
      { orgId: actor.orgId, lessonId: row.id, version: latest.version, now },
      reviews,
    );
    return loadSavedLesson(trx, actor, await getVisibleLesson(trx, actor, row.id));
  });
}

/**
 * Edits one prose field of one block: a new version (the earlier ones are kept) with the cited codes checked
 * again and a version's reading level measured again; the edited block's review is reset. Audited.
 */
export async function editLessonBlock(
  ctx: AppContext,
  actor: OrgActor,
  key: { lessonId: string; blockId: string },
  edit: EditLessonBlockInput,
): Promise<SavedLesson> {
  const db = ctx.db.kysely;
  const { framework } = await loadLessonFramework(db, actor.orgId);
  return db.transaction().execute(async (trx) => {
    const row = await getChangeableLesson(trx, actor, key.lessonId);
    const latest = await latestOf(trx, actor, row);
    const lesson = editBlock(latest.lesson, key.blockId, edit);
    checkCitedCodes(lesson, framework);
    const { [key.blockId]: _reset, ...reviews } = latest.reviews;
    const version = latest.version + 1;
    const now = ctx.now();
    await insertLessonVersion(
      trx,
      { orgId: actor.orgId, lessonId: row.id, now },
      { ...latest, version, lesson, reviews, createdBy: actor.userId },
    );
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'lesson.edited',
      targetType: 'lesson',
      targetId: row.id,
      details: {
        version,
        previousVersion: latest.version,
        block: key.blockId,
        field: edit.field,
        locale: edit.locale,
        generatedBy: 'teacher edit',
        blocks: blockSources(lesson),
      },
    });
    return loadSavedLesson(trx, actor, await getVisibleLesson(trx, actor, row.id));
  });
}

/** Publishes a draft once every block of its latest version is reviewed (else 409 naming them). Audited. */
export async function publishLesson(
  ctx: AppContext,
  actor: OrgActor,
  lessonId: string,
): Promise<SavedLesson> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const row = await getChangeableLesson(trx, actor, lessonId);
    const latest = await latestOf(trx, actor, row);
    const unreviewed = unreviewedBlocks(latest.lesson, latest.reviews);
    if (unreviewed.length > 0) {
      throw new AppError(
        'conflict',
        `Review every block before publishing; not reviewed yet: ${unreviewed.join(', ')}`,
        undefined,
        { unreviewed },
      );
    }
    await setLessonStatus(trx, { orgId: actor.orgId, lessonId: row.id, now: ctx.now() }, 'published');
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'lesson.published',
      targetType: 'lesson',
      targetId: row.id,
      details: {
        version: latest.version,
        blocks: blockSources(latest.lesson),
        reviewedBy: Object.fromEntries(Object.entries(latest.reviews).map(([id, r]) => [id, r.reviewedBy])),
      },
    });
    return loadSavedLesson(trx, actor, await getVisibleLesson(trx, actor, row.id));
  });
}
