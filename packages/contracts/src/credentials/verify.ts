import { type Static, Type } from 'typebox';
import { DateTime, LocaleSchema, StringEnum } from '../common.ts';
import { AwardedCredentialSchema, SignedDocumentSchema } from './credential.ts';

export const CHECK_REASONS = [
  'malformed',
  'signature-mismatch',
  'issuer-unresolved',
  'key-not-issuers',
  'issuer-unknown',
  'revoked',
  'suspended',
  'status-unavailable',
  'not-yet-valid',
  'expired',
  'proof-date',
  'not-logged',
  'log-proof-invalid',
] as const;
/** Why a check failed, as a code that a page words for people. */
export const CheckReasonSchema = StringEnum(CHECK_REASONS, {
  description:
    "`malformed` (well-formed); `signature-mismatch` (signature: the signed content was changed); `issuer-unresolved`, `key-not-issuers` (issuer-key: no DID document; a key that is not one of the issuer's); `issuer-unknown` (issuer-known); `revoked`, `suspended`, `status-unavailable` (revocation-status); `not-yet-valid`, `expired`, `proof-date` (validity-dates: a proof dated in the future or not dated); `not-logged`, `log-proof-invalid` (log-inclusion)",
});
export type CheckReason = Static<typeof CheckReasonSchema>;

/** One check of a verification: `message` is the technical account; a failed check says why in `reason`. */
export const VerificationCheckSchema = Type.Object({
  name: Type.String(),
  ok: Type.Boolean(),
  message: Type.String(),
  reason: Type.Optional(CheckReasonSchema),
});
export type VerificationCheck = Static<typeof VerificationCheckSchema>;

/** The issuer a credential names, as the verifier knows it. */
export const VerifiedIssuerSchema = Type.Object({
  id: Type.String({ description: 'The issuer DID (or URL) the credential names' }),
  name: Type.Union([Type.String(), Type.Null()], {
    description:
      "When `known`, the name its voucher gives (an organization of this installation, its registry of trusted issuers); otherwise the credential's own claim; null when it names none",
  }),
  url: Type.Union([Type.String(), Type.Null()], {
    description: "The issuer's site as the credential states it (an http(s) URL), or null",
  }),
  known: Type.Boolean({ description: 'Someone this verifier trusts vouches for the issuer' }),
});
export type VerifiedIssuer = Static<typeof VerifiedIssuerSchema>;

export const VerdictSchema = StringEnum(['verified', 'unknown_issuer', 'failed'], {
  description:
    '`verified`: every check passed; `unknown_issuer`: the signature is valid but no organization of this installation nor its registry of trusted issuers vouches for the issuer (its name is only its own claim); `failed`: a check failed',
});
export type Verdict = Static<typeof VerdictSchema>;

/**
 * The answer of a verification, check by check, with the facts a page needs to say it in words: who the issuer
 * is, the dates read, when this installation's issuer revoked it, and the verifier's "now".
 */
export const CredentialVerificationSchema = Type.Object({
  verdict: VerdictSchema,
  verified: Type.Boolean({ description: 'true only for the verdict `verified`' }),
  checks: Type.Array(VerificationCheckSchema),
  issuer: Type.Union([VerifiedIssuerSchema, Type.Null()], {
    description: 'null when no issuer could be read',
  }),
  validFrom: Type.Union([Type.String(), Type.Null()], { description: 'As the credential states it' }),
  validUntil: Type.Union([Type.String(), Type.Null()], { description: 'As the credential states it' }),
  revokedAt: Type.Union([DateTime, Type.Null()], {
    description:
      "When its issuer, an organization of this installation, revoked it (from the issuer's own records); null otherwise",
  }),
  checkedAt: Type.String({ format: 'date-time', description: 'The verifier\'s "now"' }),
});
export type CredentialVerification = Static<typeof CredentialVerificationSchema>;

export const ShareTokenParams = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) });

/**
 * A shared credential as anyone holding the link sees it: named by its public credential id (`urn:uuid:`, the
 * one inside the signed document), with the document itself and its verification.
 */
/**
 * What a page says of one of this installation's credentials in its reader's language, beside the signed words
 * (which stay as issued): its criteria, and the names of the framework skills it is aligned to.
 */
export const ReaderWordsSchema = Type.Object({
  language: LocaleSchema,
  criteria: Type.Union([Type.String(), Type.Null()], {
    description: 'In `language`; the signed narrative when it cannot be worded again truthfully; null: none',
  }),
  skills: Type.Record(Type.String(), Type.String(), {
    description:
      "Each aligned framework skill's name in `language`, by skill id (the alignment's targetCode)",
  }),
});
export type ReaderWords = Static<typeof ReaderWordsSchema>;

export const SharedCredentialSchema = Type.Object({
  ...AwardedCredentialSchema.properties,
  document: SignedDocumentSchema,
  verification: CredentialVerificationSchema,
  words: ReaderWordsSchema,
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
