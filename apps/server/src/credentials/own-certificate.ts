import { criteriaNarrative } from '@pathwise/core/achievements';
import { type Locale, slugify } from '@pathwise/core/identity';
import {
  findAchievement,
  findUserById,
  type IssuedCredentialRow,
  listAchievements,
  listSkills,
} from '@pathwise/db';
import type { AppContext } from '../runtime/types.ts';
import { badgeImage } from './badge-image.ts';
import { certificatePdf } from './certificate-pdf.ts';
import { type CertificateStrings, certificateStrings } from './certificate-strings.ts';
import { learnerLocale, ownActiveCredential, showcaseLink } from './credential-showcase.ts';
import { credentialWords } from './credential-words.ts';
import type { RecordOwner } from './learner-record.ts';

/** A PDF certificate to download. */
export interface CertificateFile {
  filename: string;
  body: Buffer;
}

/**
 * The criteria of a credential in the certificate's language. A credential carries them in English as issued; in
 * Spanish they are worded again from the achievement's criteria, but only when those are still what was issued
 * (core's English narrative of them equals the signed one). NOTE: otherwise the signed words, untranslated: a
 * certificate never states criteria the credential was not issued under.
 */
async function criteriaIn(
  ctx: AppContext,
  row: IssuedCredentialRow,
  signed: string | null,
  strings: CertificateStrings,
  locale: Locale,
): Promise<string | null> {
  if (locale === 'en' || !signed) return signed;
  const db = ctx.db.kysely;
  const achievement = await findAchievement(db, row.org_id, row.achievement_id);
  if (!achievement) return signed;
  const skills = new Map((await listSkills(db, row.org_id)).map((s) => [s.id, s.name]));
  const achievements = new Map((await listAchievements(db, row.org_id)).map((a) => [a.id, a.name]));
  const achievementName = (id: string) => achievements.get(id) ?? id;
  const asIssued = criteriaNarrative(achievement.criteria, (id) => skills.get(id)?.en ?? id, achievementName);
  if (asIssued !== signed) return signed;
  return strings.criteriaWords(achievement.criteria, (id) => skills.get(id)?.[locale] ?? id, achievementName);
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
  const words = credentialWords(row.document, '');
  const link = await showcaseLink(ctx, who, row, strings.linkLabel(words.achievementName));
  const learner = await findUserById(ctx.db.kysely, who.userId);
  const body = await certificatePdf({
    locale: language,
    learnerName: learner?.name ?? '',
    achievementName: words.achievementName,
    description: words.description,
    criteria: await criteriaIn(ctx, row, words.criteria, strings, language),
    issuerName: words.issuerName,
    issuedAt: row.issued_at,
    validUntil: row.valid_until,
    verificationUrl: link.url,
    image: badgeImage(row.document),
  });
  return { filename: strings.filename(slugify(words.achievementName) || 'credential'), body };
}
