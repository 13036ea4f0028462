import { AppError } from '@pathwise/core';
import {
  findIssuedCredentials,
  findShareLinkByTokenHash,
  findUserById,
  type IssuedCredentialRow,
  insertShareLink,
  listAchievements,
  recordAudit,
  recordShareLinkView,
} from '@pathwise/db';
import { hashToken, newSecretToken } from '../identity/secret-token.ts';
import type { AppContext } from '../types.ts';
import { presentCredential } from './learner-record.ts';

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

/** What opening a share link gives: the shared credentials, or why not. */
export type OpenedShare =
  | { status: 'expired' | 'revoked'; expiresAt: string }
  | {
      status: 'ok';
      orgId: string;
      learnerName: string;
      expiresAt: string;
      credentials: SharedCredential[];
    };

/**
 * A shared credential as anyone holding the link sees it: named by its public credential id (`urn:uuid:`, the one
 * inside the signed document), never by the stored row's id.
 */
export type SharedCredential = ReturnType<typeof presentCredential> & { document: Record<string, unknown> };

function presentShared(
  row: IssuedCredentialRow,
  names: ReadonlyMap<string, string>,
  now: Date,
): SharedCredential {
  return { ...presentCredential(row, names, now), id: row.credential_id, document: row.document };
}

/**
 * Opens a share link (anyone holding the token), and records the view. An unknown token is not found; an
 * expired or revoked link says so and shows nothing.
 */
export async function openShareLink(ctx: AppContext, token: string, viewer: string): Promise<OpenedShare> {
  const db = ctx.db.kysely;
  const link = await findShareLinkByTokenHash(db, hashToken(token));
  if (!link) throw new AppError('not_found', 'No such share link');
  const now = ctx.now();
  const expiresAt = link.expires_at.toISOString();
  if (link.revoked_at) return { status: 'revoked', expiresAt };
  if (link.expires_at <= now) return { status: 'expired', expiresAt };
  await recordShareLinkView(db, link.id, viewer, now);
  const names = new Map((await listAchievements(db, link.org_id)).map((a) => [a.id, a.name]));
  const rows = await findIssuedCredentials(db, link.org_id, link.credential_ids);
  const learner = await findUserById(db, link.user_id);
  return {
    status: 'ok',
    orgId: link.org_id,
    learnerName: learner?.deleted_at ? '' : (learner?.name ?? ''),
    expiresAt,
    credentials: rows.map((r) => presentShared(r, names, now)),
  };
}
