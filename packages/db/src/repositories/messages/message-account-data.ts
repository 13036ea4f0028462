import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

/**
 * The message rows of one person for their data export: their settings, the threads they are in with every
 * message of those threads (a conversation is both people's), the announcements they posted and the ones they read.
 */
export async function readMessageData(db: Kysely<Database>, userId: string) {
  const threads = await db
    .selectFrom('message_threads')
    .select(['org_id', 'id', 'class_id', 'teacher_id', 'learner_id', 'created_at', 'last_message_at'])
    .where((eb) => eb.or([eb('teacher_id', '=', userId), eb('learner_id', '=', userId)]))
    .orderBy('created_at')
    .execute();
  const messages =
    threads.length === 0
      ? []
      : await db
          .selectFrom('messages')
          .select(['org_id', 'thread_id', 'seq', 'sender_id', 'body', 'created_at'])
          .where(
            'thread_id',
            'in',
            threads.map((t) => t.id),
          )
          .orderBy('seq')
          .execute();
  return {
    settings: await db.selectFrom('user_settings').selectAll().where('user_id', '=', userId).execute(),
    threads: threads.map((t) => ({ ...t, messages: messages.filter((m) => m.thread_id === t.id) })),
    sent: messages.filter((m) => m.sender_id === userId),
    announcementsPosted: await db
      .selectFrom('announcements')
      .selectAll()
      .where('author_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    announcementsRead: await db
      .selectFrom('announcement_reads')
      .selectAll()
      .where('user_id', '=', userId)
      .execute(),
  };
}

/**
 * Erases one person's message rows inside the caller's transaction: their settings, read marks, and the threads
 * where they are the learner (with every message in them). Threads where they are staff and announcements they
 * posted stay with the learners and classes they were for, pointing at the tombstone. Returns rows per table.
 */
export async function eraseMessageData(
  trx: Kysely<Database>,
  userId: string,
): Promise<Record<string, number>> {
  const n = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows);
  return {
    user_settings: n(await trx.deleteFrom('user_settings').where('user_id', '=', userId).executeTakeFirst()),
    announcement_reads: n(
      await trx.deleteFrom('announcement_reads').where('user_id', '=', userId).executeTakeFirst(),
    ),
    message_threads: n(
      await trx.deleteFrom('message_threads').where('learner_id', '=', userId).executeTakeFirst(),
    ),
  };
}
