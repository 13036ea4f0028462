import { type Locale, slugify } from '@pathwise/core/identity';
import { findUserById } from '@pathwise/db';
import type { AppContext } from '../runtime/types.ts';
import { badgeImage } from './badge-image.ts';
import { certificatePdf } from './certificate-pdf.ts';
import { certificateStrings } from './certificate-strings.ts';
import { learnerLocale, ownActiveCredential, showcaseLink } from './credential-showcase.ts';
import { credentialWords } from './credential-words.ts';
import type { RecordOwner } from './learner-record.ts';
import { readerWordsOf } from './reader-words.ts';

/** A PDF certificate to download. */
export interface CertificateFile {
  filename: string;
  body: Buffer;
}

/**
 * One of the learner's active credentials as a PDF certificate in their language (`locale`, else their account's):
 * its QR code and printed address are the credential's share link (see `showcaseLink`: made or reused), the
 * address a stranger can open to verify it. Theirs only (else 404); a revoked or expired one is a 409.
 */
export async function ownCredentialCertificate(
  ctx: AppContext,
  who: RecordOwner,
  id: string,
  locale: Locale | undefined,
): Promise<CertificateFile> {
  const row = await ownActiveCredential(ctx, who, id);
  const language = locale ?? (await learnerLocale(ctx, who.userId));
  const strings = certificateStrings(language);
  const words = credentialWords(row.document, '', language);
  const link = await showcaseLink(ctx, who, row, strings.linkLabel(words.achievementName));
  const learner = await findUserById(ctx.db.kysely, who.userId);
  const body = await certificatePdf({
    locale: language,
    learnerName: learner?.name ?? '',
    achievementName: words.achievementName,
    description: words.description,
    criteria: (await readerWordsOf(ctx.db.kysely, row.org_id, [row], language)).get(row.id)?.criteria ?? null,
    issuerName: words.issuerName,
    issuedAt: row.issued_at,
    validUntil: row.valid_until,
    verificationUrl: link.url,
    image: badgeImage(row.document),
  });
  return { filename: strings.filename(slugify(words.achievementName) || 'credential'), body };
}
