import type { AnswerSpec } from './answer/answer-spec.ts';
import { canonicalAnswer } from './answer/check-answer.ts';
import type { Item, Step } from './item.ts';
import type { AuthoredAnswer, AuthoredItemInput, AuthoredStep } from './validate-authored-item.ts';

/** The key of a known wrong answer as a teacher would type it (a choice by its option id). */
function wrongAnswerText(spec: AnswerSpec): string {
  return spec.kind === 'text' ? (spec.accepted.en[0] ?? spec.accepted.es[0] ?? '') : canonicalAnswer(spec);
}

/** An answer spec as the editor shows it: the kind, the key, the kind's options. */
export function authoredAnswerOf(spec: AnswerSpec): AuthoredAnswer {
  switch (spec.kind) {
    case 'number':
      return {
        kind: 'number',
        key: String(spec.value),
        ...(spec.tolerance ? { tolerance: spec.tolerance } : {}),
        ...(spec.unit ? { unit: spec.unit } : {}),
      };
    case 'fraction':
      return { kind: 'fraction', key: spec.value, ...(spec.lowestTerms ? { lowestTerms: true } : {}) };
    case 'expression':
      return { kind: 'expression', key: spec.value, variables: spec.variables, form: spec.form ?? 'any' };
    case 'relation':
      return {
        kind: 'relation',
        key: spec.value,
        variables: spec.variables,
        form: spec.form ?? 'any',
        ...(spec.acceptBareValue ? { acceptBareValue: true } : {}),
      };
    case 'choice':
      return { kind: 'choice', key: spec.correct, options: spec.options };
    case 'text':
      return {
        kind: 'text',
        key: spec.accepted.en[0] ?? spec.accepted.es[0] ?? '',
        accepted: { en: spec.accepted.en.slice(1), es: spec.accepted.es },
      };
  }
}

function authoredStepOf(step: Step): AuthoredStep {
  return {
    id: step.id,
    prompt: step.prompt,
    answer: authoredAnswerOf(step.answer),
    hints: step.hints,
    ...(step.guidingQuestion.en ? { guidingQuestion: step.guidingQuestion } : {}),
    misconceptions: step.misconceptions.map((m) => ({
      answer: wrongAnswerText(m.answer),
      feedback: m.feedback,
    })),
  };
}

/**
 * An item in the editor's form, the inverse of `validateAuthoredItem` (scaffolds, figures and worked lines are not
 * edited there). With `languages: ['en']` the Spanish texts are left empty, as the teacher left them.
 * @example
 * const form = authoredFormOf(item, ['en', 'es']); // validateAuthoredItem(form) gives the item's steps again
 */
export function authoredFormOf(item: Item, languages: readonly string[] = ['en', 'es']): AuthoredItemInput {
  const form: AuthoredItemInput = {
    skillId: item.skillId,
    difficulty: item.difficulty,
    stem: item.stem,
    steps: item.steps.map(authoredStepOf),
  };
  if (languages.includes('es')) return form;
  // NOTE: an English-only item stores the English text in `es` too; the editor shows those fields empty.
  return JSON.parse(JSON.stringify(form), (key, value) =>
    value &&
    typeof value === 'object' &&
    typeof value.en === 'string' &&
    typeof value.es === 'string' &&
    value.es === value.en &&
    key !== 'accepted'
      ? { en: value.en }
      : value,
  ) as AuthoredItemInput;
}
