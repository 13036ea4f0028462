import type { Localized } from '../language/localized.ts';
import type { AnswerKind, ChoiceOption } from './answer/answer-spec.ts';
import type { Difficulty, Figure, Item, Step } from './item.ts';

/** What the learner's browser may see of a step: no answer, no misconception patterns, no hints in advance. */
export interface PublicStep {
  readonly id: string;
  readonly prompt: Localized;
  readonly answerKind: AnswerKind;
  /** The variables the answer may use (for a math keyboard), for expression and relation steps. */
  readonly variables?: readonly string[];
  /** The options of a multiple-choice step, in authored order, without the right one marked. */
  readonly options?: readonly ChoiceOption[];
  readonly unit?: 'percent';
}

/** What the learner's browser may see of an item. */
export interface PublicItem {
  readonly id: string;
  readonly skillId: string;
  readonly difficulty: Difficulty;
  readonly stem: Localized;
  readonly figure?: Figure;
  readonly steps: readonly PublicStep[];
}

function publicStep(step: Step): PublicStep {
  const { answer } = step;
  return {
    id: step.id,
    prompt: step.prompt,
    answerKind: answer.kind,
    ...(answer.kind === 'expression' || answer.kind === 'relation' ? { variables: answer.variables } : {}),
    ...(answer.kind === 'choice' ? { options: answer.options } : {}),
    ...(answer.kind === 'number' && answer.unit ? { unit: answer.unit } : {}),
  };
}

/**
 * Strips an item down to what may be sent to the learner: answers, misconception patterns, scaffold answers
 * and hints stay on the server (hints reach the learner one at a time through the tutor).
 * @example
 * reply.send(toPublicItem(findItem(itemId)!));
 */
export function toPublicItem(item: Item): PublicItem {
  return {
    id: item.id,
    skillId: item.skillId,
    difficulty: item.difficulty,
    stem: item.stem,
    ...(item.figure ? { figure: item.figure } : {}),
    steps: item.steps.map(publicStep),
  };
}
