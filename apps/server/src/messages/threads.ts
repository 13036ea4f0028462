import type { MessageInput, Posted, StartThreadInput, Thread, ThreadList } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import {
  type Database,
  findClass,
  findClassRole,
  findOrCreateThread,
  findThreadOf,
  insertMessage,
  listThreadMessages,
  listThreadsOf,
  markThreadRead,
  type ThreadRow,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { getVisibleClass } from '../classes/class-access.ts';
import type { OrgActor } from '../identity/actor.ts';
import type { AppContext } from '../runtime/types.ts';
import { type Log, type PostMail, queuePostMail, sendPostMailNow } from './message-mail.ts';
import { presentMessage, presentThread, signedInPerson } from './present.ts';

/**
 * A staff member writes to one learner of a class they see (teachers: the classes they teach, class-access.ts):
 * the message goes into their thread with that learner in that class, started on the first message. A learner
 * who is not in the class is "No such learner" (404), and nothing is written.
 */
export async function messageLearner(
  ctx: AppContext,
  actor: OrgActor,
  input: { classId: string; body: StartThreadInput },
  log: Log,
): Promise<Posted> {
  const teacherId = signedInPerson(actor);
  const { learnerId, body } = input.body;
  const { thread, mails } = await ctx.db.kysely.transaction().execute(async (trx) => {
    const cls = await getVisibleClass(trx, actor, input.classId);
    if ((await findClassRole(trx, actor.orgId, cls.id, learnerId)) !== 'learner') {
      throw new AppError('not_found', 'No such learner in this class', [
        { field: 'body/learnerId', message: 'is not a learner of this class' },
      ]);
    }
    const at = ctx.now();
    const thread = await findOrCreateThread(trx, {
      orgId: actor.orgId,
      classId: cls.id,
      teacherId,
      learnerId,
      at,
    });
    const { seq } = await insertMessage(trx, { orgId: actor.orgId, thread, senderId: teacherId, body, at });
    return { thread, mails: await queueMessageMail(ctx, trx, actor.orgId, thread, teacherId, seq) };
  });
  await sendPostMailNow(ctx, mails, log);
  return { id: thread.id };
}

/**
 * One of a thread's two people replies. Anyone else gets "No such conversation" (404), so a thread's existence does
 * not leak; a thread whose learner left the class, or whose staff member no longer sees it, is closed (409).
 */
export async function replyToThread(
  ctx: AppContext,
  actor: OrgActor,
  input: { threadId: string; body: MessageInput },
  log: Log,
): Promise<Posted> {
  const senderId = signedInPerson(actor);
  const { thread, mails } = await ctx.db.kysely.transaction().execute(async (trx) => {
    const thread = await getThread(trx, actor, input.threadId);
    await assertOpen(trx, actor, thread);
    const at = ctx.now();
    const { seq } = await insertMessage(trx, {
      orgId: actor.orgId,
      thread,
      senderId,
      body: input.body.body,
      at,
    });
    return { thread, mails: await queueMessageMail(ctx, trx, actor.orgId, thread, senderId, seq) };
  });
  await sendPostMailNow(ctx, mails, log);
  return { id: thread.id };
}

/** A thread of the caller with its messages, oldest first. Opening does not mark it read: see {@link markThreadOpened}. */
export async function openThread(ctx: AppContext, actor: OrgActor, threadId: string): Promise<Thread> {
  const userId = signedInPerson(actor);
  const db = ctx.db.kysely;
  const thread = await getThread(db, actor, threadId);
  const [summary] = (await listThreadsOf(db, { orgId: actor.orgId, userId, classId: thread.classId })).filter(
    (t) => t.id === thread.id,
  );
  if (!summary) throw new AppError('not_found', 'No such conversation');
  const messages = await listThreadMessages(db, { orgId: actor.orgId, threadId: thread.id });
  return { thread: presentThread(summary), messages: messages.map((m) => presentMessage(m, userId)) };
}

/** Marks every message of one of the caller's threads read by them. */
export async function markThreadOpened(ctx: AppContext, actor: OrgActor, threadId: string): Promise<void> {
  const userId = signedInPerson(actor);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const thread = await getThread(trx, actor, threadId);
    await markThreadRead(trx, { orgId: actor.orgId, thread, userId });
  });
}

/** The caller's own threads in a class they see (a teacher sees their conversations, not a co-teacher's). */
export async function listClassThreads(
  ctx: AppContext,
  actor: OrgActor,
  classId: string,
): Promise<ThreadList> {
  const userId = signedInPerson(actor);
  const cls = await getVisibleClass(ctx.db.kysely, actor, classId);
  const rows = await listThreadsOf(ctx.db.kysely, { orgId: actor.orgId, userId, classId: cls.id });
  return { threads: rows.map(presentThread) };
}

async function getThread(db: Kysely<Database>, actor: OrgActor, threadId: string): Promise<ThreadRow> {
  const thread = await findThreadOf(db, { orgId: actor.orgId, threadId, userId: signedInPerson(actor) });
  if (!thread) throw new AppError('not_found', 'No such conversation');
  return thread;
}

/** Refuses (409) a thread whose two people are no longer both where it needs them. */
async function assertOpen(db: Kysely<Database>, actor: OrgActor, thread: ThreadRow): Promise<void> {
  const cls = await findClass(db, actor.orgId, thread.classId);
  const learnerIn = (await findClassRole(db, actor.orgId, thread.classId, thread.learnerId)) === 'learner';
  const staffRole = await findClassRole(db, actor.orgId, thread.classId, thread.teacherId);
  const staffIn = staffRole === 'teacher' || (actor.userId === thread.teacherId && actor.role === 'admin');
  if (!cls || !learnerIn || !staffIn) {
    throw new AppError('conflict', 'This conversation is closed: one of you is no longer in the class');
  }
}

/** The mail to the thread's other person about message `seq` (see message-mail.ts). */
function queueMessageMail(
  ctx: AppContext,
  trx: Kysely<Database>,
  orgId: string,
  thread: ThreadRow,
  senderId: string,
  seq: number,
): Promise<PostMail[]> {
  const recipientId = senderId === thread.teacherId ? thread.learnerId : thread.teacherId;
  const post = { kind: 'message', orgId, ref: String(seq), recipientIds: [recipientId] } as const;
  return queuePostMail(ctx, trx, post);
}
