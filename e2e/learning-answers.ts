import { type AnswerSpec, canonicalAnswer, findItem, type Step } from '@pathwise/core/content';

/**
 * Test-only: the steps of a served demo item, regenerated from its public id (`family/seed/difficulty`) with the
 * content package, the way the server's own tests do. Never served by the app; no API gives answers away.
 */
export function stepsOf(itemId: string): readonly Step[] {
  const item = findItem(itemId);
  if (!item) throw new Error(`not a demo item: ${itemId}`);
  return item.steps;
}

/** How a learner fills in a step: type text, or pick the option with this English text. */
export type UiAnswer = { type: string } | { choose: string };

/** The right answer, as a learner would enter it on the page. */
export function rightAnswer(spec: AnswerSpec): UiAnswer {
  if (spec.kind === 'choice') {
    const option = spec.options.find((o) => o.id === spec.correct);
    if (!option) throw new Error('choice without its correct option');
    return { choose: option.text.en };
  }
  return { type: canonicalAnswer(spec) };
}

/** A well-formed answer that is surely wrong. */
export function wrongAnswer(spec: AnswerSpec): UiAnswer {
  switch (spec.kind) {
    case 'choice':
      return { choose: spec.options.find((o) => o.id !== spec.correct)?.text.en ?? '' };
    case 'text':
      return { type: 'zzz' };
    case 'relation':
      return { type: `${spec.variables[0] ?? 'x'} = 987654` };
    default:
      return { type: '987654' };
  }
}
