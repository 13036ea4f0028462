import { type Static, Type } from 'typebox';
import {
  DateTime,
  LocalizedSchema,
  NullableDateTime,
  NullableEstimate,
  SkillStandingSchema,
  StringEnum,
} from '../common.ts';
import { AwardedCredentialSchema, SignedDocumentSchema } from './credential.ts';
import { SignedCheckpointSchema } from './public-log.ts';
import { ReaderWordsSchema } from './verify.ts';

/** A skill the learner mastered, with the evidence behind it. */
export const RecordSkillSchema = Type.Object({
  skillId: Type.String(),
  name: LocalizedSchema,
  status: SkillStandingSchema,
  estimate: NullableEstimate,
  masteredAt: NullableDateTime,
  masteredVia: Type.Union([StringEnum(['practice', 'placement']), Type.Null()]),
  credentialIds: Type.Array(Type.String(), { description: 'The credentials aligned to this skill' }),
});
export type RecordSkill = Static<typeof RecordSkillSchema>;

/** Tells the learner a credential was issued to them. */
export const CredentialNotificationSchema = Type.Object({
  id: Type.String(),
  credentialId: Type.String(),
  achievementName: Type.String(),
  createdAt: DateTime,
  read: Type.Boolean(),
});
export type CredentialNotification = Static<typeof CredentialNotificationSchema>;

/** A skill a credential certifies, as it stood when the credential was issued. */
export const SkillMasteryFactSchema = Type.Object({
  skillId: Type.String(),
  name: LocalizedSchema,
  masteredAt: NullableDateTime,
  via: Type.Union([StringEnum(['practice', 'placement']), Type.Null()]),
  items: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
    description: 'Items answered on the skill; null when placement credited it (its counts are not answers)',
  }),
  right: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: 'Of them, answered right' }),
});
export type SkillMasteryFact = Static<typeof SkillMasteryFactSchema>;

/** A credential that a stacked credential was earned by holding. */
export const StackedCredentialFactSchema = Type.Object({
  achievementId: Type.String(),
  name: Type.String(),
  credentialId: Type.Union([Type.String(), Type.Null()], { description: 'The `urn:uuid:` of the part held' }),
  issuedAt: NullableDateTime,
});
export type StackedCredentialFact = Static<typeof StackedCredentialFactSchema>;

/** What happened, as facts a page words in its reader's language (the signed evidence is worded in English). */
export const EvidenceFactsSchema = Type.Object({
  skills: Type.Array(SkillMasteryFactSchema),
  stacked: Type.Array(StackedCredentialFactSchema),
});
export type EvidenceFacts = Static<typeof EvidenceFactsSchema>;

/**
 * A credential of the learner's record, with its signed document: what it certifies, as anyone who checks it
 * reads it (its verification is asked for one credential at a time: `…/credentials/:credentialId/verification`).
 */
export const RecordCredentialSchema = Type.Object({
  ...AwardedCredentialSchema.properties,
  evidenceFacts: Type.Union([EvidenceFactsSchema, Type.Null()], {
    description:
      'The facts its evidence was worded from, for an automatic issue; null for a teacher’s award, a re-award and older credentials (their `evidence` says it)',
  }),
  document: SignedDocumentSchema,
  words: ReaderWordsSchema,
});
export type RecordCredential = Static<typeof RecordCredentialSchema>;

/** The learner's record in an organization: credentials, mastered skills with evidence, notifications. */
export const LearnerRecordSchema = Type.Object({
  credentials: Type.Array(RecordCredentialSchema),
  skills: Type.Array(RecordSkillSchema),
  notifications: Type.Array(CredentialNotificationSchema),
});
export type LearnerRecord = Static<typeof LearnerRecordSchema>;

/** The issuance-log inclusion proof of one entry against a signed checkpoint (base64 hashes). */
export const LogInclusionProofSchema = Type.Object({
  leafIndex: Type.Integer({ minimum: 0 }),
  treeSize: Type.Integer({ minimum: 1 }),
  auditPath: Type.Array(Type.String()),
  checkpoint: SignedCheckpointSchema,
});
export type LogInclusionProofAnswer = Static<typeof LogInclusionProofSchema>;

export const SHARE_LINK_STATES = ['active', 'revoked', 'expired'] as const;
/** Whether a share link still opens. */
export const ShareLinkStateSchema = StringEnum(SHARE_LINK_STATES);
export type ShareLinkState = Static<typeof ShareLinkStateSchema>;

/** One of the learner's share links, with how often it was opened. */
export const ShareLinkSchema = Type.Object({
  id: Type.String(),
  label: Type.String(),
  credentialIds: Type.Array(Type.String()),
  createdAt: DateTime,
  expiresAt: DateTime,
  revokedAt: NullableDateTime,
  state: ShareLinkStateSchema,
  views: Type.Integer({ minimum: 0 }),
  url: Type.Union([Type.String(), Type.Null()], {
    description:
      'The address to copy again, for its owner only: null once revoked or expired, and for links made before tokens were kept sealed',
  }),
});
export type ShareLinkSummary = Static<typeof ShareLinkSchema>;

export const ShareLinkListSchema = Type.Object({ links: Type.Array(ShareLinkSchema) });
export type ShareLinkList = Static<typeof ShareLinkListSchema>;

/** What the learner sends to share chosen credentials. */
export const ShareLinkBodySchema = Type.Object(
  {
    credentialIds: Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 100 }),
    days: Type.Integer({ minimum: 1, maximum: 365 }),
    label: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type ShareLinkBody = Static<typeof ShareLinkBodySchema>;

/** A new name for one of the learner's share links: 1 to 100 characters once trimmed. */
export const ShareLinkRenameBodySchema = Type.Object(
  { label: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }) },
  { additionalProperties: false },
);
export type ShareLinkRenameBody = Static<typeof ShareLinkRenameBodySchema>;

/** A share link just made, with its token and address (its owner can copy the address again from their list). */
export const CreatedShareLinkSchema = Type.Object({
  id: Type.String(),
  token: Type.String(),
  url: Type.String(),
  expiresAt: DateTime,
});
export type CreatedShareLink = Static<typeof CreatedShareLinkSchema>;

export const ShareLinkParams = Type.Object({ orgId: Type.String(), linkId: Type.String({ format: 'uuid' }) });

/** When a share link was opened, and by whom (`anonymous`, `user:<id>`, `employer:<id>`). */
export const ShareLinkViewsSchema = Type.Object({
  views: Type.Array(Type.Object({ viewedAt: DateTime, viewer: Type.String() })),
});
export type ShareLinkViews = Static<typeof ShareLinkViewsSchema>;
