import { type Static, Type } from 'typebox';
import { StringEnum, Uuid } from './common.ts';

/** The four levels of a rubric criterion, lowest first (scored 1 to 4 by a `minimum_total` pass rule). */
export const PROJECT_LEVELS = ['beginning', 'developing', 'proficient', 'advanced'] as const;
export const ProjectLevelSchema = StringEnum(PROJECT_LEVELS);
export type ProjectLevel = Static<typeof ProjectLevelSchema>;

/** What a learner may hand in. */
export const PROJECT_PARTS = ['text', 'link', 'files'] as const;
export const ProjectPartSchema = StringEnum(PROJECT_PARTS);

/** The limits of a submission's files (the decoded size counts). */
export const PROJECT_FILE_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxFiles: 5,
  types: ['application/pdf', 'image/png', 'image/jpeg', 'text/plain; charset=utf-8'],
} as const;

const LevelText = Type.String({ minLength: 1, maxLength: 1000 });

/** One rubric criterion: its name and a description of each level. */
export const ProjectCriterionSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    levels: Type.Object(
      { beginning: LevelText, developing: LevelText, proficient: LevelText, advanced: LevelText },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type ProjectCriterion = Static<typeof ProjectCriterionSchema>;

/** When an assessment passes: every criterion at least `level`, or the levels' scores (1–4) adding up to `total`. */
export const ProjectPassRuleSchema = Type.Object(
  {
    kind: StringEnum(['every_criterion_at_least', 'minimum_total']),
    level: Type.Optional(ProjectLevelSchema),
    total: Type.Optional(Type.Integer({ minimum: 1, maximum: 80 })),
  },
  { additionalProperties: false },
);
export type ProjectPassRule = Static<typeof ProjectPassRuleSchema>;

/**
 * The project part of `POST …/assignments` with `kind: "project"`: what may be handed in, the achievement it is
 * evidence for, and the rubric: the teacher's `criteria`, or a saved lesson's rubric copied (`lessonId`).
 */
export const ProjectSpecBody = Type.Object(
  {
    accepts: Type.Array(ProjectPartSchema, { minItems: 1, maxItems: 3, uniqueItems: true }),
    achievementId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    lessonId: Type.Optional(Uuid),
    criteria: Type.Optional(Type.Array(ProjectCriterionSchema, { minItems: 1, maxItems: 20 })),
    passRule: ProjectPassRuleSchema,
  },
  { additionalProperties: false },
);
export type ProjectSpecInput = Static<typeof ProjectSpecBody>;

/** A project as listed with its assignment. */
export const ProjectSpecSchema = Type.Object({
  accepts: Type.Array(ProjectPartSchema),
  achievementId: Type.Union([Type.String(), Type.Null()]),
  criteria: Type.Array(ProjectCriterionSchema),
  passRule: ProjectPassRuleSchema,
});
export type ProjectSpec = Static<typeof ProjectSpecSchema>;

/** A learner's project status in the gradebook (null: nothing handed in). */
export const ProjectCellStatusSchema = Type.Union([
  StringEnum(['submitted', 'passed', 'needs_revision']),
  Type.Null(),
]);

/** A file as sent: its name and its content in base64 (the 5 MB cap applies to the decoded bytes). */
export const ProjectFileBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    contentBase64: Type.String({ maxLength: 16 * 1024 * 1024 }),
  },
  { additionalProperties: false },
);

/** `POST /api/orgs/:orgId/my/projects/:assignmentId/submissions`: text, a link and files (as the project allows). */
export const ProjectSubmissionBody = Type.Object(
  {
    text: Type.Optional(Type.String({ maxLength: 20000 })),
    link: Type.Optional(Type.String({ maxLength: 2000 })),
    files: Type.Optional(Type.Array(ProjectFileBody, { maxItems: 10 })),
  },
  { additionalProperties: false },
);
export type ProjectSubmissionInput = Static<typeof ProjectSubmissionBody>;

/** `POST …/assignments/:assignmentId/submissions/:learnerId/assessments`: a level per criterion, in order. */
export const ProjectAssessmentBody = Type.Object(
  {
    levels: Type.Array(ProjectLevelSchema, { minItems: 1, maxItems: 20 }),
    feedback: Type.String({ maxLength: 4000 }),
  },
  { additionalProperties: false },
);
export type ProjectAssessmentInput = Static<typeof ProjectAssessmentBody>;

export const ProjectAssessmentSchema = Type.Object({
  levels: Type.Array(ProjectLevelSchema),
  feedback: Type.String(),
  passed: Type.Boolean(),
  assessedByName: Type.Union([Type.String(), Type.Null()]),
  assessedAt: Type.String(),
});

export const ProjectVersionSchema = Type.Object({
  version: Type.Integer(),
  text: Type.Union([Type.String(), Type.Null()]),
  link: Type.Union([Type.String(), Type.Null()]),
  submittedAt: Type.String(),
  files: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), contentType: Type.String(), size: Type.Integer() }),
  ),
  assessment: Type.Union([ProjectAssessmentSchema, Type.Null()]),
});

/** A learner's submission, every version oldest first, and where it stands. */
export const ProjectSubmissionSchema = Type.Object({
  learnerId: Type.String(),
  learnerName: Type.String(),
  status: ProjectCellStatusSchema,
  canResubmit: Type.Boolean(),
  versions: Type.Array(ProjectVersionSchema),
});
export type ProjectSubmission = Static<typeof ProjectSubmissionSchema>;

/** The project as a learner or teacher reads it, with one learner's submission (null: nothing handed in yet). */
export const ProjectViewSchema = Type.Object({
  assignmentId: Type.String(),
  classId: Type.String(),
  className: Type.String(),
  title: Type.Union([Type.String(), Type.Null()]),
  instructions: Type.Union([Type.String(), Type.Null()]),
  dueAt: Type.String(),
  project: ProjectSpecSchema,
  achievementName: Type.Union([Type.String(), Type.Null()], {
    description: 'The achievement it is evidence for',
  }),
  submission: Type.Union([ProjectSubmissionSchema, Type.Null()]),
});
export type ProjectView = Static<typeof ProjectViewSchema>;

/** `GET …/assignments/:assignmentId/submissions`: the class's learners and where each stands. */
export const ProjectSubmissionListSchema = Type.Object({
  learners: Type.Array(
    Type.Object({
      learnerId: Type.String(),
      name: Type.String(),
      status: ProjectCellStatusSchema,
      latestVersion: Type.Union([Type.Integer(), Type.Null()]),
    }),
  ),
});
export type ProjectSubmissionList = Static<typeof ProjectSubmissionListSchema>;

/** The answer to an assessment: the view, and the credentials it issued (the project's achievement, stacked ones). */
export const ProjectAssessedSchema = Type.Object({
  view: ProjectViewSchema,
  awarded: Type.Array(Type.Object({ achievementId: Type.String(), name: Type.String() })),
});
export type ProjectAssessed = Static<typeof ProjectAssessedSchema>;

export const MyProjectParams = Type.Object({
  orgId: Type.String(),
  assignmentId: Type.String({ format: 'uuid' }),
});
export const ProjectSubmissionParams = Type.Object({
  orgId: Type.String(),
  classId: Type.String(),
  assignmentId: Type.String({ format: 'uuid' }),
  learnerId: Type.String({ format: 'uuid' }),
});
export const ProjectFileParams = Type.Object({
  orgId: Type.String(),
  fileId: Type.String({ format: 'uuid' }),
});
