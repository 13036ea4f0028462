import { type Static, Type } from 'typebox';
import { DateTime, LocaleSchema } from '../common.ts';

/**
 * `GET /api/orgs/:orgId/record/credentials/:credentialId/certificate`: the language of the PDF certificate (by
 * default the account's).
 */
export const CertificateQuery = Type.Object(
  {
    locale: Type.Optional(LocaleSchema),
  },
  { additionalProperties: false },
);
export type CertificateInput = Static<typeof CertificateQuery>;

/**
 * What a learner needs to show one of their credentials off: its public verification address (a share link of
 * that credential alone, made or reused), LinkedIn's add-to-profile link, and the public address of its badge
 * image for an embeddable snippet.
 */
export const CredentialShowcaseSchema = Type.Object({
  verificationUrl: Type.String({
    description: 'The share link (`/verify/share/<token>`) anyone opens to verify this credential',
  }),
  shareLinkId: Type.String({
    description: 'That share link, in the learner’s list (they can revoke it there)',
  }),
  expiresAt: DateTime,
  linkedInUrl: Type.String({
    description:
      'LinkedIn’s add-to-profile link (`startTask=CERTIFICATION_NAME`), filled in from the credential',
  }),
  badgeImageUrl: Type.Union([Type.String(), Type.Null()], {
    description:
      'The public address of the badge image behind the share link; null when the credential has none',
  }),
  achievementName: Type.String(),
  issuerName: Type.String(),
});
export type CredentialShowcase = Static<typeof CredentialShowcaseSchema>;

/** `GET /api/share/:token/badges/:credentialId`: a shared credential's badge image (its public `urn:uuid:` id). */
export const SharedBadgeParams = Type.Object({
  token: Type.String({ minLength: 10, maxLength: 200 }),
  credentialId: Type.String({
    format: 'uuid',
    description: 'The UUID of the credential’s public id (`urn:uuid:<this>`)',
  }),
});
