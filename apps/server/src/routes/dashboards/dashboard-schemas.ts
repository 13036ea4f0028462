import { Type } from 'typebox';

export const LocalizedSchema = Type.Object({ en: Type.String(), es: Type.String() });

export const InterventionSchema = Type.Object({
  id: Type.String(),
  learnerId: Type.String(),
  learnerName: Type.String(),
  teacherId: Type.Union([Type.String(), Type.Null()]),
  teacherName: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  note: Type.String(),
  createdAt: Type.String(),
});

export const INTERVENTION_ACTIONS = [
  'message',
  'meeting',
  'review-session',
  'goal-setting',
  'family-contact',
  'other',
] as const;

export const InterventionBody = Type.Object(
  {
    learnerId: Type.String({ format: 'uuid' }),
    action: Type.Union(INTERVENTION_ACTIONS.map((a) => Type.Literal(a))),
    note: Type.String({ maxLength: 2000 }),
  },
  { additionalProperties: false },
);

const Cell = Type.Object({ estimate: Type.Number(), mastered: Type.Boolean() });

export const ClassDashboardSchema = Type.Object({
  skills: Type.Array(Type.Object({ id: Type.String(), name: LocalizedSchema })),
  heatmap: Type.Object({
    total: Type.Integer(),
    offset: Type.Integer(),
    learners: Type.Array(
      Type.Object({ userId: Type.String(), name: Type.String(), cells: Type.Record(Type.String(), Cell) }),
    ),
  }),
  engagement: Type.Array(
    Type.Object({
      week: Type.String(),
      activeLearners: Type.Integer(),
      attempts: Type.Integer(),
      correct: Type.Integer(),
      minutes: Type.Integer(),
    }),
  ),
  struggling: Type.Array(
    Type.Object({
      skillId: Type.String(),
      name: LocalizedSchema,
      meanEstimate: Type.Number(),
      practised: Type.Integer(),
      mastered: Type.Integer(),
      struggling: Type.Integer(),
    }),
  ),
  risk: Type.Object({
    enabled: Type.Boolean(),
    scored: Type.Integer(),
    atRiskCount: Type.Integer(),
    learners: Type.Array(
      Type.Object({
        userId: Type.String(),
        name: Type.String(),
        probability: Type.Number(),
        reasons: Type.Array(Type.Object({ feature: Type.String(), text: LocalizedSchema })),
        suggestedAction: LocalizedSchema,
      }),
    ),
  }),
  interventions: Type.Array(InterventionSchema),
  freshAsOf: Type.Union([Type.String(), Type.Null()]),
});

export const DashboardQuery = Type.Object({
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 40 })),
  weeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 52, default: 12 })),
});

export const ClassCsvQuery = Type.Object({
  table: Type.Union(['heatmap', 'engagement', 'skills', 'risk', 'interventions'].map((t) => Type.Literal(t))),
});

export const ProgramCsvQuery = Type.Object({
  table: Type.Union(['totals', 'classes', 'pathways', 'risk'].map((t) => Type.Literal(t))),
});
