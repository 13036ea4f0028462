import { type Static, Type } from 'typebox';
import { DateTime, StringEnum } from './common.ts';

/** The scopes an LRS credential may hold (xAPI 1.0.3 Communication 4.2 names, minus the OAuth-only ones). */
export const LRS_SCOPES = [
  'all',
  'all/read',
  'statements/write',
  'statements/read',
  'state',
  'profile',
] as const;
export type LrsScope = (typeof LRS_SCOPES)[number];

/** An LRS credential (Basic auth key for `/xapi`); never its secret. */
export const LrsCredentialSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  key: Type.String(),
  scopes: Type.Array(StringEnum(LRS_SCOPES)),
  createdAt: DateTime,
});
export type LrsCredential = Static<typeof LrsCredentialSchema>;

export const CreateLrsCredentialBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    scopes: Type.Array(StringEnum(LRS_SCOPES), { minItems: 1, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type CreateLrsCredentialInput = Static<typeof CreateLrsCredentialBody>;

/** A new LRS credential; the secret is in this answer only. */
export const CreatedLrsCredentialSchema = Type.Intersect([
  LrsCredentialSchema,
  Type.Object({ secret: Type.String() }),
]);
export type CreatedLrsCredential = Static<typeof CreatedLrsCredentialSchema>;

export const LrsCredentialListSchema = Type.Object({ credentials: Type.Array(LrsCredentialSchema) });
export type LrsCredentialList = Static<typeof LrsCredentialListSchema>;

export const LrsCredentialParams = Type.Object({
  orgId: Type.String(),
  credentialId: Type.String({ format: 'uuid' }),
});
