import { AppError } from '@pathwise/core';
import { shareLinkState } from '@pathwise/core/achievements';
import { findIssuedCredentials, findShareLinkByTokenHash } from '@pathwise/db';
import { hashToken } from '../identity/secret-token.ts';
import type { AppContext } from '../runtime/types.ts';
import { type BadgeImage, badgeImage } from './badge-image.ts';
import { credentialStateOf } from './present-credential.ts';

/**
 * The badge image of a credential shared through a link, for anyone holding the link (an embedded badge on the
 * learner's site): only while the link works and the credential is active (a badge of a revoked or expired one
 * would mislead), only for a credential the link shares, named by its public `urn:uuid:`. NOTE: no view is
 * recorded: every visit to a page that embeds the badge fetches it, and the view log is of people opening the link.
 */
export async function sharedBadgeImage(
  ctx: AppContext,
  token: string,
  credentialUuid: string,
): Promise<BadgeImage> {
  const db = ctx.db.kysely;
  const link = await findShareLinkByTokenHash(db, hashToken(token));
  if (!link) throw new AppError('not_found', 'No such share link');
  const now = ctx.now();
  const state = shareLinkState({ revokedAt: link.revoked_at, expiresAt: link.expires_at }, now);
  if (state !== 'active')
    throw new AppError(
      'gone',
      state === 'revoked' ? 'This share link was revoked' : 'This share link expired',
    );
  const wanted = `urn:uuid:${credentialUuid.toLowerCase()}`;
  const row = (await findIssuedCredentials(db, link.org_id, link.credential_ids)).find(
    (r) => r.credential_id.toLowerCase() === wanted,
  );
  if (!row) throw new AppError('not_found', 'This share link shares no such credential');
  const credentialState = credentialStateOf(row, now);
  if (credentialState !== 'active') throw new AppError('gone', `This credential is ${credentialState}`);
  const image = badgeImage(row.document);
  if (!image) throw new AppError('not_found', 'This credential has no badge image');
  return image;
}
