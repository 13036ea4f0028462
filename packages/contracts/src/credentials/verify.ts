import { type Static, Type } from 'typebox';
import { DateTime, StringEnum } from '../common.ts';
import { AwardedCredentialSchema, SignedDocumentSchema } from './credential.ts';

/** One check of a verification. */
export const VerificationCheckSchema = Type.Object({
  name: Type.String(),
  ok: Type.Boolean(),
  message: Type.String(),
});
export type VerificationCheck = Static<typeof VerificationCheckSchema>;

export const VerdictSchema = StringEnum(['verified', 'unknown_issuer', 'failed'], {
  description:
    '`verified`: every check passed; `unknown_issuer`: the signature is valid but no organization of this installation nor its registry of trusted issuers vouches for the issuer (its name is only its own claim); `failed`: a check failed',
});
export type Verdict = Static<typeof VerdictSchema>;

/** The answer of a verification, check by check. */
export const CredentialVerificationSchema = Type.Object({
  verdict: VerdictSchema,
  verified: Type.Boolean({ description: 'true only for the verdict `verified`' }),
  checks: Type.Array(VerificationCheckSchema),
});
export type CredentialVerification = Static<typeof CredentialVerificationSchema>;

export const ShareTokenParams = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) });

/**
 * A shared credential as anyone holding the link sees it: named by its public credential id (`urn:uuid:`, the
 * one inside the signed document), with the document itself and its verification.
 */
export const SharedCredentialSchema = Type.Object({
  ...AwardedCredentialSchema.properties,
  document: SignedDocumentSchema,
  verification: CredentialVerificationSchema,
});
export type SharedCredential = Static<typeof SharedCredentialSchema>;

/** Opening a share link: the shared credentials, each verified; or why the link no longer works. */
export const OpenedShareSchema = Type.Union([
  Type.Object({
    status: Type.Literal('ok'),
    learnerName: Type.String({ description: 'Empty when the learner deleted their account' }),
    expiresAt: DateTime,
    credentials: Type.Array(SharedCredentialSchema),
  }),
  Type.Object({ status: StringEnum(['expired', 'revoked']), expiresAt: DateTime }),
]);
export type OpenedShare = Static<typeof OpenedShareSchema>;
