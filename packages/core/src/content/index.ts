export type {
  AnswerKind,
  AnswerSpec,
  ChoiceAnswer,
  ChoiceOption,
  ExpressionAnswer,
  FractionAnswer,
  NumberAnswer,
  RelationAnswer,
  TextAnswer,
} from './answer/answer-spec.ts';
export { canonicalAnswer, checkAnswer } from './answer/check-answer.ts';
export {
  type CheckResult,
  countsAsAttempt,
  type IncorrectNote,
  type InvalidReason,
  incorrectNoteMessages,
  invalidReasonMessages,
  maxAnswerLength,
} from './answer/check-result.ts';
export { type Diagnosis, diagnoseAnswer } from './answer/diagnose-answer.ts';
export { normalizeMath } from './answer/normalize-math.ts';
export { normalizeText } from './answer/normalize-text.ts';
export { type DemoContent, demoContent } from './demo-content.ts';
export { algebraFoundationsPathway, algebraFoundationsSkills } from './frameworks/algebra-foundations.ts';
export { dataLiteracyPathway, dataLiteracySkills } from './frameworks/data-literacy.ts';
export type { Difficulty, Figure, Item, ItemFamily, Misconception, Scaffold, Step } from './item.ts';
export { familiesForSkill, findItem, findItemFamily, itemFamilies } from './item-families.ts';
export { type Locale, type Localized, locales, text } from './localized.ts';
export { type MisconceptionId, misconceptionFeedback } from './misconception-catalog.ts';
export { type PublicItem, type PublicStep, toPublicItem } from './public-item.ts';
export { type SeededRandom, seededRandom } from './seeded-random.ts';
