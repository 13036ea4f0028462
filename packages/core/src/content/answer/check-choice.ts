import type { ChoiceAnswer, TextAnswer } from './answer-spec.ts';
import type { CheckResult } from './check-result.ts';
import { compactMath, normalizeText } from './normalize-text.ts';

/** Finds the option a learner meant: its id ("b", "(b)", "B.") or its full text in either language. */
export function findChoiceOption(spec: ChoiceAnswer, input: string): string | null {
  const id = /^\s*\(?\s*([a-z0-9]+)\s*[).]?\s*$/i.exec(input)?.[1]?.toLowerCase();
  const byId = spec.options.find((o) => o.id.toLowerCase() === id);
  if (byId) return byId.id;
  // NOTE: options that are math differ by signs and operators ($x + 22 = 16$, $x - 22 = 16$), which
  // normalizeText drops: the text is matched as math first, and loosely only when that names one option alone.
  const byMath = spec.options.filter(
    (o) => compactMath(o.text.en) === compactMath(input) || compactMath(o.text.es) === compactMath(input),
  );
  if (byMath.length === 1) return byMath[0]!.id;
  const wanted = normalizeText(input);
  const byText = spec.options.filter(
    (o) => normalizeText(o.text.en) === wanted || normalizeText(o.text.es) === wanted,
  );
  return byText.length === 1 ? byText[0]!.id : null;
}

/** Checks a multiple-choice answer. An answer naming no option is invalid, not wrong. */
export function checkChoice(spec: ChoiceAnswer, input: string): CheckResult {
  const chosen = findChoiceOption(spec, input);
  if (chosen === null) return { status: 'invalid', reason: 'unknown-option' };
  return chosen === spec.correct ? { status: 'correct' } : { status: 'incorrect' };
}

/** Checks a short-text answer against the accepted answers of both languages, after normalisation. */
export function checkText(spec: TextAnswer, input: string): CheckResult {
  const wanted = normalizeText(input);
  if (wanted === '') return { status: 'invalid', reason: 'empty' };
  const accepted = [...spec.accepted.en, ...spec.accepted.es].map(normalizeText);
  return accepted.includes(wanted) ? { status: 'correct' } : { status: 'incorrect' };
}
