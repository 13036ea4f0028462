import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

/** What a mail about a new announcement or message says: who wrote it, in which class, and the text. */
export interface PostMailData {
  senderName: string;
  className: string;
  subject: string;
  body: string;
}

/** An announcement as its mail shows it, or null when it is gone. */
export async function findAnnouncementMailData(
  db: Kysely<Database>,
  orgId: string,
  announcementId: string,
): Promise<PostMailData | null> {
  const row = await db
    .selectFrom('announcements as a')
    .innerJoin('classes as c', (j) => j.onRef('c.org_id', '=', 'a.org_id').onRef('c.id', '=', 'a.class_id'))
    .leftJoin('users as u', 'u.id', 'a.author_id')
    .select(['u.name as senderName', 'c.name as className', 'a.subject', 'a.body'])
    .where('a.org_id', '=', orgId)
    .where('a.id', '=', announcementId)
    .executeTakeFirst();
  return row ? { ...row, senderName: row.senderName ?? '' } : null;
}

/** A message as its mail shows it, or null when it is gone. */
export async function findMessageMailData(
  db: Kysely<Database>,
  orgId: string,
  seq: number,
): Promise<PostMailData | null> {
  const row = await db
    .selectFrom('messages as m')
    .innerJoin('message_threads as t', (j) =>
      j.onRef('t.org_id', '=', 'm.org_id').onRef('t.id', '=', 'm.thread_id'),
    )
    .innerJoin('classes as c', (j) => j.onRef('c.org_id', '=', 't.org_id').onRef('c.id', '=', 't.class_id'))
    .leftJoin('users as u', 'u.id', 'm.sender_id')
    .select(['u.name as senderName', 'c.name as className', 'm.body'])
    .where('m.org_id', '=', orgId)
    .where('m.seq', '=', seq)
    .executeTakeFirst();
  return row ? { ...row, senderName: row.senderName ?? '', subject: '' } : null;
}
