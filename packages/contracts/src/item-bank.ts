import { type Static, Type } from 'typebox';
import { LocalizedSchema } from './common.ts';
import { AuthoringInfoSchema, ItemStatusSchema } from './item-authoring.ts';
import { ItemFigureSchema } from './learning.ts';

/** The source name of the demo item families (generated items, not stored). */
export const DEMO_SOURCE = 'demo';

/** The credit of an imported dataset, shown wherever its items are. */
export const ItemAttributionSchema = Type.Object({
  dataset: Type.String(),
  text: Type.String(),
  license: Type.String(),
  url: Type.String(),
});
export type ItemAttribution = Static<typeof ItemAttributionSchema>;

export const ItemBankQuery = Type.Object({
  skillId: Type.Optional(Type.String({ maxLength: 200 })),
  source: Type.Optional(
    Type.String({
      maxLength: 100,
      description: `A stored source, or "${DEMO_SOURCE}" for the demo item families`,
    }),
  ),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of the problem text or the item id' })),
  archived: Type.Optional(Type.Boolean({ description: 'List the archived items instead of the others' })),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 }),
});
export type ItemBankQueryInput = Static<typeof ItemBankQuery>;

/** A stored item as the bank lists it. */
export const BankItemSchema = Type.Object({
  id: Type.String(),
  skillId: Type.String(),
  source: Type.String(),
  difficulty: Type.Integer(),
  stem: Type.Union([LocalizedSchema, Type.Null()]),
  steps: Type.Integer({ description: 'How many steps the item has (0 when it cannot be served)' }),
  status: ItemStatusSchema,
  attribution: Type.Union([Type.String(), Type.Null()], {
    description: 'The credit line of an authored item',
  }),
});
export type BankItem = Static<typeof BankItemSchema>;

/** A demo item family: it generates items; `sampleItemId` opens one of them. */
export const BankFamilySchema = Type.Object({
  id: Type.String(),
  skillId: Type.String(),
  name: LocalizedSchema,
  steps: Type.Integer({ description: 'Steps of the family’s sample item' }),
  sampleItemId: Type.String({ description: 'An item of the family, to open as a sample' }),
});
export type BankFamily = Static<typeof BankFamilySchema>;

export const BankSourceSchema = Type.Object({
  source: Type.String(),
  items: Type.Integer({ description: 'Stored items, or families for the demo source' }),
  attribution: Type.Union([ItemAttributionSchema, Type.Null()]),
});
export type BankSource = Static<typeof BankSourceSchema>;

export const BankSkillSchema = Type.Object({
  id: Type.String(),
  name: Type.Union([LocalizedSchema, Type.Null()]),
  items: Type.Integer(),
});
export type BankSkill = Static<typeof BankSkillSchema>;

/** What `GET /api/orgs/:orgId/items` answers. */
export const ItemBankSchema = Type.Object({
  items: Type.Array(BankItemSchema),
  total: Type.Integer({ description: 'Stored items of the filter' }),
  families: Type.Array(BankFamilySchema, {
    description: 'The demo item families in use, of the filter (only for no source or the demo source)',
  }),
  sources: Type.Array(BankSourceSchema, {
    description: 'Every source of the organization with its count, whatever the filter',
  }),
  skills: Type.Array(BankSkillSchema, {
    description: 'The skills with items (stored or families) of the chosen source',
  }),
});
export type ItemBank = Static<typeof ItemBankSchema>;

export const ItemParams = Type.Object({
  orgId: Type.String(),
  itemId: Type.String({ minLength: 1, maxLength: 300 }),
});
export type ItemParamsInput = Static<typeof ItemParams>;

/** An expected answer, in words a teacher reads. */
export const AnswerTextSchema = Type.Object({ kind: Type.String(), text: LocalizedSchema });
export type AnswerText = Static<typeof AnswerTextSchema>;

export const ItemDetailStepSchema = Type.Object({
  id: Type.String(),
  prompt: LocalizedSchema,
  answer: AnswerTextSchema,
  guidingQuestion: Type.Union([LocalizedSchema, Type.Null()]),
  hints: Type.Array(LocalizedSchema),
  scaffolds: Type.Array(
    Type.Object({ id: Type.String(), prompt: LocalizedSchema, answer: AnswerTextSchema }),
  ),
  misconceptions: Type.Array(
    Type.Object({ id: Type.String(), answer: AnswerTextSchema, feedback: LocalizedSchema }),
  ),
});
export type ItemDetailStep = Static<typeof ItemDetailStepSchema>;

/** What `GET /api/orgs/:orgId/items/:itemId` answers: the item with its answers and help (staff only). */
export const ItemDetailSchema = Type.Object({
  id: Type.String(),
  skillId: Type.String(),
  skillName: Type.Union([LocalizedSchema, Type.Null()]),
  source: Type.String(),
  difficulty: Type.Integer(),
  sample: Type.Boolean({ description: 'A generated item of a demo family (not stored)' }),
  stem: LocalizedSchema,
  figure: Type.Optional(ItemFigureSchema),
  steps: Type.Array(ItemDetailStepSchema),
  attribution: Type.Union([ItemAttributionSchema, Type.Null()]),
  status: ItemStatusSchema,
  authoring: Type.Union([AuthoringInfoSchema, Type.Null()], {
    description: 'Who wrote an authored item and its credit; null for imported and generated items',
  }),
});
export type ItemDetail = Static<typeof ItemDetailSchema>;
