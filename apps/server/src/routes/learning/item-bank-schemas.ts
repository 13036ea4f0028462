import { Type } from 'typebox';
import { AttributionSchema } from '../importers/import-schemas.ts';
import { FigureSchema, LocalizedSchema } from './learning-schemas.ts';

/** The source name of the demo item families (generated items, not stored). */
export const DEMO_SOURCE = 'demo';

export const ItemBankQuery = Type.Object({
  skillId: Type.Optional(Type.String({ maxLength: 200 })),
  source: Type.Optional(
    Type.String({
      maxLength: 100,
      description: `A stored source, or "${DEMO_SOURCE}" for the demo item families`,
    }),
  ),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of the problem text or the item id' })),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 }),
});

export const ItemBankSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      skillId: Type.String(),
      source: Type.String(),
      difficulty: Type.Integer(),
      stem: Type.Union([LocalizedSchema, Type.Null()]),
      steps: Type.Integer({ description: 'How many steps the item has (0 when it cannot be served)' }),
    }),
  ),
  total: Type.Integer({ description: 'Stored items of the filter' }),
  families: Type.Array(
    Type.Object({
      id: Type.String(),
      skillId: Type.String(),
      name: LocalizedSchema,
      steps: Type.Integer({ description: 'Steps of the family’s sample item' }),
      sampleItemId: Type.String({ description: 'An item of the family, to open as a sample' }),
    }),
    { description: 'The demo item families in use, of the filter (only for no source or the demo source)' },
  ),
  sources: Type.Array(
    Type.Object({
      source: Type.String(),
      items: Type.Integer({ description: 'Stored items, or families for the demo source' }),
      attribution: Type.Union([AttributionSchema, Type.Null()]),
    }),
    { description: 'Every source of the organization with its count, whatever the filter' },
  ),
  skills: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.Union([LocalizedSchema, Type.Null()]),
      items: Type.Integer(),
    }),
    { description: 'The skills with items (stored or families) of the chosen source' },
  ),
});

export const ItemParams = Type.Object({
  orgId: Type.String(),
  itemId: Type.String({ minLength: 1, maxLength: 300 }),
});

const AnswerSchema = Type.Object({
  kind: Type.String(),
  text: LocalizedSchema,
});

export const ItemDetailSchema = Type.Object({
  id: Type.String(),
  skillId: Type.String(),
  skillName: Type.Union([LocalizedSchema, Type.Null()]),
  source: Type.String(),
  difficulty: Type.Integer(),
  sample: Type.Boolean({ description: 'A generated item of a demo family (not stored)' }),
  stem: LocalizedSchema,
  figure: Type.Optional(FigureSchema),
  steps: Type.Array(
    Type.Object({
      id: Type.String(),
      prompt: LocalizedSchema,
      answer: AnswerSchema,
      guidingQuestion: Type.Union([LocalizedSchema, Type.Null()]),
      hints: Type.Array(LocalizedSchema),
      scaffolds: Type.Array(
        Type.Object({ id: Type.String(), prompt: LocalizedSchema, answer: AnswerSchema }),
      ),
      misconceptions: Type.Array(
        Type.Object({ id: Type.String(), answer: AnswerSchema, feedback: LocalizedSchema }),
      ),
    }),
  ),
  attribution: Type.Union([AttributionSchema, Type.Null()]),
});
