import { type Static, Type } from 'typebox';
import { LocaleSchema, LocalizedSchema, StringEnum } from './common.ts';
import { LessonSchema } from './lessons.ts';

const LessonVersionSchema = LessonSchema.properties.versions.items;

/** A quiz part as a learner gets it: the prompt and the options, never a key or a worked solution. */
const StudentQuizPartSchema = Type.Object({
  prompt: LocalizedSchema,
  format: StringEnum(['open', 'choice'] as const),
  options: Type.Optional(Type.Array(Type.Object({ id: Type.String(), text: LocalizedSchema }))),
});

/**
 * `GET /api/orgs/:orgId/my/lessons/:lessonId`: the student copy of a lesson assigned to one of the learner's
 * classes (no answer key, worked solution or misconception tag), with one version (the on-level one, else the
 * first), the lesson's skills and where to practise them.
 */
export const LearnerLessonSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  topic: Type.String(),
  version: LessonVersionSchema,
  quiz: Type.Object({
    title: LocalizedSchema,
    items: Type.Array(
      Type.Object({
        number: Type.Integer(),
        stem: LocalizedSchema,
        parts: Type.Array(StudentQuizPartSchema),
      }),
    ),
  }),
  skills: Type.Array(Type.Object({ id: Type.String(), name: LocalizedSchema })),
  practicePathwayId: Type.Union([Type.String(), Type.Null()], {
    description: "The published pathway holding most of the lesson's skills, to practise them in",
  }),
});
export type LearnerLesson = Static<typeof LearnerLessonSchema>;

/** `GET /api/orgs/:orgId/lessons/:lessonId/export`: the saved lesson's latest version as a file. */
export const SavedLessonExportQuery = Type.Object(
  {
    format: StringEnum(['docx', 'pdf'] as const, { description: 'The file format' }),
    copy: StringEnum(['student', 'teacher'] as const, {
      description: 'The teacher copy holds the plan and the answer key; the student copy holds no key',
    }),
    locale: Type.Optional(LocaleSchema),
  },
  { additionalProperties: false },
);
export type SavedLessonExportInput = Static<typeof SavedLessonExportQuery>;
