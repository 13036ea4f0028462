import { text } from '../../../language/localized.ts';
import { n, term } from '../../math-format.ts';
import { choice, defineFamily, misconception, ratio, scaffold, solved, step } from '../family-kit.ts';

const inverseOptions = [
  { id: 'a', text: text('Subtract it from both sides', 'Restarlo en ambos lados') },
  { id: 'b', text: text('Divide both sides by it', 'Dividir ambos lados entre él') },
  { id: 'c', text: text('Multiply both sides by it', 'Multiplicar ambos lados por él') },
];

/** One-step equations with multiplication or division: ax = b, x / a = b. */
export const oneStepMultiplyFamily = defineFamily({
  id: 'alg.one-step-multiply.basic',
  skillId: 'alg.one-step-multiply',
  name: text(
    'Solve one-step equations (multiply and divide)',
    'Resolver ecuaciones de un paso (multiplicación y división)',
  ),
  build(rng, difficulty) {
    const a = rng.int(2, 9) * (difficulty === 1 ? 1 : rng.pick([-1, 1]));
    const divided = difficulty > 1 && rng.next() < 0.4;
    // x / a = b needs a whole b, so x is then a multiple of a
    const xValue = divided
      ? a * rng.nonZero(-9, 9)
      : difficulty === 1
        ? rng.int(2, 12)
        : rng.nonZero(-12, 12);
    const bValue = divided ? xValue / a : a * xValue;
    const equation = divided ? `\\frac{x}{${n(a)}} = ${n(bValue)}` : `${term(a, 'x')} = ${n(bValue)}`;
    return {
      stem: text(`Solve $${equation}$.`, `Resuelve $${equation}$.`),
      steps: [
        step({
          id: 'solution',
          prompt: text('What is $x$?', '¿Cuánto vale $x$?'),
          answer: solved('x', '=', xValue),
          guidingQuestion: text(
            'What operation connects the number and $x$, and what is its opposite?',
            '¿Qué operación une el número con $x$ y cuál es su opuesta?',
          ),
          hints: [
            text(
              'Get $x$ alone by doing the opposite operation to both sides.',
              'Deja $x$ sola haciendo la operación opuesta en ambos lados.',
            ),
            divided
              ? text(
                  `$x$ is divided by $${n(a)}$, so multiply both sides by $${n(a)}$.`,
                  `$x$ está dividida entre $${n(a)}$, así que multiplica ambos lados por $${n(a)}$.`,
                )
              : text(
                  `$x$ is multiplied by $${n(a)}$, so divide both sides by $${n(a)}$.`,
                  `$x$ está multiplicada por $${n(a)}$, así que divide ambos lados entre $${n(a)}$.`,
                ),
            text(
              'Decide the sign of the result before you compute it.',
              'Decide el signo del resultado antes de calcularlo.',
            ),
          ],
          scaffolds: [
            scaffold(
              'inverse',
              text(`How do you undo the $${n(a)}$ next to $x$?`, `¿Cómo deshaces el $${n(a)}$ junto a $x$?`),
              choice(inverseOptions, divided ? 'c' : 'b'),
            ),
          ],
          misconceptions: divided
            ? [
                misconception('same-operation-not-inverse', solved('x', '=', ratio(bValue, a))),
                misconception('sign-error', solved('x', '=', -xValue)),
              ]
            : [
                misconception('subtracted-instead-of-divided', solved('x', '=', bValue - a)),
                misconception('same-operation-not-inverse', solved('x', '=', bValue * a)),
                misconception('sign-error', solved('x', '=', -xValue)),
              ],
        }),
      ],
    };
  },
});
