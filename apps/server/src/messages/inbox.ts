import type { Inbox, MySettings } from '@pathwise/contracts';
import { findUserSettings, listLearnerAnnouncements, listThreadsOf, saveUserSettings } from '@pathwise/db';
import type { OrgActor } from '../identity/actor.ts';
import type { AppContext } from '../runtime/types.ts';
import { presentAnnouncement, presentThread, signedInPerson } from './present.ts';

/**
 * The caller's inbox in an organization: the latest announcements of the classes they learn in, and their threads
 * (as learner or staff), with how many of each they have not opened.
 */
export async function readInbox(ctx: AppContext, actor: OrgActor): Promise<Inbox> {
  const userId = signedInPerson(actor);
  const db = ctx.db.kysely;
  const announcements = await listLearnerAnnouncements(db, { orgId: actor.orgId, userId, limit: 20 });
  const threads = await listThreadsOf(db, { orgId: actor.orgId, userId, limit: 50 });
  return {
    announcements: announcements.map(presentAnnouncement),
    threads: threads.map(presentThread),
    unread: {
      announcements: announcements.filter((a) => !a.read).length,
      messages: threads.reduce((sum, t) => sum + t.unread, 0),
    },
  };
}

/** The signed-in person's own settings. */
export async function getMySettings(ctx: AppContext, userId: string): Promise<MySettings> {
  return findUserSettings(ctx.db.kysely, userId);
}

/** Saves the signed-in person's own settings and answers them as stored. */
export async function saveMySettings(
  ctx: AppContext,
  userId: string,
  settings: MySettings,
): Promise<MySettings> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await saveUserSettings(trx, { userId, settings, at: ctx.now() });
    return findUserSettings(trx, userId);
  });
}
