import type { AnswerSpec } from '../content/answer/answer-spec.ts';
import { canonicalAnswer } from '../content/answer/check-answer.ts';
import type { Item } from '../content/item.ts';

/** What the answer guard protects for one step, and what the learner can already see. */
export interface GuardTarget {
  /** Answers that must not appear: the current step's and every later step's (the item's final answer included). */
  readonly answers: readonly AnswerSpec[];
  /** Text the learner already has (stem, figure, prompts, earlier steps' answers): quoting it is not a leak. */
  readonly context: string;
}

/**
 * The guard target for step `stepIndex` of an item.
 * @example
 * const target = guardTargetFor(item, 0);
 */
export function guardTargetFor(item: Item, stepIndex: number): GuardTarget {
  const steps = item.steps;
  const seen = steps.slice(0, stepIndex + 1);
  const solved = steps.slice(0, stepIndex);
  const figure = item.figure
    ? [
        item.figure.title.en,
        ...item.figure.labels.map((l) => `${l.en} ${l.es}`),
        item.figure.values.join(' ; '),
      ]
    : [];
  const context = [
    item.stem.en,
    item.stem.es,
    ...figure,
    ...(item.figure?.axis ? [`${item.figure.axis.min} ; ${item.figure.axis.max}`] : []),
    ...seen.flatMap((s) => [s.prompt.en, s.prompt.es]),
    ...solved.map((s) => canonicalAnswer(s.answer)),
  ].join(' ; ');
  return { answers: steps.slice(stepIndex).map((s) => s.answer), context };
}
