import type { Lesson, LessonForm } from '@pathwise/core/lessons';
import type { Kysely } from 'kysely';
import type { LessonReviews, LessonStatus } from '../../schema/lessons.ts';
import type { Database } from '../../schema.ts';
import { parseLessonReviews, parseStoredLesson, parseStoredLessonForm } from './stored-lesson.ts';

export type { BlockReview, LessonReviews, LessonStatus } from '../../schema/lessons.ts';

/** A saved lesson, without its versions' contents. */
export interface LessonRow {
  id: string;
  authorId: string | null;
  authorName: string | null;
  title: string;
  status: LessonStatus;
  latestVersion: number;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
}

/** One version of a lesson: the composed lesson, what it was composed from, and its blocks' reviews (parsed). */
export interface LessonVersionRow {
  version: number;
  lesson: Lesson;
  form: LessonForm;
  request: string;
  seed: number;
  reviews: LessonReviews;
  createdBy: string | null;
  createdAt: Date;
}

/** A new version to store. */
export interface NewLessonVersion {
  version: number;
  lesson: Lesson;
  form: LessonForm;
  request: string;
  seed: number;
  reviews: LessonReviews;
  createdBy: string | null;
}

function lessonQuery(db: Kysely<Database>, orgId: string) {
  return db
    .selectFrom('lessons as l')
    .leftJoin('users as u', 'u.id', 'l.author_id')
    .select([
      'l.id',
      'l.author_id',
      'u.name as author_name',
      'l.title',
      'l.status',
      'l.latest_version',
      'l.created_at',
      'l.updated_at',
      'l.published_at',
    ])
    .where('l.org_id', '=', orgId);
}

function toLessonRow(r: {
  id: string;
  author_id: string | null;
  author_name: string | null;
  title: string;
  status: LessonStatus;
  latest_version: number;
  created_at: Date;
  updated_at: Date;
  published_at: Date | null;
}): LessonRow {
  return {
    id: r.id,
    authorId: r.author_id,
    authorName: r.author_name,
    title: r.title,
    status: r.status,
    latestVersion: r.latest_version,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
    publishedAt: r.published_at ? new Date(r.published_at) : null,
  };
}

/** Stores a new draft lesson and its first version; answers its id. */
export async function insertLesson(
  db: Kysely<Database>,
  lesson: { orgId: string; authorId: string | null; title: string; now: Date; first: NewLessonVersion },
): Promise<{ id: string }> {
  const row = await db
    .insertInto('lessons')
    .values({
      org_id: lesson.orgId,
      author_id: lesson.authorId,
      title: lesson.title,
      latest_version: lesson.first.version,
      created_at: lesson.now,
      updated_at: lesson.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertLessonVersion(db, { orgId: lesson.orgId, lessonId: row.id, now: lesson.now }, lesson.first);
  return row;
}

/** Stores a version of a lesson and makes it the latest one. */
export async function insertLessonVersion(
  db: Kysely<Database>,
  key: { orgId: string; lessonId: string; now: Date },
  v: NewLessonVersion,
): Promise<void> {
  await db
    .insertInto('lesson_versions')
    .values({
      org_id: key.orgId,
      lesson_id: key.lessonId,
      version: v.version,
      lesson: JSON.stringify(v.lesson),
      form: JSON.stringify(v.form),
      request: v.request,
      seed: v.seed,
      reviews: JSON.stringify(v.reviews),
      created_by: v.createdBy,
      created_at: key.now,
    })
    .execute();
  await db
    .updateTable('lessons')
    .set({ latest_version: v.version, updated_at: key.now })
    .where('org_id', '=', key.orgId)
    .where('id', '=', key.lessonId)
    .execute();
}

/** A lesson of an organization, or null; `forUpdate` locks its row for the transaction. */
export async function findLesson(
  db: Kysely<Database>,
  key: { orgId: string; lessonId: string },
  options: { forUpdate?: boolean } = {},
): Promise<LessonRow | null> {
  let query = lessonQuery(db, key.orgId).where('l.id', '=', key.lessonId);
  if (options.forUpdate) query = query.forUpdate('l');
  const row = await query.executeTakeFirst();
  return row ? toLessonRow(row) : null;
}

/**
 * The lessons of an organization (archived ones left out) a person may see: `all`, or those of `authorId` and the
 * published ones (`authorId` null: the published ones only).
 */
export async function listLessons(
  db: Kysely<Database>,
  orgId: string,
  visible: { all: true } | { authorId: string | null },
): Promise<LessonRow[]> {
  let query = lessonQuery(db, orgId).where('l.status', '!=', 'archived');
  if (!('all' in visible)) {
    const { authorId } = visible;
    query = query.where((eb) =>
      authorId === null
        ? eb('l.status', '=', 'published')
        : eb.or([eb('l.author_id', '=', authorId), eb('l.status', '=', 'published')]),
    );
  }
  const rows = await query.orderBy('l.updated_at', 'desc').orderBy('l.id').execute();
  return rows.map(toLessonRow);
}

/** One version of a lesson, parsed, or null. */
export async function findLessonVersion(
  db: Kysely<Database>,
  key: { orgId: string; lessonId: string; version: number },
): Promise<LessonVersionRow | null> {
  const r = await db
    .selectFrom('lesson_versions')
    .select(['version', 'lesson', 'form', 'request', 'seed', 'reviews', 'created_by', 'created_at'])
    .where('org_id', '=', key.orgId)
    .where('lesson_id', '=', key.lessonId)
    .where('version', '=', key.version)
    .executeTakeFirst();
  if (!r) return null;
  return {
    version: r.version,
    lesson: parseStoredLesson(r.lesson),
    form: parseStoredLessonForm(r.form),
    request: r.request,
    seed: r.seed,
    reviews: parseLessonReviews(r.reviews),
    createdBy: r.created_by,
    createdAt: new Date(r.created_at),
  };
}

/** The numbers of a lesson's versions, oldest first. */
export async function listLessonVersionNumbers(
  db: Kysely<Database>,
  key: { orgId: string; lessonId: string },
): Promise<number[]> {
  const rows = await db
    .selectFrom('lesson_versions')
    .select('version')
    .where('org_id', '=', key.orgId)
    .where('lesson_id', '=', key.lessonId)
    .orderBy('version')
    .execute();
  return rows.map((r) => r.version);
}

/** Replaces the block reviews of one version of a lesson. */
export async function setLessonReviews(
  db: Kysely<Database>,
  key: { orgId: string; lessonId: string; version: number; now: Date },
  reviews: LessonReviews,
): Promise<void> {
  await db
    .updateTable('lesson_versions')
    .set({ reviews: JSON.stringify(reviews) })
    .where('org_id', '=', key.orgId)
    .where('lesson_id', '=', key.lessonId)
    .where('version', '=', key.version)
    .execute();
  await db
    .updateTable('lessons')
    .set({ updated_at: key.now })
    .where('org_id', '=', key.orgId)
    .where('id', '=', key.lessonId)
    .execute();
}

/** Sets a lesson's status (publishing stamps `published_at`). */
export async function setLessonStatus(
  db: Kysely<Database>,
  key: { orgId: string; lessonId: string; now: Date },
  status: LessonStatus,
): Promise<void> {
  await db
    .updateTable('lessons')
    .set({
      status,
      updated_at: key.now,
      ...(status === 'published' ? { published_at: key.now } : {}),
    })
    .where('org_id', '=', key.orgId)
    .where('id', '=', key.lessonId)
    .execute();
}
