import { type Static, Type } from 'typebox';
import { DateTime, LocaleSchema, LocalizedSchema, StringEnum } from '../common.ts';
import { AchievementImageSchema } from './achievement-image.ts';

/** The kinds of achievement Open Badges 3.0 names that an organization may define. */
export const ACHIEVEMENT_TYPES = [
  'Badge',
  'Certificate',
  'MicroCredential',
  'Competency',
  'Achievement',
] as const;
export const AchievementTypeSchema = StringEnum(ACHIEVEMENT_TYPES);
export type AchievementType = Static<typeof AchievementTypeSchema>;

/** Achievement criteria as the server normalizes them (every part present). */
export const CriteriaSchema = Type.Object({
  skills: Type.Array(Type.Object({ skillId: Type.String(), threshold: Type.Number() })),
  achievements: Type.Array(Type.String()),
  evidence: Type.Object({ required: Type.Boolean(), narrative: Type.String() }),
});
export type AchievementCriteria = Static<typeof CriteriaSchema>;

/** An achievement's words in one language other than English. */
export const AchievementTextSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    description: Type.Optional(
      Type.String({ maxLength: 2000, description: 'Left out or empty: readers see the English description' }),
    ),
  },
  { additionalProperties: false },
);

/** An achievement's name and description in the other languages Pathwise ships (English is `name`, `description`). */
export const AchievementTranslationsSchema = Type.Object(
  { es: Type.Optional(AchievementTextSchema) },
  { additionalProperties: false },
);
export type AchievementTranslationsBody = Static<typeof AchievementTranslationsSchema>;

/** What an administrator sends to define (`POST`) or replace (`PUT`) an achievement. */
export const AchievementBodySchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    achievementType: Type.Optional(AchievementTypeSchema),
    criteria: Type.Object(
      {
        skills: Type.Optional(
          Type.Array(
            Type.Object(
              { skillId: Type.String({ minLength: 1 }), threshold: Type.Optional(Type.Number()) },
              { additionalProperties: false },
            ),
            { maxItems: 100 },
          ),
        ),
        achievements: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 50 })),
        evidence: Type.Optional(
          Type.Object(
            { required: Type.Boolean(), narrative: Type.Optional(Type.String({ maxLength: 2000 })) },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
    skillIds: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { maxItems: 100 })),
    validityDays: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 36500 }), Type.Null()])),
    translations: Type.Optional(AchievementTranslationsSchema),
  },
  { additionalProperties: false },
);
export type AchievementBody = Static<typeof AchievementBodySchema>;

export const AchievementParams = Type.Object({
  orgId: Type.String(),
  achievementId: Type.String({ format: 'uuid' }),
});

/** An achievement as the organization's members see it. */
export const AchievementSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.String(),
  achievementType: AchievementTypeSchema,
  criteria: CriteriaSchema,
  skillIds: Type.Array(Type.String()),
  validityDays: Type.Union([Type.Integer(), Type.Null()]),
  translations: Type.Object({
    es: Type.Optional(Type.Object({ name: Type.String(), description: Type.String() })),
  }),
  createdAt: DateTime,
});
export type Achievement = Static<typeof AchievementSchema>;

/** An achievement in the organization's list, with how many credentials it issued and its image. */
export const AchievementSummarySchema = Type.Object({
  ...AchievementSchema.properties,
  issuedCount: Type.Integer({
    minimum: 0,
    description: 'Credentials issued, revoked and expired ones included',
  }),
  image: Type.Union([AchievementImageSchema, Type.Null()], {
    description: 'The image its credentials carry from now on; null: none',
  }),
});
export type AchievementSummary = Static<typeof AchievementSummarySchema>;

export const AchievementListSchema = Type.Object({ achievements: Type.Array(AchievementSummarySchema) });
export type AchievementList = Static<typeof AchievementListSchema>;

/** An achievement as published to anyone (what a credential's `achievement.id` points to). */
export const PublicAchievementSchema = Type.Object({
  id: Type.String(),
  language: LocaleSchema,
  name: Type.String({ description: 'In `language` when translated into it, in English otherwise' }),
  description: Type.String(),
  achievementType: AchievementTypeSchema,
  criteria: CriteriaSchema,
  skillIds: Type.Array(Type.String()),
  validityDays: Type.Union([Type.Integer(), Type.Null()]),
  image: Type.Union([Type.String(), Type.Null()], {
    description: "The achievement's image as a base64 data: URI (what its credentials carry), or null",
  }),
});
export type PublicAchievement = Static<typeof PublicAchievementSchema>;

/** A framework skill an achievement's criteria can name. */
export const SkillOptionSchema = Type.Object({
  id: Type.String(),
  framework: Type.String(),
  parentId: Type.Union([Type.String(), Type.Null()], {
    description: 'The strand that groups it; a skill that groups others is not picked itself',
  }),
  name: LocalizedSchema,
});
export type SkillOption = Static<typeof SkillOptionSchema>;

/** The skills of the organization's frameworks, for an achievement's criteria. */
export const SkillOptionsSchema = Type.Object({ skills: Type.Array(SkillOptionSchema) });
export type SkillOptions = Static<typeof SkillOptionsSchema>;
