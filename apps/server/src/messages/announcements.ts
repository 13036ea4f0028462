import type { AnnouncementInput, AnnouncementList, Posted } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import {
  classLearnerIds,
  findLearnerAnnouncementClass,
  insertAnnouncement,
  listClassAnnouncements,
  markAnnouncementRead,
} from '@pathwise/db';
import { getVisibleClass } from '../classes/class-access.ts';
import type { OrgActor } from '../identity/actor.ts';
import type { AppContext } from '../runtime/types.ts';
import { type Log, queuePostMail, sendPostMailNow } from './message-mail.ts';
import { presentAnnouncement, signedInPerson } from './present.ts';

/**
 * Posts an announcement to every learner of a class the caller teaches (or, for an administrator, any class of the
 * organization). The text is stored as typed; learners with the mail setting on are e-mailed
 * (message-mail.ts).
 */
export async function postAnnouncement(
  ctx: AppContext,
  actor: OrgActor,
  input: { classId: string; body: AnnouncementInput },
  log: Log,
): Promise<Posted> {
  const authorId = signedInPerson(actor);
  const { posted, mails } = await ctx.db.kysely.transaction().execute(async (trx) => {
    const cls = await getVisibleClass(trx, actor, input.classId);
    const posted = await insertAnnouncement(trx, {
      orgId: actor.orgId,
      classId: cls.id,
      authorId,
      subject: input.body.subject?.trim() ?? '',
      body: input.body.body,
      at: ctx.now(),
    });
    const recipientIds = await classLearnerIds(trx, actor.orgId, cls.id);
    const post = { kind: 'announcement', orgId: actor.orgId, ref: posted.id, recipientIds } as const;
    return { posted, mails: await queuePostMail(ctx, trx, post) };
  });
  await sendPostMailNow(ctx, mails, log);
  return { id: posted.id };
}

/** The announcements of a class the caller sees, newest first. */
export async function listAnnouncementsOfClass(
  ctx: AppContext,
  actor: OrgActor,
  classId: string,
): Promise<AnnouncementList> {
  const cls = await getVisibleClass(ctx.db.kysely, actor, classId);
  const rows = await listClassAnnouncements(ctx.db.kysely, { orgId: actor.orgId, classId: cls.id });
  return { announcements: rows.map(presentAnnouncement) };
}

/** Marks an announcement read by a learner of its class; anyone else gets "No such announcement". */
export async function markAnnouncementOpened(
  ctx: AppContext,
  actor: OrgActor,
  announcementId: string,
): Promise<void> {
  const userId = signedInPerson(actor);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const input = { orgId: actor.orgId, announcementId, userId };
    if (!(await findLearnerAnnouncementClass(trx, input))) {
      throw new AppError('not_found', 'No such announcement');
    }
    await markAnnouncementRead(trx, { ...input, at: ctx.now() });
  });
}
