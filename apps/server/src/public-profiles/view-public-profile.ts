import type { PublicProfile, PublicProfileCredential } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { signedAchievementText } from '@pathwise/core/achievements';
import type { Locale } from '@pathwise/core/identity';
import { findIssuedCredentials, findOpenPublicProfile, type IssuedCredentialRow } from '@pathwise/db';
import { badgeImage } from '../credentials/badge-image.ts';
import { credentialStateOf } from '../credentials/present-credential.ts';
import { verifyAnyCredential } from '../credentials/verify-any-credential.ts';
import type { AppContext } from '../runtime/types.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/**
 * What a credential certifies, as its signed document says it (the achievement's name and description, its image
 * when it carries one as a checked `data:` URI); never its subject, identifier or evidence, which name the learner.
 */
function whatItCertifies(
  row: IssuedCredentialRow,
  language: Locale,
): Pick<PublicProfileCredential, 'name' | 'description' | 'image'> {
  const document = isObject(row.document) ? row.document : {};
  const subject = isObject(document.credentialSubject) ? document.credentialSubject : {};
  const achievement = isObject(subject.achievement) ? subject.achievement : {};
  const image = badgeImage(document);
  // In the reader's language when the credential carries that language edition (core's signedAchievementText).
  const words = signedAchievementText(achievement, language);
  return {
    name: words.name ?? text(document.name) ?? '',
    description: words.description ?? '',
    image: image ? `data:${image.type};base64,${image.bytes.toString('base64')}` : null,
  };
}

// NOTE: one answer for an address that never existed, one that was replaced and a profile turned off, so an
// answer says nothing about whether an address was ever someone's.
const notFound = () => new AppError('not_found', 'No public profile at this address');

/** Whether a public profile answers at this address now (for the page's HTTP status; nothing is verified). */
export async function publicProfileExists(ctx: AppContext, handle: string): Promise<boolean> {
  return (await findOpenPublicProfile(ctx.db.kysely, handle)) !== null;
}

/**
 * A public profile as anyone with its address sees it: the name the learner chose (or their account's), their
 * headline, the issuing organization, and each chosen credential that is still theirs and active, newest first,
 * verified now as a share link's are. A credential revoked or expired since it was chosen is left out. Nothing
 * else about the learner: no address, account, subject identifier, evidence or other credentials. Not found while
 * the profile is off, after its address was replaced, or once its owner is no longer a learner here.
 */
export async function viewPublicProfile(
  ctx: AppContext,
  handle: string,
  language: Locale = 'en',
): Promise<PublicProfile> {
  const db = ctx.db.kysely;
  const profile = await findOpenPublicProfile(db, handle);
  if (!profile) throw notFound();
  const now = ctx.now();
  const rows = (await findIssuedCredentials(db, profile.orgId, profile.credentialIds))
    .filter((row) => row.user_id === profile.userId && credentialStateOf(row, now) === 'active')
    .sort((a, b) => b.issued_at.getTime() - a.issued_at.getTime());
  const credentials: PublicProfileCredential[] = [];
  for (const row of rows) {
    credentials.push({
      credentialId: row.credential_id,
      ...whatItCertifies(row, language),
      issuedAt: row.issued_at.toISOString(),
      validUntil: row.valid_until?.toISOString() ?? null,
      verification: await verifyAnyCredential(ctx, row.document),
    });
  }
  return {
    name: profile.displayName ?? profile.accountName,
    headline: profile.headline,
    organization: { name: profile.orgName },
    credentials,
  };
}
