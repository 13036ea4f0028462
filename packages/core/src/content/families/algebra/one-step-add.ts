import { text } from '../../../language/localized.ts';
import { n } from '../../math-format.ts';
import { choice, defineFamily, misconception, scaffold, solved, step } from '../family-kit.ts';

const inverseOptions = [
  { id: 'a', text: text('Add it to both sides', 'Sumarlo en ambos lados') },
  { id: 'b', text: text('Subtract it from both sides', 'Restarlo en ambos lados') },
  { id: 'c', text: text('Multiply both sides by it', 'Multiplicar ambos lados por él') },
];

/** One-step equations with addition or subtraction: x + a = b, x − a = b. */
export const oneStepAddFamily = defineFamily({
  id: 'alg.one-step-add.basic',
  skillId: 'alg.one-step-add',
  name: text('Solve one-step equations (add and subtract)', 'Resolver ecuaciones de un paso (suma y resta)'),
  build(rng, difficulty) {
    const size = difficulty === 1 ? 12 : 30;
    const a = rng.int(2, size);
    const x = difficulty === 3 ? rng.nonZero(-size, size) : rng.int(1, size);
    const minus = rng.next() < 0.5;
    const b = minus ? x - a : x + a;
    const equation = `x ${minus ? '-' : '+'} ${a} = ${n(b)}`;
    return {
      stem: text(`Solve $${equation}$.`, `Resuelve $${equation}$.`),
      steps: [
        step({
          id: 'solution',
          prompt: text('What is $x$?', '¿Cuánto vale $x$?'),
          answer: solved('x', '=', x),
          guidingQuestion: text(
            `What is being done to $x$ on the left side, and how could you undo it?`,
            `¿Qué se le hace a $x$ en el lado izquierdo y cómo podrías deshacerlo?`,
          ),
          hints: [
            text(
              'Get $x$ alone by doing the opposite operation to both sides.',
              'Deja $x$ sola haciendo la operación opuesta en ambos lados.',
            ),
            minus
              ? text(
                  `$${a}$ is subtracted from $x$, so add $${a}$ to both sides.`,
                  `A $x$ se le resta $${a}$, así que suma $${a}$ en ambos lados.`,
                )
              : text(
                  `$${a}$ is added to $x$, so subtract $${a}$ from both sides.`,
                  `A $x$ se le suma $${a}$, así que resta $${a}$ en ambos lados.`,
                ),
            text(
              'Check your value by putting it back into the equation.',
              'Comprueba tu valor sustituyéndolo en la ecuación.',
            ),
          ],
          scaffolds: [
            scaffold(
              'inverse',
              text(
                `How do you undo the $${a}$ on the left side?`,
                `¿Cómo deshaces el $${a}$ del lado izquierdo?`,
              ),
              choice(inverseOptions, minus ? 'a' : 'b'),
            ),
          ],
          misconceptions: [
            misconception('same-operation-not-inverse', solved('x', '=', minus ? b - a : b + a)),
            misconception('sign-error', solved('x', '=', -x)),
          ],
        }),
      ],
    };
  },
});
