import { type Static, Type } from 'typebox';
import { DateTime, NullableDateTime, StringEnum } from '../common.ts';

export const CREDENTIAL_STATES = ['active', 'revoked', 'expired'] as const;
/** Where a credential stands now. */
export const CredentialStateSchema = StringEnum(CREDENTIAL_STATES);
export type CredentialState = Static<typeof CredentialStateSchema>;

/** A piece of evidence in a credential (Open Badges 3.0 `Evidence`): the teacher's words and the work's URL. */
export const CredentialEvidenceSchema = Type.Object({
  id: Type.Optional(Type.String({ description: 'The address of the work, when there is one' })),
  name: Type.Optional(Type.String()),
  description: Type.Optional(Type.String()),
  narrative: Type.Optional(Type.String()),
  genre: Type.Optional(Type.String()),
});
export type CredentialEvidence = Static<typeof CredentialEvidenceSchema>;

export const AwardedCredentialParams = Type.Object({
  orgId: Type.String(),
  credentialId: Type.String({ format: 'uuid' }),
});

/** A credential as the learner's record and an award's answer show it. */
export const AwardedCredentialSchema = Type.Object({
  id: Type.String(),
  credentialId: Type.String({ description: 'The `urn:uuid:` inside the signed document' }),
  achievementId: Type.String(),
  achievementName: Type.String(),
  issuedAt: DateTime,
  validUntil: NullableDateTime,
  state: CredentialStateSchema,
  revocationReason: Type.Union([Type.String(), Type.Null()]),
  evidence: Type.Array(CredentialEvidenceSchema),
  skillIds: Type.Array(Type.String()),
});
export type AwardedCredential = Static<typeof AwardedCredentialSchema>;

/** What a teacher sends to award an achievement. */
export const AwardBodySchema = Type.Object(
  {
    learnerId: Type.String({ format: 'uuid' }),
    // NOTE: not blank; and only a web address: the URL becomes the evidence id that viewers may follow.
    narrative: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' }),
    url: Type.Optional(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type AwardBody = Static<typeof AwardBodySchema>;

/** What an award (or a re-award) issued: the credential awarded and the stacked ones it completed. */
export const AwardResultSchema = Type.Object({
  awarded: AwardedCredentialSchema,
  stacked: Type.Array(AwardedCredentialSchema, {
    description: 'Achievements that stack on the awarded one and issued with it, in the order issued',
  }),
  issued: Type.Array(AwardedCredentialSchema, {
    description: 'Every credential issued: the awarded one, then stacked',
  }),
});
export type AwardResult = Static<typeof AwardResultSchema>;

/** A credential the organization issued, for its administrators. */
export const IssuedCredentialSchema = Type.Object({
  ...AwardedCredentialSchema.properties,
  revokedAt: NullableDateTime,
  learnerId: Type.Union([Type.String(), Type.Null()]),
  learnerName: Type.Union([
    Type.String(),
    Type.Null({ description: 'null when the learner is no longer a member' }),
  ]),
});
export type IssuedCredential = Static<typeof IssuedCredentialSchema>;

export const IssuedCredentialListSchema = Type.Object({ credentials: Type.Array(IssuedCredentialSchema) });
export type IssuedCredentialList = Static<typeof IssuedCredentialListSchema>;

/** Why an administrator revokes a credential. */
export const RevokeCredentialBodySchema = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500 }) },
  { additionalProperties: false },
);
export type RevokeCredentialBody = Static<typeof RevokeCredentialBodySchema>;

/** Why an administrator re-awards a revoked credential (it becomes the new credential's evidence). */
export const ReissueCredentialBodySchema = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }) },
  { additionalProperties: false },
);
export type ReissueCredentialBody = Static<typeof ReissueCredentialBodySchema>;

/**
 * A signed document (an Open Badges 3.0 or CLR 2.0 credential, a status list credential) as plain JSON. Only
 * the members every verifiable credential has are named; the rest passes through untouched.
 */
export const SignedDocumentSchema = Type.Object(
  {
    '@context': Type.Array(Type.Union([Type.String(), Type.Object({}, { additionalProperties: true })])),
    id: Type.Optional(Type.String()),
    type: Type.Array(Type.String()),
    issuer: Type.Union([Type.String(), Type.Object({ id: Type.String() }, { additionalProperties: true })]),
    credentialSubject: Type.Object({}, { additionalProperties: true }),
    proof: Type.Optional(
      Type.Union([
        Type.Object({ type: Type.String() }, { additionalProperties: true }),
        Type.Array(Type.Object({ type: Type.String() }, { additionalProperties: true })),
      ]),
    ),
  },
  { additionalProperties: true },
);
export type SignedDocument = Static<typeof SignedDocumentSchema>;
