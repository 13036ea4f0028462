import { LOCALES } from '@pathwise/core/identity';
import { type Static, Type } from 'typebox';
import { StringEnum } from './common.ts';
import { LearningSkillRefSchema, PathwayMapSchema, PublicItemSchema } from './learning.ts';

const PreviewId = Type.String({ minLength: 1, maxLength: 200 });

/** `…/pathways/:pathwayId/preview`: the pathway a teacher or administrator previews. */
export const PathwayPreviewParams = Type.Object({ orgId: Type.String(), pathwayId: PreviewId });
export type PathwayPreviewParamsInput = Static<typeof PathwayPreviewParams>;

/** `…/preview/skills/:skillId/sample`: a skill of that pathway. */
export const PathwayPreviewSkillParams = Type.Object({
  orgId: Type.String(),
  pathwayId: PreviewId,
  skillId: PreviewId,
});
export type PathwayPreviewSkillParamsInput = Static<typeof PathwayPreviewSkillParams>;

/**
 * `GET /api/orgs/:orgId/pathways/:pathwayId/preview`: the learner's map of the pathway (`…/map`) as a new
 * learner sees it (nothing mastered, nothing measured), whether learners see it yet, and the skills that have a
 * sample problem to try.
 */
export const PathwayPreviewSchema = Type.Object({
  ...PathwayMapSchema.properties,
  status: StringEnum(['published', 'draft'] as const, {
    description:
      'A draft (an import not yet published, previewed by an administrator) is seen by no learner yet',
  }),
  sampleSkillIds: Type.Array(Type.String(), {
    description: 'The skills with something to practise: a sample problem can be tried on each',
  }),
});
export type PathwayPreview = Static<typeof PathwayPreviewSchema>;

/** `GET …/preview/skills/:skillId/sample`: a problem of the skill as practice sends it (no answer, no hint). */
export const PathwayPreviewSampleSchema = Type.Object({
  skill: LearningSkillRefSchema,
  item: PublicItemSchema,
});
export type PathwayPreviewSample = Static<typeof PathwayPreviewSampleSchema>;

/** `POST …/preview/answer`: a step of a sample problem, answered without anything being recorded. */
export const PathwayPreviewAnswerBody = Type.Object(
  {
    itemId: Type.String({ minLength: 1, maxLength: 300, description: "The sample's itemId" }),
    stepId: PreviewId,
    answer: Type.String({
      maxLength: 20000,
      description: 'Longer than 200 characters is answered as invalid, as in practice',
    }),
    locale: Type.Optional(StringEnum(LOCALES, { description: "Defaults to the person's language" })),
  },
  { additionalProperties: false },
);
export type PathwayPreviewAnswerInput = Static<typeof PathwayPreviewAnswerBody>;
