import { type Static, Type } from 'typebox';
import { DateTime, NullableDateTime, Uuid } from '../common.ts';
import { CredentialVerificationSchema } from './verify.ts';

/**
 * A learner's public profile (issue 14): off until they turn it on; they choose the name shown, a headline and
 * which of their active credentials appear; anyone with its address sees those credentials, each verified at the
 * moment of viewing, and nothing else about the learner.
 */

/** The most credentials a public profile shows (each is verified whenever the page is opened). */
export const PUBLIC_PROFILE_MAX_CREDENTIALS = 30;
export const PUBLIC_PROFILE_NAME_MAX = 80;
export const PUBLIC_PROFILE_HEADLINE_MAX = 140;

// NOTE: one line of text with something to read: no control characters (line breaks included), not blank. Linear
// to match (the leading blanks and the first visible character cannot overlap), whatever the length sent.
const ONE_LINE = '^\\s*[^\\s\\u0000-\\u001F\\u007F][^\\u0000-\\u001F\\u007F]*$';

/** The learner's own view of their public profile. */
export const PublicProfileSettingsSchema = Type.Object({
  enabled: Type.Boolean({ description: 'false until the learner turns it on' }),
  displayName: Type.Union([Type.String(), Type.Null()], {
    description: 'The name shown, as typed; null shows the account name',
  }),
  accountName: Type.String({ description: "The account's name, shown when `displayName` is null" }),
  headline: Type.Union([Type.String(), Type.Null()]),
  credentialIds: Type.Array(Uuid, { description: 'The chosen credentials (record ids); none by default' }),
  url: Type.Union([Type.String(), Type.Null()], {
    description: 'The public address while the profile is on; null while it is off',
  }),
  updatedAt: NullableDateTime,
});
export type PublicProfileSettings = Static<typeof PublicProfileSettingsSchema>;

/** What the learner saves: on or off, the name shown (null: the account name), a headline, the credentials. */
export const PublicProfileBodySchema = Type.Object(
  {
    enabled: Type.Boolean(),
    displayName: Type.Union([
      Type.String({ minLength: 1, maxLength: PUBLIC_PROFILE_NAME_MAX, pattern: ONE_LINE }),
      Type.Null(),
    ]),
    headline: Type.Union([
      Type.String({ minLength: 1, maxLength: PUBLIC_PROFILE_HEADLINE_MAX, pattern: ONE_LINE }),
      Type.Null(),
    ]),
    credentialIds: Type.Array(Uuid, { maxItems: PUBLIC_PROFILE_MAX_CREDENTIALS }),
  },
  { additionalProperties: false },
);
export type PublicProfileBody = Static<typeof PublicProfileBodySchema>;

export const PublicProfileParams = Type.Object({ handle: Type.String({ minLength: 1, maxLength: 200 }) });

/** A credential on a public profile: what it certifies, read from the signed document, and its verification now. */
export const PublicProfileCredentialSchema = Type.Object({
  credentialId: Type.String({ description: 'The `urn:uuid:` inside the signed document' }),
  name: Type.String(),
  description: Type.String(),
  image: Type.Union([Type.String(), Type.Null()], {
    description:
      'The badge as a base64 `data:` URI of a PNG, JPEG or SVG, for an `<img>` only; null without one',
  }),
  issuedAt: DateTime,
  validUntil: NullableDateTime,
  verification: CredentialVerificationSchema,
});
export type PublicProfileCredential = Static<typeof PublicProfileCredentialSchema>;

/** A public profile as anyone with its address sees it. */
export const PublicProfileSchema = Type.Object({
  name: Type.String(),
  headline: Type.Union([Type.String(), Type.Null()]),
  organization: Type.Object({ name: Type.String() }),
  credentials: Type.Array(PublicProfileCredentialSchema, {
    description: 'The chosen credentials still active, newest first, each verified at the moment of viewing',
  }),
});
export type PublicProfile = Static<typeof PublicProfileSchema>;
