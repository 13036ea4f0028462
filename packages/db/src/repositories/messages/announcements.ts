import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';

/** An announcement as its readers see it; `read` is the reader's own mark (staff lists say false). */
export interface AnnouncementRow {
  id: string;
  classId: string;
  className: string;
  authorName: string | null;
  subject: string;
  body: string;
  createdAt: Date;
  read: boolean;
}

/** Stores an announcement to a class. */
export async function insertAnnouncement(
  db: Kysely<Database>,
  input: { orgId: string; classId: string; authorId: string | null; subject: string; body: string; at: Date },
): Promise<{ id: string }> {
  return db
    .insertInto('announcements')
    .values({
      org_id: input.orgId,
      class_id: input.classId,
      author_id: input.authorId,
      subject: input.subject,
      body: input.body,
      created_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

function announcementQuery(db: Kysely<Database>, orgId: string, readerId: string | null) {
  return db
    .selectFrom('announcements as a')
    .innerJoin('classes as c', (j) => j.onRef('c.org_id', '=', 'a.org_id').onRef('c.id', '=', 'a.class_id'))
    .leftJoin('users as u', 'u.id', 'a.author_id')
    .leftJoin('announcement_reads as r', (j) =>
      j
        .onRef('r.org_id', '=', 'a.org_id')
        .onRef('r.announcement_id', '=', 'a.id')
        .on('r.user_id', '=', readerId ?? '00000000-0000-0000-0000-000000000000'),
    )
    .select([
      'a.id',
      'a.class_id as classId',
      'c.name as className',
      'u.name as authorName',
      'a.subject',
      'a.body',
      'a.created_at as createdAt',
      sql<boolean>`r.user_id is not null`.as('read'),
    ])
    .where('a.org_id', '=', orgId);
}

/** The announcements of one class, newest first (for its staff). */
export async function listClassAnnouncements(
  db: Kysely<Database>,
  input: { orgId: string; classId: string; limit?: number },
): Promise<AnnouncementRow[]> {
  return announcementQuery(db, input.orgId, null)
    .where('a.class_id', '=', input.classId)
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id')
    .limit(input.limit ?? 100)
    .execute();
}

/** The announcements of the classes `userId` is a learner of, newest first, with their read marks. */
export async function listLearnerAnnouncements(
  db: Kysely<Database>,
  input: { orgId: string; userId: string; limit?: number },
): Promise<AnnouncementRow[]> {
  return announcementQuery(db, input.orgId, input.userId)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('class_members as m')
          .select('m.user_id')
          .whereRef('m.org_id', '=', 'a.org_id')
          .whereRef('m.class_id', '=', 'a.class_id')
          .where('m.user_id', '=', input.userId)
          .where('m.role', '=', 'learner'),
      ),
    )
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id')
    .limit(input.limit ?? 50)
    .execute();
}

/** The class of an announcement that `userId` may read as a learner of its class, or null. */
export async function findLearnerAnnouncementClass(
  db: Kysely<Database>,
  input: { orgId: string; announcementId: string; userId: string },
): Promise<string | null> {
  const row = await db
    .selectFrom('announcements as a')
    .innerJoin('class_members as m', (j) =>
      j.onRef('m.org_id', '=', 'a.org_id').onRef('m.class_id', '=', 'a.class_id'),
    )
    .select('a.class_id')
    .where('a.org_id', '=', input.orgId)
    .where('a.id', '=', input.announcementId)
    .where('m.user_id', '=', input.userId)
    .where('m.role', '=', 'learner')
    .executeTakeFirst();
  return row?.class_id ?? null;
}

/** Marks an announcement read by `userId` (again is a no-op). */
export async function markAnnouncementRead(
  db: Kysely<Database>,
  input: { orgId: string; announcementId: string; userId: string; at: Date },
): Promise<void> {
  await db
    .insertInto('announcement_reads')
    .values({
      org_id: input.orgId,
      announcement_id: input.announcementId,
      user_id: input.userId,
      read_at: input.at,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
