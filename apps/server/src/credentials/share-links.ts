import type { ShareLinkList, ShareLinkSummary, ShareLinkViews } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { shareLinkState } from '@pathwise/core/achievements';
import {
  countShareLinkViews,
  type Database,
  findIssuedCredentials,
  insertShareLink,
  listShareLinks,
  listShareLinkViews,
  recordAudit,
  renameShareLink,
  revokeShareLink,
  type ShareLinkRow,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { hashToken, newSecretToken } from '../identity/secret-token.ts';
import type { AppContext } from '../runtime/types.ts';
import type { RecordOwner } from './learner-record.ts';
import { sealShareToken, unsealShareToken } from './share-link-token.ts';

const MAX_DAYS = 365;
const MAX_LABEL = 100;

/** The address a share link's visitor opens. */
export function shareLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/verify/share/${token}`;
}

/** What a new share link is made of: the learner's own credentials, how long it lasts, and the learner's label. */
export interface ShareLinkInput {
  orgId: string;
  userId: string;
  credentialIds: string[];
  days: number;
  label: string;
  /** Only the demo seed chooses its (still unguessable) token. */
  token?: string;
}

/**
 * Creates a share link for a chosen set of the learner's own credentials, expiring after `days`. The token is
 * found by its hash; it is also kept sealed (`share-link-token.ts`) so that its owner, and only its owner, can
 * copy the link again from their list.
 */
export async function createShareLink(ctx: AppContext, input: ShareLinkInput) {
  return ctx.db.kysely.transaction().execute((trx) => insertOwnShareLink(ctx, trx, input));
}

/**
 * {@link createShareLink} inside the caller's transaction (accepting a contact request makes the link and records
 * the answer together); audited as `share_link.created`.
 */
export async function insertOwnShareLink(ctx: AppContext, trx: Kysely<Database>, input: ShareLinkInput) {
  const ids = [...new Set(input.credentialIds)];
  if (ids.length === 0) throw new AppError('validation_failed', 'Choose at least one credential to share');
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_DAYS)
    throw new AppError('validation_failed', `A link lasts from 1 to ${MAX_DAYS} days`);
  const owned = await findIssuedCredentials(trx, input.orgId, ids);
  if (owned.length !== ids.length || owned.some((c) => c.user_id !== input.userId))
    throw new AppError('validation_failed', 'You can share only your own credentials');
  const token = input.token ?? newSecretToken('pws_');
  const now = ctx.now();
  const link = await insertShareLink(trx, {
    orgId: input.orgId,
    userId: input.userId,
    tokenHash: hashToken(token),
    sealedToken: sealShareToken(ctx.config, token),
    label: input.label,
    credentialIds: ids,
    expiresAt: new Date(now.getTime() + input.days * 86_400_000),
    now,
  });
  await recordAudit(trx, {
    orgId: input.orgId,
    actorUserId: input.userId,
    action: 'share_link.created',
    targetType: 'share_link',
    targetId: link.id,
    details: { credentials: ids.length, days: input.days },
  });
  return { link, token };
}

/** The learner's share links, newest first, each with its state, its views and, while active, its address. */
export async function listOwnShareLinks(ctx: AppContext, who: RecordOwner): Promise<ShareLinkList> {
  const links = await listShareLinks(ctx.db.kysely, who.orgId, who.userId);
  return { links: links.map((l) => presentOwnShareLink(ctx, l, Number(l.views ?? 0))) };
}

/**
 * One of the learner's share links as its owner sees it. The address is there only while the link is active and
 * its token could be unsealed (links made before migration 0021 have none); callers hand it to the owner only.
 */
function presentOwnShareLink(ctx: AppContext, l: ShareLinkRow, views: number): ShareLinkSummary {
  const state = shareLinkState({ revokedAt: l.revoked_at, expiresAt: l.expires_at }, ctx.now());
  const token =
    state === 'active' && l.sealed_token ? unsealShareToken(ctx.config, l.sealed_token, l.token_hash) : null;
  return {
    id: l.id,
    label: l.label,
    credentialIds: l.credential_ids,
    createdAt: l.created_at.toISOString(),
    expiresAt: l.expires_at.toISOString(),
    revokedAt: l.revoked_at?.toISOString() ?? null,
    state,
    views,
    url: token ? shareLinkUrl(ctx.config.publicUrl, token) : null,
  };
}

/**
 * Renames one of the learner's share links (trimmed, 1 to 100 characters), audited; not found when it is not
 * theirs. The label is the owner's own note: visitors of the link never see it.
 */
export async function renameOwnShareLink(
  ctx: AppContext,
  who: RecordOwner,
  id: string,
  label: string,
): Promise<ShareLinkSummary> {
  const trimmed = label.trim();
  if (trimmed.length < 1 || trimmed.length > MAX_LABEL)
    throw new AppError('validation_failed', `A label has 1 to ${MAX_LABEL} characters`, [
      { field: 'body/label', message: `must have 1 to ${MAX_LABEL} characters besides spaces` },
    ]);
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const row = await renameShareLink(trx, { ...who, id, label: trimmed });
    if (!row) throw new AppError('not_found', 'No such share link');
    await recordAudit(trx, {
      orgId: who.orgId,
      actorUserId: who.userId,
      action: 'share_link.renamed',
      targetType: 'share_link',
      targetId: id,
    });
    return presentOwnShareLink(ctx, row, await countShareLinkViews(trx, id));
  });
}

/** Revokes one of the learner's active share links, audited; not found when there is no such active link. */
export async function revokeOwnShareLink(ctx: AppContext, who: RecordOwner, id: string): Promise<void> {
  const now = ctx.now();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    if (!(await revokeShareLink(trx, { ...who, id, now })))
      throw new AppError('not_found', 'No such active share link');
    await recordAudit(trx, {
      orgId: who.orgId,
      actorUserId: who.userId,
      action: 'share_link.revoked',
      targetType: 'share_link',
      targetId: id,
    });
  });
}

/** When one of the learner's share links was opened, and by whom. */
export async function ownShareLinkViews(
  ctx: AppContext,
  who: RecordOwner,
  id: string,
): Promise<ShareLinkViews> {
  const own = await listShareLinks(ctx.db.kysely, who.orgId, who.userId);
  if (!own.some((l) => l.id === id)) throw new AppError('not_found', 'No such share link');
  const views = await listShareLinkViews(ctx.db.kysely, { ...who, id });
  return { views: views.map((v) => ({ viewedAt: v.viewed_at.toISOString(), viewer: v.viewer })) };
}
