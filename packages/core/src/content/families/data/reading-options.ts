import type { Localized } from '../../../language/localized.ts';
import type { ChoiceOption } from '../../answer/answer-spec.ts';
import type { SeededRandom } from '../../seeded-random.ts';

/**
 * Shuffles keyed options and numbers them o1, o2, o3 …: the options for `choice()` and the id of each key. The ids
 * are not letters: the answer guard reads "is a" or "es a" in a tutor's sentence ("Here is a hint") as naming option
 * a, so a correct option with id "a" made the engine's own replies look like leaks. Learners answer with the
 * option's text, so the id is never shown.
 * @example
 * const { options, id } = shuffledOptions(rng, [{ key: 'right', text: t1 }, { key: 'axis', text: t2 }]);
 * choice(options, id.right!);
 */
export function shuffledOptions(
  rng: SeededRandom,
  keyed: readonly { readonly key: string; readonly text: Localized }[],
): { options: ChoiceOption[]; id: Record<string, string> } {
  const id: Record<string, string> = {};
  const options = rng.shuffle(keyed).map((o, i) => {
    const optionId = `o${i + 1}`;
    id[o.key] = optionId;
    return { id: optionId, text: o.text };
  });
  return { options, id };
}
