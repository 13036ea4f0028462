import type { AuthoredContent, Item, Localized } from '@pathwise/core/content';
import { findAnswerLeak, guardTargetFor } from '@pathwise/core/tutor';

/**
 * The hints and known-wrong-answer feedback of an authored item that state an answer (the step's or a later
 * step's), found by the tutor's own answer guard, which would block them before a learner saw them. Each is named
 * by its field (`body/steps/0/hints/1/en`).
 * @example
 * hintLeaks(content); // [{ field: 'body/steps/1/hints/0/en', message: 'states the answer (5)' }]
 */
export function hintLeaks(content: AuthoredContent): { field: string; message: string }[] {
  const item: Item = {
    id: 'authored',
    familyId: 'authored',
    skillId: 'authored',
    seed: 0,
    difficulty: 2,
    stem: content.stem,
    steps: content.steps,
  };
  const problems: { field: string; message: string }[] = [];
  const check = (text: Localized, field: string, stepIndex: number) => {
    const target = guardTargetFor(item, stepIndex);
    for (const locale of text.es === text.en ? (['en'] as const) : (['en', 'es'] as const)) {
      const verdict = findAnswerLeak(text[locale], target);
      if (!verdict.allowed) {
        problems.push({
          field: `body/${field}/${locale}`,
          message: `states an answer (${verdict.evidence}); a hint or feedback must lead to it, not give it`,
        });
      }
    }
  };
  content.steps.forEach((step, i) => {
    for (const [j, hint] of step.hints.entries()) check(hint, `steps/${i}/hints/${j}`, i);
    for (const [j, m] of step.misconceptions.entries())
      check(m.feedback, `steps/${i}/misconceptions/${j}/feedback`, i);
  });
  return problems;
}
