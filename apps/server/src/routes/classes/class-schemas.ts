import { Type } from 'typebox';

export const ClassParams = Type.Object({ orgId: Type.String(), classId: Type.String() });
export const ClassMemberParams = Type.Object({
  orgId: Type.String(),
  classId: Type.String(),
  userId: Type.String(),
});

export const ClassSummarySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String(),
  learnerCount: Type.Integer(),
  teacherCount: Type.Integer(),
  pathwayIds: Type.Array(Type.String()),
});

export const ClassMemberSchema = Type.Object({
  userId: Type.String(),
  name: Type.String(),
  email: Type.String(),
  role: Type.Union([Type.Literal('teacher'), Type.Literal('learner')]),
});

export const ClassDetailSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String(),
  pathwayIds: Type.Array(Type.String()),
  members: Type.Array(ClassMemberSchema),
});

export const ClassBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    pathwayIds: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 })),
  },
  { additionalProperties: false },
);

export const ClassPatchBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    pathwayIds: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 })),
  },
  { additionalProperties: false },
);

export const AddMembersBody = Type.Object(
  {
    userIds: Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 1000 }),
    role: Type.Union([Type.Literal('teacher'), Type.Literal('learner')]),
  },
  { additionalProperties: false },
);

/** A person the caller may add to a class; a teacher sees no email of a learner outside their classes. */
export const CandidateSchema = Type.Object({
  userId: Type.String(),
  name: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  role: Type.Union([Type.Literal('teacher'), Type.Literal('learner')]),
});

export const ClassCodeBody = Type.Object(
  {
    maxUses: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
    expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
  },
  { additionalProperties: false },
);

export const ClassCodeSchema = Type.Object({
  id: Type.String(),
  code: Type.String(),
  role: Type.Literal('learner'),
  classId: Type.String(),
  uses: Type.Integer(),
  maxUses: Type.Union([Type.Integer(), Type.Null()]),
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export const ClassSettingsSchema = Type.Object(
  {
    teachersEnrolAnyLearner: Type.Boolean({
      description: 'Teachers may add any learner of the organization to the classes they teach',
    }),
  },
  { additionalProperties: false },
);
