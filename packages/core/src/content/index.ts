export { type Locale, type Localized, locales, text } from '../language/localized.ts';
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
export { normalizeMath } from './answer/normalize-math.ts';
export { normalizeText } from './answer/normalize-text.ts';
export { type DemoContent, demoContent } from './catalog/demo-content.ts';
export {
  familiesForSkill,
  findItem,
  findItemFamily,
  itemFamilies,
  skillExplanation,
} from './catalog/item-families.ts';
export { type Diagnosis, diagnoseAnswer } from './diagnose-answer.ts';
export { algebraFoundationsPathway, algebraFoundationsSkills } from './frameworks/algebra-foundations.ts';
export { dataLiteracyPathway, dataLiteracySkills } from './frameworks/data-literacy.ts';
export type { Difficulty, Figure, Item, ItemFamily, Misconception, Scaffold, Step } from './item.ts';
export { type MisconceptionId, misconceptionFeedback } from './misconception-catalog.ts';
export { type PublicItem, type PublicStep, toPublicItem } from './public-item.ts';
export { type SeededRandom, seededRandom } from './seeded-random.ts';
export type { SkillExplanation } from './skill-explanation.ts';
export {
  type ParsedItemContent,
  parseStoredItemContent,
  type StoredItemContent,
  type StoredStep,
} from './stored-item-content.ts';
export {
  type AuthoredAnswer,
  type AuthoredContent,
  type AuthoredItemCheck,
  type AuthoredItemInput,
  type AuthoredMisconception,
  type AuthoredOption,
  type AuthoredStep,
  type AuthoredText,
  type AuthoringError,
  validateAuthoredItem,
} from './validate-authored-item.ts';
export { authoredAnswerOf, authoredFormOf } from './validate-authored-item-form.ts';
