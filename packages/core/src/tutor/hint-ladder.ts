import type { Scaffold, Step } from '../content/item.ts';
import type { Localized } from '../language/localized.ts';

/** One rung of a step's help ladder. */
export type Rung =
  | { readonly kind: 'guiding-question'; readonly text: Localized }
  | { readonly kind: 'hint'; readonly text: Localized }
  | { readonly kind: 'scaffold'; readonly scaffold: Scaffold };

/**
 * A step's help from general to specific: the guiding question, then hints interleaved with scaffolds
 * (hint 1, scaffold 1, hint 2, scaffold 2, …), so each scaffold breaks down the hint before it.
 */
export function hintLadder(step: Step): Rung[] {
  const rungs: Rung[] = [{ kind: 'guiding-question', text: step.guidingQuestion }];
  const length = Math.max(step.hints.length, step.scaffolds.length);
  for (let i = 0; i < length; i++) {
    const hint = step.hints[i];
    const scaffold = step.scaffolds[i];
    if (hint) rungs.push({ kind: 'hint', text: hint });
    if (scaffold) rungs.push({ kind: 'scaffold', scaffold });
  }
  return rungs;
}

/**
 * Whether the tutor has given every rung of a step's ladder (its turns carry the rung they gave): the learner is
 * stuck after the last hint and may see a worked example of a sibling item.
 *
 * @example
 * ladderDone(step, []); // false
 */
export function ladderDone(step: Step, history: readonly { readonly rung?: number | undefined }[]): boolean {
  const given = history.map((t) => t.rung ?? -1);
  return Math.max(-1, ...given) >= hintLadder(step).length - 1;
}
