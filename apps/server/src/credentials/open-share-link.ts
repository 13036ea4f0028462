import type { AwardedCredential, OpenedShare, SignedDocument } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { shareLinkState } from '@pathwise/core/achievements';
import type { Locale } from '@pathwise/core/identity';
import {
  findIssuedCredentials,
  findShareLinkByTokenHash,
  findUserById,
  type IssuedCredentialRow,
  recordShareLinkView,
} from '@pathwise/db';
import { hashToken } from '../identity/secret-token.ts';
import type { AppContext } from '../runtime/types.ts';
import { achievementNames, presentCredential } from './present-credential.ts';
import { readerWordsOf } from './reader-words.ts';
import { verifyAnyCredential } from './verify-any-credential.ts';

/**
 * A shared credential as anyone holding the link sees it: named by its public credential id (`urn:uuid:`, the one
 * inside the signed document), never by the stored row's id.
 */
export type SharedCredentialRecord = AwardedCredential & {
  document: SignedDocument;
  row: IssuedCredentialRow;
};

/** What opening a share link gives: the shared credentials (unverified yet), or why not. */
export type OpenedShareLink =
  | { status: 'expired' | 'revoked'; expiresAt: string }
  | {
      status: 'ok';
      /** The issuing organization, whose crosswalks an employer's match reads. */
      orgId: string;
      learnerName: string;
      expiresAt: string;
      credentials: SharedCredentialRecord[];
    };

/**
 * Opens a share link (anyone holding the token), and records the view. An unknown token is not found; an
 * expired or revoked link says so and shows nothing.
 */
export async function openShareLink(
  ctx: AppContext,
  token: string,
  viewer: string,
): Promise<OpenedShareLink> {
  const db = ctx.db.kysely;
  const link = await findShareLinkByTokenHash(db, hashToken(token));
  if (!link) throw new AppError('not_found', 'No such share link');
  const now = ctx.now();
  const expiresAt = link.expires_at.toISOString();
  const state = shareLinkState({ revokedAt: link.revoked_at, expiresAt: link.expires_at }, now);
  if (state !== 'active') return { status: state, expiresAt };
  await recordShareLinkView(db, link.id, viewer, now);
  const names = await achievementNames(db, link.org_id);
  const rows = await findIssuedCredentials(db, link.org_id, link.credential_ids);
  const learner = await findUserById(db, link.user_id);
  return {
    status: 'ok',
    orgId: link.org_id,
    learnerName: learner?.deleted_at ? '' : (learner?.name ?? ''),
    expiresAt,
    credentials: rows.map((r) => ({
      ...presentCredential(r, names, now),
      id: r.credential_id,
      document: r.document as SignedDocument,
      row: r,
    })),
  };
}

/**
 * Opens a share link for whoever holds it: the shared credentials, each verified now, with their criteria and skill
 * names in the reader's `language` (see readerWordsOf); or why not.
 */
export async function viewSharedRecord(
  ctx: AppContext,
  token: string,
  viewer: string,
  language: Locale,
): Promise<OpenedShare> {
  const opened = await openShareLink(ctx, token, viewer);
  if (opened.status !== 'ok') return opened;
  const words = await readerWordsOf(
    ctx.db.kysely,
    opened.orgId,
    opened.credentials.map((c) => c.row),
    language,
  );
  const credentials = [];
  for (const { row, ...c } of opened.credentials) {
    credentials.push({
      ...c,
      verification: await verifyAnyCredential(ctx, c.document),
      words: words.get(row.id) ?? { language, criteria: null, skills: {} },
    });
  }
  return { status: 'ok', learnerName: opened.learnerName, expiresAt: opened.expiresAt, credentials };
}
