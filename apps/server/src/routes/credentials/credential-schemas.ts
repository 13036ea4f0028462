import { Type } from 'typebox';
import { StringEnum } from '../../presenters.ts';

const Localized = Type.Object({ en: Type.String(), es: Type.String() });
const DateTime = Type.String({ format: 'date-time' });
const NullableDateTime = Type.Union([DateTime, Type.Null()]);

/** Achievement criteria as `readCriteria` normalizes them (every part present). */
export const CriteriaSchema = Type.Object({
  skills: Type.Array(Type.Object({ skillId: Type.String(), threshold: Type.Number() })),
  achievements: Type.Array(Type.String()),
  evidence: Type.Object({ required: Type.Boolean(), narrative: Type.String() }),
});

/** An achievement in the organization's list, with how many credentials it issued. */
export const AchievementSummarySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.String(),
  achievementType: Type.String(),
  criteria: CriteriaSchema,
  skillIds: Type.Array(Type.String()),
  validityDays: Type.Union([Type.Integer(), Type.Null()]),
  createdAt: DateTime,
  issuedCount: Type.Integer({
    minimum: 0,
    description: 'Credentials issued, revoked and expired ones included',
  }),
});

export const AchievementListSchema = Type.Object({ achievements: Type.Array(AchievementSummarySchema) });

/** The skills of the organization's frameworks, for an achievement's criteria. */
export const SkillOptionsSchema = Type.Object({
  skills: Type.Array(
    Type.Object({
      id: Type.String(),
      framework: Type.String(),
      parentId: Type.Union([Type.String(), Type.Null()], { description: 'The strand that groups it' }),
      name: Localized,
    }),
  ),
});

/** A credential as `presentCredential` shows it (the learner's record, an award's answer). */
export const CredentialSchema = Type.Object({
  id: Type.String(),
  credentialId: Type.String(),
  achievementId: Type.String(),
  achievementName: Type.String(),
  issuedAt: DateTime,
  validUntil: NullableDateTime,
  state: StringEnum(['active', 'revoked', 'expired']),
  revocationReason: Type.Union([Type.String(), Type.Null()]),
  evidence: Type.Array(Type.Unknown()),
  skillIds: Type.Array(Type.String()),
});

/** What a teacher's award issued: the credential awarded and the stacked ones it completed. */
export const AwardResultSchema = Type.Object({
  awarded: CredentialSchema,
  stacked: Type.Array(CredentialSchema, {
    description: 'Achievements that stack on the awarded one and issued with it, in the order issued',
  }),
  issued: Type.Array(CredentialSchema, {
    description: 'Every credential issued: the awarded one, then stacked',
  }),
});

/** A credential the organization issued, for its administrators. */
export const IssuedCredentialSchema = Type.Object({
  id: Type.String(),
  credentialId: Type.String(),
  achievementId: Type.String(),
  achievementName: Type.String(),
  issuedAt: DateTime,
  validUntil: NullableDateTime,
  state: StringEnum(['active', 'revoked', 'expired']),
  revocationReason: Type.Union([Type.String(), Type.Null()]),
  revokedAt: NullableDateTime,
  evidence: Type.Array(Type.Unknown()),
  skillIds: Type.Array(Type.String()),
  learnerId: Type.Union([Type.String(), Type.Null()]),
  learnerName: Type.Union([
    Type.String(),
    Type.Null({ description: 'null when the learner is no longer a member' }),
  ]),
});

export const IssuedCredentialListSchema = Type.Object({ credentials: Type.Array(IssuedCredentialSchema) });

/** The organization's issuer identity with its key history: public parts only, never a secret. */
export const IssuerSchema = Type.Object({
  did: Type.String(),
  didDocumentUrl: Type.String(),
  keys: Type.Array(
    Type.Object({
      id: Type.String({ description: 'The verification method (DID URL of the key)' }),
      publicKeyMultibase: Type.String(),
      status: StringEnum(['active', 'retired', 'revoked']),
      createdAt: DateTime,
      retiredAt: NullableDateTime,
    }),
  ),
});
