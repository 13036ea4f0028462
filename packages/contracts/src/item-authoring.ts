import { type Static, Type } from 'typebox';
import { DateTime, StringEnum } from './common.ts';

/** The source of the items teachers write in the organization's bank. */
export const AUTHORED_SOURCE = 'authored';

/** Where an item of the bank stands: only published items are served; a copy starts as a draft. */
export const ItemStatusSchema = StringEnum(['draft', 'published', 'archived']);
export type ItemStatus = Static<typeof ItemStatusSchema>;

/** Text a teacher writes: English always; Spanish optional (the item then says it is English only). */
export const AuthoredTextSchema = Type.Object(
  {
    en: Type.String({ maxLength: 2000 }),
    es: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type AuthoredTextInput = Static<typeof AuthoredTextSchema>;

const Key = Type.String({ maxLength: 200, description: 'The answer as a learner would type it' });
const Variables = Type.Array(Type.String({ maxLength: 1 }), { maxItems: 6 });
const closed = { additionalProperties: false } as const;

/** What a step expects, as a teacher writes it: the kind, the key, and the kind's options. */
export const AuthoredAnswerSchema = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('number'),
      key: Key,
      tolerance: Type.Optional(Type.Number({ minimum: 0, maximum: 1_000_000 })),
      unit: Type.Optional(Type.Literal('percent')),
    },
    closed,
  ),
  Type.Object(
    { kind: Type.Literal('fraction'), key: Key, lowestTerms: Type.Optional(Type.Boolean()) },
    closed,
  ),
  Type.Object(
    {
      kind: Type.Literal('expression'),
      key: Key,
      variables: Variables,
      form: Type.Optional(StringEnum(['any', 'combined'])),
    },
    closed,
  ),
  Type.Object(
    {
      kind: Type.Literal('relation'),
      key: Key,
      variables: Variables,
      form: Type.Optional(StringEnum(['any', 'solved'])),
      acceptBareValue: Type.Optional(Type.Boolean()),
    },
    closed,
  ),
  Type.Object(
    {
      kind: Type.Literal('choice'),
      key: Type.String({ maxLength: 40, description: 'The id of the right option' }),
      options: Type.Array(
        Type.Object({ id: Type.String({ minLength: 1, maxLength: 40 }), text: AuthoredTextSchema }, closed),
        { maxItems: 8 },
      ),
    },
    closed,
  ),
  Type.Object(
    {
      kind: Type.Literal('text'),
      key: Key,
      accepted: Type.Optional(
        Type.Object(
          {
            en: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 10 })),
            es: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 10 })),
          },
          closed,
        ),
      ),
    },
    closed,
  ),
]);
export type AuthoredAnswerInput = Static<typeof AuthoredAnswerSchema>;

export const AuthoredStepSchema = Type.Object(
  {
    id: Type.Optional(Type.String({ maxLength: 80 })),
    prompt: AuthoredTextSchema,
    answer: AuthoredAnswerSchema,
    hints: Type.Array(AuthoredTextSchema, { maxItems: 6 }),
    guidingQuestion: Type.Optional(AuthoredTextSchema),
    misconceptions: Type.Array(
      Type.Object({ answer: Type.String({ maxLength: 200 }), feedback: AuthoredTextSchema }, closed),
      { maxItems: 6 },
    ),
  },
  closed,
);
export type AuthoredStepInput = Static<typeof AuthoredStepSchema>;

/** The body of `POST /api/orgs/:orgId/items` and `PUT …/items/:itemId`: an item as a teacher writes it. */
export const AuthoredItemBody = Type.Object(
  {
    skillId: Type.String({ minLength: 1, maxLength: 200 }),
    difficulty: Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3)]),
    stem: AuthoredTextSchema,
    steps: Type.Array(AuthoredStepSchema, { minItems: 1, maxItems: 10 }),
    status: Type.Optional(
      StringEnum(['draft', 'published'], { description: 'A draft is not served (default: published)' }),
    ),
    attribution: Type.Optional(
      Type.String({ maxLength: 500, description: 'A credit line, e.g. "Adapted from …" (kept on a copy)' }),
    ),
  },
  closed,
);
export type AuthoredItemInput = Static<typeof AuthoredItemBody>;

/** Who wrote an authored item, its credit and its languages (null for imported and generated items). */
export const AuthoringInfoSchema = Type.Object({
  author: Type.Union([Type.String(), Type.Null()]),
  attribution: Type.Union([Type.String(), Type.Null()]),
  copiedFrom: Type.Union([Type.String(), Type.Null()]),
  languages: Type.Array(Type.String(), { description: '["en"] when Spanish shows the English text' }),
  updatedAt: DateTime,
});
export type AuthoringInfo = Static<typeof AuthoringInfoSchema>;

/** What `GET …/items/:itemId/edit` answers: an authored item in the editor's form. */
export const AuthoredItemFormSchema = Type.Object({
  id: Type.String(),
  status: ItemStatusSchema,
  form: AuthoredItemBody,
  authoring: AuthoringInfoSchema,
});
export type AuthoredItemForm = Static<typeof AuthoredItemFormSchema>;

/** What create, update, copy and archive answer: the item's id and status. */
export const AuthoredItemSavedSchema = Type.Object({ id: Type.String(), status: ItemStatusSchema });
export type AuthoredItemSaved = Static<typeof AuthoredItemSavedSchema>;
