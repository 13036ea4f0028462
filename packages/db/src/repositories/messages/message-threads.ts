import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';

/** A thread between one staff member and one learner of a class. */
export interface ThreadRow {
  id: string;
  classId: string;
  teacherId: string;
  learnerId: string;
  teacherReadSeq: number;
  learnerReadSeq: number;
}

/** A thread as a list shows it to one of its two people. */
export interface ThreadSummaryRow {
  id: string;
  classId: string;
  className: string;
  teacherId: string;
  teacherName: string;
  learnerId: string;
  learnerName: string;
  lastMessageAt: Date;
  lastBody: string | null;
  unread: number;
}

/** One message of a thread. */
export interface MessageRow {
  seq: number;
  senderId: string | null;
  senderName: string | null;
  body: string;
  createdAt: Date;
}

const threadColumns = [
  'id',
  'class_id as classId',
  'teacher_id as teacherId',
  'learner_id as learnerId',
  'teacher_read_seq as teacherReadSeq',
  'learner_read_seq as learnerReadSeq',
] as const;

/** The thread of this teacher and learner in this class, made when there is none yet. */
export async function findOrCreateThread(
  db: Kysely<Database>,
  input: { orgId: string; classId: string; teacherId: string; learnerId: string; at: Date },
): Promise<ThreadRow> {
  await db
    .insertInto('message_threads')
    .values({
      org_id: input.orgId,
      class_id: input.classId,
      teacher_id: input.teacherId,
      learner_id: input.learnerId,
      created_at: input.at,
      last_message_at: input.at,
    })
    .onConflict((oc) => oc.columns(['org_id', 'class_id', 'teacher_id', 'learner_id']).doNothing())
    .execute();
  return db
    .selectFrom('message_threads')
    .select(threadColumns)
    .where('org_id', '=', input.orgId)
    .where('class_id', '=', input.classId)
    .where('teacher_id', '=', input.teacherId)
    .where('learner_id', '=', input.learnerId)
    .executeTakeFirstOrThrow();
}

/** The thread `threadId` if `userId` is one of its two people, else null. */
export async function findThreadOf(
  db: Kysely<Database>,
  input: { orgId: string; threadId: string; userId: string },
): Promise<ThreadRow | null> {
  const row = await db
    .selectFrom('message_threads')
    .select(threadColumns)
    .where('org_id', '=', input.orgId)
    .where('id', '=', input.threadId)
    .where((eb) => eb.or([eb('teacher_id', '=', input.userId), eb('learner_id', '=', input.userId)]))
    .executeTakeFirst();
  return row ?? null;
}

/** Adds a message to a thread and moves the thread's last-message time; the sender has read up to it. */
export async function insertMessage(
  db: Kysely<Database>,
  input: { orgId: string; thread: ThreadRow; senderId: string; body: string; at: Date },
): Promise<{ seq: number }> {
  const { seq } = await db
    .insertInto('messages')
    .values({
      org_id: input.orgId,
      thread_id: input.thread.id,
      sender_id: input.senderId,
      body: input.body,
      created_at: input.at,
    })
    .returning('seq')
    .executeTakeFirstOrThrow();
  const side = input.senderId === input.thread.teacherId ? 'teacher_read_seq' : 'learner_read_seq';
  await db
    .updateTable('message_threads')
    .set({ last_message_at: input.at, [side]: seq })
    .where('org_id', '=', input.orgId)
    .where('id', '=', input.thread.id)
    .execute();
  return { seq: Number(seq) };
}

/** Marks every message of the thread read by one of its people. */
export async function markThreadRead(
  db: Kysely<Database>,
  input: { orgId: string; thread: ThreadRow; userId: string },
): Promise<void> {
  const side = input.userId === input.thread.teacherId ? 'teacher_read_seq' : 'learner_read_seq';
  await db
    .updateTable('message_threads')
    .set({
      [side]: sql<number>`coalesce((select max(seq) from messages m where m.org_id = ${input.orgId} and m.thread_id = ${input.thread.id}), 0)`,
    })
    .where('org_id', '=', input.orgId)
    .where('id', '=', input.thread.id)
    .execute();
}

/** The messages of a thread, oldest first. */
export async function listThreadMessages(
  db: Kysely<Database>,
  input: { orgId: string; threadId: string; limit?: number },
): Promise<MessageRow[]> {
  const rows = await db
    .selectFrom('messages as m')
    .leftJoin('users as u', 'u.id', 'm.sender_id')
    .select([
      'm.seq',
      'm.sender_id as senderId',
      'u.name as senderName',
      'm.body',
      'm.created_at as createdAt',
    ])
    .where('m.org_id', '=', input.orgId)
    .where('m.thread_id', '=', input.threadId)
    .orderBy('m.seq', 'desc')
    .limit(input.limit ?? 500)
    .execute();
  return rows.reverse().map((r) => ({ ...r, seq: Number(r.seq) }));
}

/**
 * The threads of one person in an organization (as teacher or learner), optionally of one class, most recent
 * first, each with its last message and how many messages of the other person they have not read.
 */
export async function listThreadsOf(
  db: Kysely<Database>,
  input: { orgId: string; userId: string; classId?: string; limit?: number },
): Promise<ThreadSummaryRow[]> {
  let q = db
    .selectFrom('message_threads as t')
    .innerJoin('classes as c', (j) => j.onRef('c.org_id', '=', 't.org_id').onRef('c.id', '=', 't.class_id'))
    .innerJoin('users as tu', 'tu.id', 't.teacher_id')
    .innerJoin('users as lu', 'lu.id', 't.learner_id')
    .select([
      't.id',
      't.class_id as classId',
      'c.name as className',
      't.teacher_id as teacherId',
      'tu.name as teacherName',
      't.learner_id as learnerId',
      'lu.name as learnerName',
      't.last_message_at as lastMessageAt',
      sql<string | null>`(select m.body from messages m where m.org_id = t.org_id and m.thread_id = t.id
        order by m.seq desc limit 1)`.as('lastBody'),
      sql<number>`(select count(*) from messages m where m.org_id = t.org_id and m.thread_id = t.id
        and m.sender_id is distinct from ${input.userId}
        and m.seq > case when t.teacher_id = ${input.userId} then t.teacher_read_seq else t.learner_read_seq end
      )::int`.as('unread'),
    ])
    .where('t.org_id', '=', input.orgId)
    .where((eb) => eb.or([eb('t.teacher_id', '=', input.userId), eb('t.learner_id', '=', input.userId)]));
  if (input.classId) q = q.where('t.class_id', '=', input.classId);
  return q
    .orderBy('t.last_message_at', 'desc')
    .orderBy('t.id')
    .limit(input.limit ?? 100)
    .execute();
}
