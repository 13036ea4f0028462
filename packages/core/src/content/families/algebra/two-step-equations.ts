import { text } from '../../../language/localized.ts';
import { linear, n, term } from '../../math-format.ts';
import { defineFamily, misconception, num, ratio, scaffold, solved, step } from '../family-kit.ts';

/** Two-step equations ax + b = c, solved in two steps: undo the addition, then the multiplication. */
export const twoStepEquationsFamily = defineFamily({
  id: 'alg.two-step-equations.basic',
  skillId: 'alg.two-step-equations',
  name: text('Solve two-step equations', 'Resolver ecuaciones de dos pasos'),
  build(rng, difficulty) {
    const a = rng.int(2, 9) * (difficulty === 3 ? rng.pick([-1, 1]) : 1);
    const x = difficulty === 1 ? rng.int(1, 10) : rng.nonZero(-10, 10);
    const b = rng.nonZero(-15, 15);
    const c = a * x + b;
    const equation = `${linear(a, b, 'x')} = ${n(c)}`;
    const rest = c - b;
    const undo =
      b > 0 ? text(`subtract $${b}$ from`, `resta $${b}$ en`) : text(`add $${-b}$ to`, `suma $${-b}$ en`);
    return {
      stem: text(`Solve $${equation}$.`, `Resuelve $${equation}$.`),
      steps: [
        step({
          id: 'isolate-term',
          prompt: text(
            `First ${undo.en} both sides. What number is then on the right side of $${term(a, 'x')} = \\;?$`,
            `Primero ${undo.es} ambos lados. ¿Qué número queda entonces a la derecha de $${term(a, 'x')} = \\;?$`,
          ),
          answer: num(rest),
          guidingQuestion: text(
            'Which operation is applied to $x$ last, and so must be undone first?',
            '¿Qué operación se aplica a $x$ en último lugar y, por eso, se deshace primero?',
          ),
          hints: [
            text(
              'Undo operations in reverse order: addition and subtraction first.',
              'Deshaz las operaciones en orden inverso: primero la suma y la resta.',
            ),
            text(
              `Do the same thing to the right side: ${undo.en} $${n(c)}$.`,
              `Haz lo mismo en el lado derecho: a $${n(c)}$ ${b > 0 ? `réstale $${b}$` : `súmale $${-b}$`}.`,
            ),
          ],
          misconceptions: [misconception('same-operation-not-inverse', num(c + b))],
        }),
        step({
          id: 'solution',
          prompt: text('Now, what is $x$?', 'Ahora, ¿cuánto vale $x$?'),
          answer: solved('x', '=', x),
          guidingQuestion: text(
            'Now only one operation is attached to $x$. Which one is it?',
            'Ahora a $x$ solo le queda una operación. ¿Cuál es?',
          ),
          hints: [
            text(
              '$x$ is multiplied by a number. Undo the multiplication.',
              '$x$ está multiplicada por un número. Deshaz la multiplicación.',
            ),
            text(`Divide both sides by $${n(a)}$.`, `Divide ambos lados entre $${n(a)}$.`),
            text(
              'Check by putting your value back into the original equation.',
              'Comprueba sustituyendo tu valor en la ecuación original.',
            ),
          ],
          scaffolds: [
            scaffold(
              'divisor',
              text('What number should you divide both sides by?', '¿Entre qué número divides ambos lados?'),
              num(a),
              [misconception('sign-error', num(-a))],
            ),
          ],
          misconceptions: [
            misconception('divided-before-subtracting', solved('x', '=', ratio(c - b * a, a))),
            misconception('same-operation-not-inverse', solved('x', '=', ratio(c + b, a))),
            misconception('sign-error', solved('x', '=', -x)),
          ],
        }),
      ],
    };
  },
});
