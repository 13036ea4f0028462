import { type Static, Type } from 'typebox';
import { DateTime, StringEnum } from '../common.ts';
import { CredentialEvidenceSchema } from './credential.ts';

/**
 * One skill a job asks for: a name, an optional code, the framework skills that count for it, its importance,
 * and whether it is required or only nice to have.
 */
export const RequiredSkillSchema = Type.Object({
  name: Type.String(),
  code: Type.Optional(
    Type.String({
      description: 'O*NET element id, ESCO skill label (as crosswalks name it) or framework skill id',
    }),
  ),
  skillIds: Type.Array(Type.String()),
  importance: Type.Optional(Type.Number({ description: 'O*NET importance, 1 to 5' })),
  required: Type.Optional(
    Type.Boolean({ description: 'false: nice to have, weighs half in a match; absent or true: required' }),
  ),
});
export type RequiredSkill = Static<typeof RequiredSkillSchema>;

/** A job profile an employer matches records against. */
export const JobProfileSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  source: StringEnum(['manual', 'onet', 'esco']),
  sourceCode: Type.Union([Type.String(), Type.Null()]),
  skills: Type.Array(RequiredSkillSchema),
  createdAt: DateTime,
});
export type JobProfile = Static<typeof JobProfileSchema>;

export const JobProfileListSchema = Type.Object({ profiles: Type.Array(JobProfileSchema) });
export type JobProfileList = Static<typeof JobProfileListSchema>;

/**
 * A job profile made by hand (a name and framework skills), or from an O*NET-SOC code or an ESCO occupation URI:
 * with `skills`, those of the occupation's skills (by `code`) and whether each is required; without, its
 * important (O*NET) or essential (ESCO) skills, all required.
 */
export const JobProfileBodySchema = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    onetCode: Type.Optional(Type.String({ pattern: '^\\d{2}-\\d{4}\\.\\d{2}$' })),
    escoUri: Type.Optional(
      Type.String({ pattern: '^http://data\\.europa\\.eu/esco/occupation/[0-9a-f-]+$' }),
    ),
    skills: Type.Optional(
      Type.Array(
        Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 300 }),
            code: Type.Optional(Type.String({ maxLength: 300 })),
            skillIds: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { maxItems: 50 })),
            required: Type.Optional(Type.Boolean({ description: 'false: nice to have; default true' })),
          },
          { additionalProperties: false },
        ),
        { minItems: 1, maxItems: 400 },
      ),
    ),
  },
  { additionalProperties: false },
);
export type JobProfileBody = Static<typeof JobProfileBodySchema>;

export const JobProfileParams = Type.Object({
  orgId: Type.String(),
  profileId: Type.String({ format: 'uuid' }),
});

/** The record to match: the token of a share link the learner gave. */
export const MatchBodySchema = Type.Object(
  { shareToken: Type.String({ minLength: 10, maxLength: 200 }) },
  { additionalProperties: false },
);
export type MatchBody = Static<typeof MatchBodySchema>;

/** The crosswalk that links held framework skills to a required skill, and how much of it they cover. */
export const CrosswalkPathSchema = Type.Object({
  framework: Type.String(),
  code: Type.String(),
  name: Type.String(),
  relation: StringEnum(['exactMatch', 'closeMatch', 'narrowMatch', 'broadMatch']),
  mappedSkills: Type.Integer({ minimum: 0 }),
  heldSkills: Type.Array(Type.String()),
});

/** How one required skill is met, and the shared credentials behind it. */
export const SkillMatchSchema = Type.Object({
  name: Type.String(),
  code: Type.Union([Type.String(), Type.Null()]),
  required: Type.Boolean({ description: 'false: a nice-to-have skill' }),
  weight: Type.Number({
    description: 'Its weight in the score: importance (or 1), halved when nice to have',
  }),
  status: StringEnum(['met', 'partial', 'unmet']),
  met: Type.Boolean(),
  via: Type.Union([StringEnum(['direct', 'crosswalk']), Type.Null()]),
  crosswalk: Type.Union([CrosswalkPathSchema, Type.Null()]),
  credentials: Type.Array(
    Type.Object({
      id: Type.String(),
      achievementName: Type.String(),
      evidence: Type.Array(CredentialEvidenceSchema),
    }),
  ),
});
export type SkillMatch = Static<typeof SkillMatchSchema>;

/** The explainable match of a shared record against a job profile. */
export const MatchResultSchema = Type.Object({
  profile: JobProfileSchema,
  learnerName: Type.String(),
  score: Type.Number({ minimum: 0, maximum: 1 }),
  explanation: Type.String(),
  skills: Type.Array(SkillMatchSchema),
});
export type MatchResult = Static<typeof MatchResultSchema>;
