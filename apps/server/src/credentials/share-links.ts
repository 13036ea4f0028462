import type { ShareLinkList, ShareLinkViews } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { shareLinkState } from '@pathwise/core/achievements';
import {
  findIssuedCredentials,
  insertShareLink,
  listShareLinks,
  listShareLinkViews,
  recordAudit,
  revokeShareLink,
} from '@pathwise/db';
import { hashToken, newSecretToken } from '../identity/secret-token.ts';
import type { AppContext } from '../runtime/types.ts';
import type { RecordOwner } from './learner-record.ts';

const MAX_DAYS = 365;

/**
 * Creates a share link for a chosen set of the learner's own credentials, expiring after `days`. The token is
 * returned once (only its hash is stored).
 */
export async function createShareLink(
  ctx: AppContext,
  input: {
    orgId: string;
    userId: string;
    credentialIds: string[];
    days: number;
    label: string;
    /** Only the demo seed chooses its (still unguessable) token. */
    token?: string;
  },
) {
  const ids = [...new Set(input.credentialIds)];
  if (ids.length === 0) throw new AppError('validation_failed', 'Choose at least one credential to share');
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_DAYS)
    throw new AppError('validation_failed', `A link lasts from 1 to ${MAX_DAYS} days`);
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const owned = await findIssuedCredentials(trx, input.orgId, ids);
    if (owned.length !== ids.length || owned.some((c) => c.user_id !== input.userId))
      throw new AppError('validation_failed', 'You can share only your own credentials');
    const token = input.token ?? newSecretToken('pws_');
    const now = ctx.now();
    const link = await insertShareLink(trx, {
      orgId: input.orgId,
      userId: input.userId,
      tokenHash: hashToken(token),
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
  });
}

/** The learner's share links, newest first, each with its state and how often it was opened. */
export async function listOwnShareLinks(ctx: AppContext, who: RecordOwner): Promise<ShareLinkList> {
  const now = ctx.now();
  const links = await listShareLinks(ctx.db.kysely, who.orgId, who.userId);
  return {
    links: links.map((l) => ({
      id: l.id,
      label: l.label,
      credentialIds: l.credential_ids,
      createdAt: l.created_at.toISOString(),
      expiresAt: l.expires_at.toISOString(),
      revokedAt: l.revoked_at?.toISOString() ?? null,
      state: shareLinkState({ revokedAt: l.revoked_at, expiresAt: l.expires_at }, now),
      views: Number(l.views ?? 0),
    })),
  };
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
