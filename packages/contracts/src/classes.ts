import { type Static, Type } from 'typebox';
import { LocalizedSchema, NullableDateTime } from './common.ts';

/** The two roles a person holds inside a class. */
export const ClassRoleSchema = Type.Union([Type.Literal('teacher'), Type.Literal('learner')]);
export type ClassRole = Static<typeof ClassRoleSchema>;

export const ClassParams = Type.Object({ orgId: Type.String(), classId: Type.String() });
export const ClassMemberParams = Type.Object({
  orgId: Type.String(),
  classId: Type.String(),
  userId: Type.String(),
});
export const ClassCodeParams = Type.Object({
  orgId: Type.String(),
  classId: Type.String(),
  joinCodeId: Type.String({ format: 'uuid' }),
});

/** `GET /api/orgs/:orgId/class-options`: the pathways a class can be assigned. */
export const ClassOptionsSchema = Type.Object({
  pathways: Type.Array(Type.Object({ id: Type.String(), name: LocalizedSchema })),
});
export type ClassOptions = Static<typeof ClassOptionsSchema>;

export const ClassSummarySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String(),
  learnerCount: Type.Integer(),
  teacherCount: Type.Integer(),
  pathwayIds: Type.Array(Type.String()),
});
export type ClassSummary = Static<typeof ClassSummarySchema>;

/** `GET /api/orgs/:orgId/classes`: all classes for administrators, the ones they teach for teachers. */
export const ClassListSchema = Type.Object({ classes: Type.Array(ClassSummarySchema) });
export type ClassList = Static<typeof ClassListSchema>;

export const ClassMemberSchema = Type.Object({
  userId: Type.String(),
  name: Type.String(),
  email: Type.String(),
  role: ClassRoleSchema,
});
export type ClassMember = Static<typeof ClassMemberSchema>;

export const ClassDetailSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String(),
  pathwayIds: Type.Array(Type.String()),
  members: Type.Array(ClassMemberSchema),
});
export type ClassDetail = Static<typeof ClassDetailSchema>;

const PathwayIds = Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 });

export const ClassBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), pathwayIds: Type.Optional(PathwayIds) },
  { additionalProperties: false },
);
export type ClassInput = Static<typeof ClassBody>;

/** `POST /api/orgs/:orgId/classes` answers the new class's id. */
export const ClassCreatedSchema = Type.Object({ id: Type.String() });
export type ClassCreated = Static<typeof ClassCreatedSchema>;

export const ClassPatchBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    pathwayIds: Type.Optional(PathwayIds),
  },
  { additionalProperties: false },
);
export type ClassPatch = Static<typeof ClassPatchBody>;

export const AddClassMembersBody = Type.Object(
  {
    userIds: Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 1000 }),
    role: ClassRoleSchema,
  },
  { additionalProperties: false },
);
export type AddClassMembers = Static<typeof AddClassMembersBody>;

/** A person the caller may add to a class; a teacher sees no email of a learner outside their classes. */
export const CandidateSchema = Type.Object({
  userId: Type.String(),
  name: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  role: ClassRoleSchema,
});
export type Candidate = Static<typeof CandidateSchema>;

/** Whose learners a caller may pick for a class: everyone's, or only their own classes'. */
export const LearnerScopeSchema = Type.Union([Type.Literal('organization'), Type.Literal('own-classes')], {
  description: 'own-classes: a teacher picks learners of the classes they teach only',
});
export type LearnerScope = Static<typeof LearnerScopeSchema>;

/** `GET …/classes/:classId/candidates`: whom the caller may add to the class. */
export const CandidatesSchema = Type.Object({
  scope: LearnerScopeSchema,
  people: Type.Array(CandidateSchema),
});
export type Candidates = Static<typeof CandidatesSchema>;

export const ClassCodeBody = Type.Object(
  {
    maxUses: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
    expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
  },
  { additionalProperties: false },
);
export type ClassCodeInput = Static<typeof ClassCodeBody>;

/** A class code: whoever enters it joins the class as a learner. */
export const ClassCodeSchema = Type.Object({
  id: Type.String(),
  code: Type.String(),
  role: Type.Literal('learner'),
  classId: Type.String(),
  uses: Type.Integer(),
  maxUses: Type.Union([Type.Integer(), Type.Null()]),
  expiresAt: NullableDateTime,
});
export type ClassCode = Static<typeof ClassCodeSchema>;

export const ClassCodeListSchema = Type.Object({ joinCodes: Type.Array(ClassCodeSchema) });
export type ClassCodeList = Static<typeof ClassCodeListSchema>;

export const ClassSettingsSchema = Type.Object(
  {
    teachersEnrolAnyLearner: Type.Boolean({
      description: 'Teachers may add any learner of the organization to the classes they teach',
    }),
  },
  { additionalProperties: false },
);
export type ClassSettings = Static<typeof ClassSettingsSchema>;
