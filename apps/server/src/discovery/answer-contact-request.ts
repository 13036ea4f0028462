import type { ReceivedContactRequest, ReceivedContactRequestList } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { canAnswerContactRequest, discoverableCredentials } from '@pathwise/core/employer-match';
import {
  answerContactRequest,
  type Database,
  findDiscoverySettings,
  findReceivedContactRequest,
  listLearnerCredentials,
  listReceivedContactRequests,
  recordAudit,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { RecordOwner } from '../credentials/learner-record.ts';
import { credentialStateOf } from '../credentials/present-credential.ts';
import { insertOwnShareLink } from '../credentials/share-links.ts';
import type { AppContext } from '../runtime/types.ts';

/** How long the share link made on accepting lasts; the learner can revoke it any time from their record. */
export const ACCEPTED_LINK_DAYS = 30;

/** The contact requests the learner received, newest first: who asks (name and organization), why, and the answer. */
export async function listReceivedRequests(
  ctx: AppContext,
  who: RecordOwner,
): Promise<ReceivedContactRequestList> {
  const rows = await listReceivedContactRequests(ctx.db.kysely, { orgId: who.orgId, learnerId: who.userId });
  return { requests: rows.map(presentReceived) };
}

/**
 * The learner accepts a pending contact request: a share link of the credentials they made discoverable (those
 * active now) is made for {@link ACCEPTED_LINK_DAYS} days and the employer sees its address; one transaction,
 * audited as `contact_request.accepted` (and `share_link.created`).
 */
export async function acceptContactRequest(
  ctx: AppContext,
  who: RecordOwner,
  id: string,
): Promise<ReceivedContactRequest> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await pendingRequest(trx, who, id);
    const settings = await findDiscoverySettings(trx, who.orgId, who.userId);
    const now = ctx.now();
    const held = (await listLearnerCredentials(trx, who.orgId, who.userId)).map((r) => ({
      id: r.id,
      state: credentialStateOf(r, now),
    }));
    const shared = discoverableCredentials(settings?.credential_ids ?? [], held);
    if (shared.length === 0)
      throw new AppError(
        'conflict',
        'None of the credentials you made discoverable is active: choose one to share, then accept',
      );
    const [employer] = await listReceivedContactRequests(trx, { ...learnerOf(who), id });
    const { link } = await insertOwnShareLink(ctx, trx, {
      orgId: who.orgId,
      userId: who.userId,
      credentialIds: shared.map((c) => c.id),
      days: ACCEPTED_LINK_DAYS,
      label: `Contact request from ${employer?.employer_name || 'an employer'}`.slice(0, 100),
    });
    return answer(trx, ctx, who, { id, status: 'accepted', shareLinkId: link.id });
  });
}

/** The learner declines a pending contact request: the employer sees "declined" and nothing else. */
export async function declineContactRequest(
  ctx: AppContext,
  who: RecordOwner,
  id: string,
): Promise<ReceivedContactRequest> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await pendingRequest(trx, who, id);
    return answer(trx, ctx, who, { id, status: 'declined', shareLinkId: null });
  });
}

const learnerOf = (who: RecordOwner) => ({ orgId: who.orgId, learnerId: who.userId });

/** One of the learner's requests, locked, that is still pending: 404 when not theirs, 409 when answered. */
async function pendingRequest(trx: Kysely<Database>, who: RecordOwner, id: string): Promise<void> {
  const row = await findReceivedContactRequest(trx, { ...learnerOf(who), id });
  if (!row) throw new AppError('not_found', 'No such contact request');
  if (!canAnswerContactRequest(row.status))
    throw new AppError('conflict', `This contact request is already ${row.status}`);
}

async function answer(
  trx: Kysely<Database>,
  ctx: AppContext,
  who: RecordOwner,
  input: { id: string; status: 'accepted' | 'declined'; shareLinkId: string | null },
): Promise<ReceivedContactRequest> {
  const row = await answerContactRequest(trx, { ...learnerOf(who), ...input, now: ctx.now() });
  if (!row) throw new AppError('conflict', 'This contact request is already answered');
  await recordAudit(trx, {
    orgId: who.orgId,
    actorUserId: who.userId,
    action: input.status === 'accepted' ? 'contact_request.accepted' : 'contact_request.declined',
    targetType: 'contact_request',
    targetId: input.id,
  });
  const [answered] = await listReceivedContactRequests(trx, { ...learnerOf(who), id: input.id });
  return presentReceived(answered!);
}

type ReceivedRow = Awaited<ReturnType<typeof listReceivedContactRequests>>[number];

function presentReceived(r: ReceivedRow): ReceivedContactRequest {
  return {
    id: r.id,
    employerName: r.employer_name,
    organizationName: r.organization_name,
    jobName: r.job_name,
    message: r.message,
    status: r.status,
    createdAt: r.created_at.toISOString(),
    answeredAt: r.answered_at?.toISOString() ?? null,
    shareLinkId: r.share_link_id,
  };
}
