import type { CredentialShowcase } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { shareLinkState } from '@pathwise/core/achievements';
import { isLocale, type Locale } from '@pathwise/core/identity';
import { findUserById, type IssuedCredentialRow, listShareLinks } from '@pathwise/db';
import type { AppContext } from '../runtime/types.ts';
import { badgeImage } from './badge-image.ts';
import { certificateStrings } from './certificate-strings.ts';
import { credentialWords } from './credential-words.ts';
import type { RecordOwner } from './learner-record.ts';
import { ownCredential } from './own-credential-files.ts';
import { credentialStateOf } from './present-credential.ts';
import { unsealShareToken } from './share-link-token.ts';
import { createShareLink, shareLinkUrl } from './share-links.ts';

/** How long a showcase link made now works: the longest a share link may. */
const LINK_DAYS = 365;
/** A link of the credential alone is reused while it still works this long; else a new one is made. */
const MIN_DAYS_LEFT = 180;
const DAY_MS = 86_400_000;
const LABEL_MAX = 100;

/** The share link a certificate's QR code, a LinkedIn entry and an embedded badge point to. */
export interface ShowcaseLink {
  id: string;
  token: string;
  url: string;
  expiresAt: Date;
}

/**
 * One of the learner's credentials that may be shown off: theirs (else 404) and active (else 409 naming why: a
 * revoked or expired credential vouches for nothing, and a certificate of it would mislead).
 */
export async function ownActiveCredential(
  ctx: AppContext,
  who: RecordOwner,
  id: string,
): Promise<IssuedCredentialRow> {
  const row = await ownCredential(ctx, who, id);
  const state = credentialStateOf(row, ctx.now());
  if (state === 'revoked')
    throw new AppError('conflict', 'This credential was revoked: it cannot be shown off any more');
  if (state === 'expired')
    throw new AppError(
      'conflict',
      `This credential expired on ${row.valid_until?.toISOString().slice(0, 10)}: it cannot be shown off any more`,
    );
  return row;
}

/**
 * The public verification address of one credential: a share link of that credential alone (a stranger can open
 * it; `/verify` alone needs the file). NOTE: reused while it works at least 180 more days, so that downloading the
 * certificate again, or asking for the LinkedIn link, does not pile up links; otherwise a new one for 365 days
 * (the longest a link may last), audited as any share link, in the learner's list where they can revoke it.
 */
export async function showcaseLink(
  ctx: AppContext,
  who: RecordOwner,
  row: IssuedCredentialRow,
  label: string,
): Promise<ShowcaseLink> {
  const now = ctx.now();
  const reusable = (await listShareLinks(ctx.db.kysely, who.orgId, who.userId))
    .filter(
      (l) =>
        l.credential_ids.length === 1 &&
        l.credential_ids[0] === row.id &&
        shareLinkState({ revokedAt: l.revoked_at, expiresAt: l.expires_at }, now) === 'active' &&
        l.expires_at.getTime() - now.getTime() >= MIN_DAYS_LEFT * DAY_MS,
    )
    .sort((a, b) => b.expires_at.getTime() - a.expires_at.getTime());
  for (const link of reusable) {
    const token = link.sealed_token ? unsealShareToken(ctx.config, link.sealed_token, link.token_hash) : null;
    if (token)
      return {
        id: link.id,
        token,
        url: shareLinkUrl(ctx.config.publicUrl, token),
        expiresAt: link.expires_at,
      };
  }
  const { link, token } = await createShareLink(ctx, {
    ...who,
    credentialIds: [row.id],
    days: LINK_DAYS,
    label: label.slice(0, LABEL_MAX),
  });
  return { id: link.id, token, url: shareLinkUrl(ctx.config.publicUrl, token), expiresAt: link.expires_at };
}

/**
 * LinkedIn's documented add-to-profile link for a certification: the learner opens it and LinkedIn's own form
 * comes filled in (this server calls nothing). Dates are the months of the credential's dates in UTC.
 *
 * @example
 * linkedInAddUrl({ name: 'Adding integers', organizationName: 'Demo School', issuedAt, validUntil: null,
 *   certUrl: 'https://pathwise.example/verify/share/pws_…', certId: 'urn:uuid:…' });
 * // 'https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=Adding+integers&…'
 */
export function linkedInAddUrl(input: {
  name: string;
  organizationName: string;
  issuedAt: Date;
  validUntil: Date | null;
  certUrl: string;
  certId: string;
}): string {
  const params = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: input.name,
    organizationName: input.organizationName,
    issueYear: String(input.issuedAt.getUTCFullYear()),
    issueMonth: String(input.issuedAt.getUTCMonth() + 1),
  });
  if (input.validUntil) {
    params.set('expirationYear', String(input.validUntil.getUTCFullYear()));
    params.set('expirationMonth', String(input.validUntil.getUTCMonth() + 1));
  }
  params.set('certUrl', input.certUrl);
  params.set('certId', input.certId);
  return `https://www.linkedin.com/profile/add?${params}`;
}

/** The public address of a shared credential's badge image (behind the share link's token, never a bare id). */
export function sharedBadgeUrl(publicUrl: string, token: string, credentialId: string): string {
  return `${publicUrl}/api/share/${token}/badges/${credentialId.replace(/^urn:uuid:/, '')}`;
}

/** The language the learner's account reads. */
export async function learnerLocale(ctx: AppContext, userId: string): Promise<Locale> {
  const locale = (await findUserById(ctx.db.kysely, userId))?.locale ?? 'en';
  return isLocale(locale) ? locale : 'en';
}

/**
 * What the learner needs to show one active credential off: its verification address (a share link made or
 * reused, see {@link showcaseLink}), LinkedIn's add-to-profile link, and its badge image's public address.
 */
export async function ownCredentialShowcase(
  ctx: AppContext,
  who: RecordOwner,
  id: string,
): Promise<CredentialShowcase> {
  const row = await ownActiveCredential(ctx, who, id);
  const language = await learnerLocale(ctx, who.userId);
  const words = credentialWords(row.document, '', language);
  const strings = certificateStrings(language);
  const link = await showcaseLink(ctx, who, row, strings.linkLabel(words.achievementName));
  return {
    verificationUrl: link.url,
    shareLinkId: link.id,
    expiresAt: link.expiresAt.toISOString(),
    linkedInUrl: linkedInAddUrl({
      name: words.achievementName,
      organizationName: words.issuerName,
      issuedAt: row.issued_at,
      validUntil: row.valid_until,
      certUrl: link.url,
      certId: row.credential_id,
    }),
    badgeImageUrl: badgeImage(row.document)
      ? sharedBadgeUrl(ctx.config.publicUrl, link.token, row.credential_id)
      : null,
    achievementName: words.achievementName,
    issuerName: words.issuerName,
  };
}
