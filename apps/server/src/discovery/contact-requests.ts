import type { ContactRequestBody, SentContactRequest, SentContactRequestList } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { shareLinkState } from '@pathwise/core/achievements';
import { CONTACT_REQUESTS_PER_DAY } from '@pathwise/core/employer-match';
import {
  countContactRequestsSince,
  findJobProfile,
  hasPendingContactRequest,
  insertContactRequest,
  isUniqueViolation,
  listSentContactRequests,
  recordAudit,
} from '@pathwise/db';
import { unsealShareToken } from '../credentials/share-link-token.ts';
import { shareLinkUrl } from '../credentials/share-links.ts';
import { type Log, queuePostMail, sendPostMailNow } from '../messages/message-mail.ts';
import type { AppContext } from '../runtime/types.ts';
import { findCandidate } from './discoverable-learners.ts';
import type { EmployerActor } from './find-candidates.ts';

const DAY_MS = 86_400_000;

/**
 * The one answer for a candidate an employer cannot reach: a pseudonym that never existed, one of another
 * employer, or a learner who is not (or no longer) discoverable all get exactly this, so nothing tells them apart.
 */
const noSuchCandidate = () =>
  new AppError('not_found', 'No such candidate', [
    { field: 'body/candidate', message: 'is not a discoverable candidate of your searches' },
  ]);

/**
 * An employer asks a candidate of their search for contact, with a short message (trimmed; the schema caps its
 * length): stored as pending for the learner to accept or decline, audited as `contact_request.sent`. At most
 * {@link CONTACT_REQUESTS_PER_DAY} a day per employer (429), one pending request per pseudonym (409); a candidate
 * who is not discoverable is the same 404 as one that never existed, and nothing is written.
 */
export async function sendContactRequest(
  ctx: AppContext,
  employer: EmployerActor,
  body: ContactRequestBody,
  log: Log,
): Promise<SentContactRequest> {
  const now = ctx.now();
  const message = body.message.trim();
  try {
    const { request, mails } = await ctx.db.kysely.transaction().execute(async (trx) => {
      const sent = await countContactRequestsSince(trx, {
        orgId: employer.orgId,
        employerId: employer.userId,
        since: new Date(now.getTime() - DAY_MS),
      });
      if (sent >= CONTACT_REQUESTS_PER_DAY)
        throw new AppError(
          'rate_limited',
          `You sent ${CONTACT_REQUESTS_PER_DAY} contact requests in the last 24 hours; try again tomorrow`,
        );
      let jobName = '';
      if (body.profileId !== undefined) {
        const profile = await findJobProfile(trx, employer.orgId, body.profileId);
        if (!profile)
          throw new AppError('not_found', 'No such job profile', [
            { field: 'body/profileId', message: 'is not a job profile of this organization' },
          ]);
        jobName = profile.name;
      }
      const learner = await findCandidate(trx, {
        orgId: employer.orgId,
        employerId: employer.userId,
        pseudonym: body.candidate,
        now,
      });
      if (!learner) throw noSuchCandidate();
      const asked = { orgId: employer.orgId, employerId: employer.userId, candidate: body.candidate };
      if (await hasPendingContactRequest(trx, asked)) throw alreadyAsked();
      const row = await insertContactRequest(trx, {
        ...asked,
        learnerId: learner.userId,
        jobName,
        message,
        now,
      });
      await recordAudit(trx, {
        orgId: employer.orgId,
        actorUserId: employer.userId,
        action: 'contact_request.sent',
        targetType: 'contact_request',
        targetId: row.id,
      });
      // The learner hears of it by e-mail too when they asked for mail about new messages (their setting).
      const mails = await queuePostMail(ctx, trx, {
        kind: 'contact-request',
        orgId: employer.orgId,
        ref: row.id,
        recipientIds: [learner.userId],
      });
      const request: SentContactRequest = {
        id: row.id,
        candidate: row.candidate,
        jobName: row.job_name,
        message: row.message,
        status: row.status,
        createdAt: row.created_at.toISOString(),
        answeredAt: null,
        shareUrl: null,
      };
      return { request, mails };
    });
    await sendPostMailNow(ctx, mails, log);
    return request;
  } catch (error) {
    // Two requests at once: the unique index keeps one pending request per employer and pseudonym.
    if (isUniqueViolation(error)) throw alreadyAsked();
    throw error;
  }
}

const alreadyAsked = () =>
  new AppError('conflict', 'You already asked this candidate; wait for their answer', [
    { field: 'body/candidate', message: 'has a pending contact request of yours' },
  ]);

/**
 * The employer's contact requests, newest first: pending, declined (nothing more), or accepted with the address
 * of the share link the learner made, while that link is active.
 */
export async function listOwnContactRequests(
  ctx: AppContext,
  employer: EmployerActor,
): Promise<SentContactRequestList> {
  const rows = await listSentContactRequests(ctx.db.kysely, {
    orgId: employer.orgId,
    employerId: employer.userId,
  });
  const now = ctx.now();
  return {
    requests: rows.map((r) => {
      const open =
        r.status === 'accepted' &&
        r.token_hash !== null &&
        r.sealed_token !== null &&
        r.expires_at !== null &&
        shareLinkState({ revokedAt: r.revoked_at, expiresAt: r.expires_at }, now) === 'active';
      // NOTE: the sealed token was kept for the link's owner; the learner who accepted hands it to this employer.
      const token = open ? unsealShareToken(ctx.config, r.sealed_token!, r.token_hash!) : null;
      return {
        id: r.id,
        candidate: r.candidate,
        jobName: r.job_name,
        message: r.message,
        status: r.status,
        createdAt: r.created_at.toISOString(),
        answeredAt: r.answered_at?.toISOString() ?? null,
        shareUrl: token ? shareLinkUrl(ctx.config.publicUrl, token) : null,
      };
    }),
  };
}
