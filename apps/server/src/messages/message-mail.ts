import {
  type Database,
  type Db,
  findAnnouncementMailData,
  findMessageMailData,
  findUserById,
  findUserSettings,
  listMessageMailRecipients,
  listReceivedContactRequests,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { findJobQueue, type JobDefinition } from '../jobs/job-queue.ts';
import { type Mailer, type MailMessage, sendInBackground } from '../mail/mailer.ts';
import { contactRequestMail, newMessageMail } from '../mail/messages.ts';
import type { AppContext } from '../runtime/types.ts';

/** The queue of mails about new messages and announcements: one job per mail. */
export const MESSAGE_MAIL_JOB = 'message-mail';

/** A logger, as a request gives one. */
export interface Log {
  error(obj: object, msg: string): void;
}

/**
 * One mail to send: which post (an announcement's id, a message's seq, a contact request's id) and to whom. Ids
 * only, never the text.
 */
export interface PostMail {
  kind: 'announcement' | 'message' | 'contact-request';
  orgId: string;
  ref: string;
  userId: string;
}

/**
 * Inside the post's transaction: one mail for each recipient who turned on "e-mail me new messages and
 * announcements". With the job queue running each is a job stored with the post (or not at all when it rolls
 * back), sent and retried by a worker; otherwise (no queue in this process) they are answered, for
 * {@link sendPostMailNow} once the post is committed.
 */
export async function queuePostMail(
  ctx: AppContext,
  trx: Kysely<Database>,
  post: Omit<PostMail, 'userId'> & { recipientIds: readonly string[] },
): Promise<PostMail[]> {
  const { recipientIds, ...what } = post;
  const mails = (await listMessageMailRecipients(trx, recipientIds)).map((r) => ({
    ...what,
    userId: r.userId,
  }));
  const queue = findJobQueue(ctx.db);
  if (!queue) return mails;
  for (const mail of mails) await queue.enqueue(trx, MESSAGE_MAIL_JOB, mail);
  return [];
}

/**
 * After the commit: hands the mails no queue took to the mailer, which sends them in the background; a failed or
 * slow mail server never fails the post (it is logged).
 */
export async function sendPostMailNow(ctx: AppContext, mails: readonly PostMail[], log: Log): Promise<void> {
  for (const mail of mails) {
    try {
      const message = await composePostMail(ctx.db.kysely, mail, ctx.config.publicUrl);
      if (message) sendInBackground(ctx.mailer, message, log);
    } catch (error) {
      log.error(
        { err: { message: error instanceof Error ? error.message : String(error) } },
        'mail not sent',
      );
    }
  }
}

/**
 * The mail about one post to one person, in their language, or null when the post or the person is gone or they
 * turned the setting off meanwhile. It holds the sender's display name, the class, the text and where to read it;
 * no sign-in link or token.
 */
export async function composePostMail(
  db: Kysely<Database>,
  mail: PostMail,
  publicUrl: string,
): Promise<MailMessage | null> {
  const person = await findUserById(db, mail.userId);
  if (!person || person.deleted_at || !(await findUserSettings(db, mail.userId)).emailMessages) return null;
  if (mail.kind === 'contact-request') {
    const [request] = await listReceivedContactRequests(db, {
      orgId: mail.orgId,
      learnerId: mail.userId,
      id: mail.ref,
    });
    // NOTE: an answered request needs no mail (the learner answered before it went out).
    if (request?.status !== 'pending') return null;
    return contactRequestMail({
      to: person.email,
      locale: person.locale,
      employerName: request.employer_name,
      organizationName: request.organization_name,
      jobName: request.job_name,
      message: request.message,
      url: `${publicUrl}/o/${request.organization_slug}/record`,
    });
  }
  const post =
    mail.kind === 'announcement'
      ? await findAnnouncementMailData(db, mail.orgId, mail.ref)
      : await findMessageMailData(db, mail.orgId, Number(mail.ref));
  if (!post) return null;
  return newMessageMail({
    ...post,
    kind: mail.kind,
    to: person.email,
    locale: person.locale,
    url: publicUrl,
  });
}

/** The mail job: one mail per job, so a retry after a failed send re-sends that mail only. */
export function messageMailJobs(deps: { db: Db; mailer: Mailer; publicUrl: string }): JobDefinition[] {
  return [
    {
      name: MESSAGE_MAIL_JOB,
      async handle(data) {
        const { kind, orgId, ref, userId } = data;
        if (
          (kind !== 'announcement' && kind !== 'message' && kind !== 'contact-request') ||
          typeof orgId !== 'string' ||
          typeof ref !== 'string' ||
          typeof userId !== 'string'
        ) {
          throw new Error('bad job data');
        }
        const mail = await composePostMail(deps.db.kysely, { kind, orgId, ref, userId }, deps.publicUrl);
        if (mail) await deps.mailer.send(mail);
      },
    },
  ];
}
