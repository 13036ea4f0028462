import { LOCALES } from '@pathwise/core/identity';
import { type Static, Type } from 'typebox';
import { LocalizedSchema, StringEnum, Uuid } from './common.ts';
import { AnswerResultSchema, PublicItemSchema } from './learning.ts';

/** `…/my/item-sets/:assignmentId`: an item set assigned to the learner. */
export const MyItemSetParams = Type.Object({ orgId: Type.String(), assignmentId: Uuid });

/** Where one item of a set stands for the learner: not answered yet, or answered right or wrong on the first try. */
export const SET_ITEM_STATES = ['unanswered', 'right', 'wrong'] as const;
export const SetItemStateSchema = StringEnum(SET_ITEM_STATES);
export type SetItemState = Static<typeof SetItemStateSchema>;

const SkillRef = Type.Object({ id: Type.String(), name: LocalizedSchema });

/** How far the learner is in the set. */
const SetTally = {
  answered: Type.Integer({ description: 'Items whose first-try outcome is known' }),
  correct: Type.Integer({ description: 'Items answered right on the first try' }),
  total: Type.Integer(),
};

/** `GET …/my/item-sets/:assignmentId`: the set as its learner sees it (no item's answers, no stems ahead). */
export const ItemSetViewSchema = Type.Object({
  assignmentId: Type.String(),
  classId: Type.String(),
  className: Type.String(),
  title: Type.Union([Type.String(), Type.Null()]),
  instructions: Type.Union([Type.String(), Type.Null()]),
  dueAt: Type.String(),
  items: Type.Array(Type.Object({ position: Type.Integer(), skill: SkillRef, state: SetItemStateSchema })),
  ...SetTally,
});
export type ItemSetView = Static<typeof ItemSetViewSchema>;

/** `POST …/my/item-sets/:assignmentId/next`: the set's first item not answered yet (the same one until it is). */
export const SetItemServedSchema = Type.Object({
  position: Type.Integer({ description: 'From 0, in the order the teacher chose' }),
  total: Type.Integer(),
  skill: SkillRef,
  item: PublicItemSchema,
});
export type SetItemServed = Static<typeof SetItemServedSchema>;

/** `POST …/my/item-sets/:assignmentId/answer`: an answer to the current step of an item of the set. */
export const SetAnswerBody = Type.Object(
  {
    servedId: Uuid,
    stepId: Type.String({ minLength: 1, maxLength: 200 }),
    answer: Type.String({
      maxLength: 20000,
      description: 'Longer than 200 characters is answered as invalid',
    }),
    locale: Type.Optional(StringEnum(LOCALES, { description: "Defaults to the person's language" })),
  },
  { additionalProperties: false },
);
export type SetAnswerInput = Static<typeof SetAnswerBody>;

/** What an answer in a set did: practice's verdict (its fields), whether the item now counts as answered, the tally. */
export const SetAnswerResultSchema = Type.Object({
  ...AnswerResultSchema.properties,
  itemAnswered: Type.Boolean({ description: 'The item’s first-try outcome is known: on to the next item' }),
  ...SetTally,
});
export type SetAnswerResult = Static<typeof SetAnswerResultSchema>;
