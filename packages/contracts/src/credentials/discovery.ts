import { CONTACT_MESSAGE_MAX } from '@pathwise/core/employer-match';
import { type Static, Type } from 'typebox';
import { DateTime, NullableDateTime, StringEnum, Uuid } from '../common.ts';
import { CrosswalkPathSchema } from './employer.ts';

/**
 * Finding candidates, with consent (issue 14): a learner makes chosen credentials discoverable to the employers of
 * their organization; an employer searches them by job profile or skills and sees anonymous candidates; a contact
 * request reaches the learner, who decides whether to share their record.
 */

/** A candidate as one employer sees them: an opaque id of its own for that employer, never a name or account id. */
export const CandidatePseudonym = Type.String({
  pattern: '^cand_[0-9a-f]{20}$',
  description: 'An opaque id of the candidate for this employer only (another employer sees another one)',
});

/** Whether the learner is discoverable, and which of their credentials employers may see. */
export const DiscoverySettingsSchema = Type.Object({
  enabled: Type.Boolean({ description: 'false until the learner turns it on' }),
  credentialIds: Type.Array(Uuid, { description: 'The chosen credentials (record ids); none by default' }),
  updatedAt: NullableDateTime,
});
export type DiscoverySettings = Static<typeof DiscoverySettingsSchema>;

/** What the learner saves: on or off, and the credentials employers may see while on. */
export const DiscoverySettingsBodySchema = Type.Object(
  {
    enabled: Type.Boolean(),
    credentialIds: Type.Array(Uuid, { maxItems: 100 }),
  },
  { additionalProperties: false },
);
export type DiscoverySettingsBody = Static<typeof DiscoverySettingsBodySchema>;

/** A search: a saved job profile, or framework skills (each required); exactly one of the two. */
export const CandidateSearchBodySchema = Type.Object(
  {
    profileId: Type.Optional(Uuid),
    skillIds: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 50 }),
    ),
  },
  { additionalProperties: false },
);
export type CandidateSearchBody = Static<typeof CandidateSearchBodySchema>;

/** How one skill of the search is met by a candidate's discoverable credentials (named, never identified). */
export const CandidateSkillMatchSchema = Type.Object({
  name: Type.String(),
  code: Type.Union([Type.String(), Type.Null()]),
  required: Type.Boolean({ description: 'false: a nice-to-have skill' }),
  weight: Type.Number(),
  status: StringEnum(['met', 'partial', 'unmet']),
  met: Type.Boolean(),
  via: Type.Union([StringEnum(['direct', 'crosswalk']), Type.Null()]),
  crosswalk: Type.Union([CrosswalkPathSchema, Type.Null()]),
  achievements: Type.Array(Type.String(), { description: 'Names of the achievements behind the skill' }),
});
export type CandidateSkillMatch = Static<typeof CandidateSkillMatchSchema>;

export const CONTACT_REQUEST_STATUSES = ['pending', 'accepted', 'declined'] as const;
export const ContactRequestStatusSchema = StringEnum(CONTACT_REQUEST_STATUSES);

/** One anonymous candidate of a search, with the match skill by skill. */
export const DiscoveredCandidateSchema = Type.Object({
  pseudonym: CandidatePseudonym,
  score: Type.Number({ minimum: 0, maximum: 1 }),
  explanation: Type.String(),
  skills: Type.Array(CandidateSkillMatchSchema),
  contact: Type.Union([ContactRequestStatusSchema, Type.Null()], {
    description: "Where this employer's latest contact request to the candidate stands, if any",
  }),
});
export type DiscoveredCandidate = Static<typeof DiscoveredCandidateSchema>;

/** A search's answer: what was searched for, and the candidates best first. */
export const CandidateSearchResultSchema = Type.Object({
  profile: Type.Object({ name: Type.String(), skillCount: Type.Integer({ minimum: 0 }) }),
  candidates: Type.Array(DiscoveredCandidateSchema),
});
export type CandidateSearchResult = Static<typeof CandidateSearchResultSchema>;

/** An employer's contact request: to a candidate of their search, with a short message. */
export const ContactRequestBodySchema = Type.Object(
  {
    candidate: CandidatePseudonym,
    message: Type.String({ minLength: 1, maxLength: CONTACT_MESSAGE_MAX, pattern: '\\S' }),
    profileId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type ContactRequestBody = Static<typeof ContactRequestBodySchema>;

/** A contact request as the employer who sent it sees it: the candidate stays a pseudonym. */
export const SentContactRequestSchema = Type.Object({
  id: Uuid,
  candidate: CandidatePseudonym,
  jobName: Type.String(),
  message: Type.String(),
  status: ContactRequestStatusSchema,
  createdAt: DateTime,
  answeredAt: NullableDateTime,
  shareUrl: Type.Union([Type.String(), Type.Null()], {
    description: "The learner's share link once they accept, while it is active; null otherwise",
  }),
});
export type SentContactRequest = Static<typeof SentContactRequestSchema>;

export const SentContactRequestListSchema = Type.Object({ requests: Type.Array(SentContactRequestSchema) });
export type SentContactRequestList = Static<typeof SentContactRequestListSchema>;

/** A contact request as the learner who received it sees it: who asks, from which organization, and why. */
export const ReceivedContactRequestSchema = Type.Object({
  id: Uuid,
  employerName: Type.String(),
  organizationName: Type.String(),
  jobName: Type.String(),
  message: Type.String(),
  status: ContactRequestStatusSchema,
  createdAt: DateTime,
  answeredAt: NullableDateTime,
  shareLinkId: Type.Union([Uuid, Type.Null()], { description: 'The share link made on accepting' }),
});
export type ReceivedContactRequest = Static<typeof ReceivedContactRequestSchema>;

export const ReceivedContactRequestListSchema = Type.Object({
  requests: Type.Array(ReceivedContactRequestSchema),
});
export type ReceivedContactRequestList = Static<typeof ReceivedContactRequestListSchema>;

export const ContactRequestParams = Type.Object({ orgId: Type.String(), requestId: Uuid });
