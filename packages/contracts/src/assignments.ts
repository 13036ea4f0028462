import { type Static, Type } from 'typebox';
import { DateTime, LocalizedSchema, NullableDateTime, StringEnum, Uuid } from './common.ts';
import { ProjectCellStatusSchema, ProjectSpecBody, ProjectSpecSchema } from './projects.ts';

/**
 * What an assignment asks for: a pathway, skills each with a target mastery, a published lesson, a project, or a
 * set of items of the organization's bank.
 */
export const ASSIGNMENT_KINDS = ['pathway', 'skills', 'lesson', 'project', 'item_set'] as const;
export const AssignmentKindSchema = StringEnum(ASSIGNMENT_KINDS);
export type AssignmentKind = Static<typeof AssignmentKindSchema>;

/** Where a learner is on an assignment. */
export const ASSIGNMENT_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export const AssignmentStatusSchema = StringEnum(ASSIGNMENT_STATUSES);
export type AssignmentStatus = Static<typeof AssignmentStatusSchema>;

export const AssignmentParams = Type.Object({
  orgId: Type.String(),
  classId: Type.String(),
  assignmentId: Type.String({ format: 'uuid' }),
});

const Target = Type.Number({
  exclusiveMinimum: 0,
  maximum: 1,
  description:
    'The mastery estimate the skill must reach; absent or null: the mastery rule (the standing says mastered)',
});

/** A skill of a `skills` assignment, as sent. */
export const AssignedSkillBody = Type.Object(
  {
    skillId: Type.String({ minLength: 1, maxLength: 200 }),
    // NOTE: no null here: the server's Ajv coerces 0 to null in a union with null, and 0 must be refused.
    target: Type.Optional(Target),
  },
  { additionalProperties: false },
);

const Title = Type.String({ minLength: 1, maxLength: 200 });
const Instructions = Type.String({ maxLength: 4000 });

/** The most items an item set holds. */
export const MAX_SET_ITEMS = 50;

/**
 * `POST …/classes/:classId/assignments`: `pathwayId` for a pathway, `skills` for skills, `target.lessonId` for a
 * lesson, `target.itemIds` for an item set.
 */
export const AssignmentBody = Type.Object(
  {
    kind: AssignmentKindSchema,
    pathwayId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    skills: Type.Optional(Type.Array(AssignedSkillBody, { minItems: 1, maxItems: 100 })),
    target: Type.Optional(
      Type.Object(
        {
          lessonId: Type.Optional(Uuid),
          itemIds: Type.Optional(
            Type.Array(Type.String({ minLength: 1, maxLength: 300 }), {
              minItems: 1,
              maxItems: MAX_SET_ITEMS,
              description:
                'An item set: published items of the bank, in the order learners get them (a stored item by its ' +
                'id, a demo family item by familyId/seed/difficulty)',
            }),
          ),
        },
        {
          additionalProperties: false,
          description: 'A lesson assignment: the published lesson; an item set: its items',
        },
      ),
    ),
    project: Type.Optional(ProjectSpecBody),
    title: Type.Optional(Type.Union([Title, Type.Null()])),
    instructions: Type.Optional(Type.Union([Instructions, Type.Null()])),
    dueAt: DateTime,
  },
  { additionalProperties: false },
);
export type AssignmentInput = Static<typeof AssignmentBody>;

/** `PATCH …/assignments/:assignmentId`: the due date, title or instructions. */
export const AssignmentPatchBody = Type.Object(
  {
    dueAt: Type.Optional(DateTime),
    title: Type.Optional(Type.Union([Title, Type.Null()])),
    instructions: Type.Optional(Type.Union([Instructions, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type AssignmentPatch = Static<typeof AssignmentPatchBody>;

/** An assignment as listed: what it asks for (names in every language), its class and due date. */
export const AssignmentSchema = Type.Object({
  id: Type.String(),
  classId: Type.String(),
  className: Type.String(),
  kind: AssignmentKindSchema,
  title: Type.Union([Type.String(), Type.Null()]),
  instructions: Type.Union([Type.String(), Type.Null()]),
  dueAt: Type.String(),
  createdAt: Type.String(),
  pathway: Type.Union([Type.Object({ id: Type.String(), name: LocalizedSchema }), Type.Null()]),
  skills: Type.Array(
    Type.Object({
      id: Type.String(),
      name: LocalizedSchema,
      target: Type.Union([Type.Number(), Type.Null()]),
    }),
  ),
  lesson: Type.Optional(
    Type.Union([Type.Object({ id: Type.String(), title: Type.String() }), Type.Null()], {
      description: 'A lesson assignment: the published lesson (the learner opens it at my/lessons/:lessonId)',
    }),
  ),
  practicePathwayId: Type.Union([Type.String(), Type.Null()], {
    description: 'The published pathway to practise it in: its own, or the one holding most of its skills',
  }),
  project: Type.Optional(Type.Union([ProjectSpecSchema, Type.Null()])),
  itemSet: Type.Optional(
    Type.Union([Type.Object({ items: Type.Integer({ minimum: 1 }) }), Type.Null()], {
      description:
        'An item set: how many items it holds (its skills are `skills`; the learner opens it at my/item-sets/:id)',
    }),
  ),
});
export type Assignment = Static<typeof AssignmentSchema>;

export const AssignmentListSchema = Type.Object({ assignments: Type.Array(AssignmentSchema) });
export type AssignmentList = Static<typeof AssignmentListSchema>;

export const AssignmentCreatedSchema = Type.Object({ id: Type.String() });

/** A teacher's override of a gradebook cell, with the reason. */
export const AssignmentOverrideSchema = Type.Object({
  status: AssignmentStatusSchema,
  grade: Type.Union([Type.String(), Type.Null()]),
  reason: Type.String(),
  setByName: Type.Union([Type.String(), Type.Null()], { description: 'Who set it (null: no longer known)' }),
  setAt: Type.String(),
});
export type AssignmentOverride = Static<typeof AssignmentOverrideSchema>;

/**
 * A learner × assignment: status (the override's when there is one), late (done after the due date, or not
 * done and past it), mastery (the share of the assignment's skills met; of an item set, the share of its items
 * answered right), and what the learner model says.
 */
export const AssignmentProgressSchema = Type.Object({
  assignmentId: Type.String(),
  status: AssignmentStatusSchema,
  late: Type.Boolean(),
  mastery: Type.Number({ minimum: 0, maximum: 1 }),
  skillsMet: Type.Integer(),
  skillsTotal: Type.Integer(),
  doneAt: NullableDateTime,
  computedStatus: AssignmentStatusSchema,
  override: Type.Union([AssignmentOverrideSchema, Type.Null()]),
  project: Type.Optional(ProjectCellStatusSchema),
  items: Type.Optional(
    Type.Object(
      { answered: Type.Integer(), correct: Type.Integer(), total: Type.Integer() },
      {
        description:
          'An item set: its items answered, answered right (mastery is correct / total), and in all',
      },
    ),
  ),
});
export type AssignmentProgress = Static<typeof AssignmentProgressSchema>;

/** `GET …/classes/:classId/gradebook`: learners × assignments. */
export const GradebookSchema = Type.Object({
  classId: Type.String(),
  className: Type.String(),
  assignments: Type.Array(AssignmentSchema),
  learners: Type.Array(
    Type.Object({
      userId: Type.String(),
      name: Type.String(),
      cells: Type.Array(AssignmentProgressSchema, { description: 'One per assignment, in their order' }),
    }),
  ),
});
export type Gradebook = Static<typeof GradebookSchema>;

/** `PUT …/gradebook/overrides`: a teacher sets a cell's status (and a grade) with a reason. */
export const GradebookOverrideBody = Type.Object(
  {
    assignmentId: Uuid,
    userId: Uuid,
    status: AssignmentStatusSchema,
    grade: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 20 }), Type.Null()])),
    reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }),
  },
  { additionalProperties: false },
);
export type GradebookOverrideInput = Static<typeof GradebookOverrideBody>;

/** `DELETE …/gradebook/overrides?assignmentId=…&userId=…`: clears a cell's override. */
export const GradebookOverrideQuery = Type.Object(
  { assignmentId: Uuid, userId: Uuid },
  { additionalProperties: false },
);

/** `GET /api/orgs/:orgId/my/assignments`: the learner's assignments across their classes, soonest due first. */
export const MyAssignmentsSchema = Type.Object({
  assignments: Type.Array(Type.Object({ assignment: AssignmentSchema, progress: AssignmentProgressSchema })),
});
export type MyAssignments = Static<typeof MyAssignmentsSchema>;

/** `GET …/classes/:classId/assignment-options`: the published pathways and the framework's skills to assign. */
export const AssignmentOptionsSchema = Type.Object({
  pathways: Type.Array(Type.Object({ id: Type.String(), name: LocalizedSchema })),
  skills: Type.Array(Type.Object({ id: Type.String(), name: LocalizedSchema })),
  lessons: Type.Optional(Type.Array(Type.Object({ id: Type.String(), title: Type.String() }))),
});
export type AssignmentOptions = Static<typeof AssignmentOptionsSchema>;
