import { text } from '../../../language/localized.ts';
import { n, p, signed } from '../../math-format.ts';
import { defineFamily, misconception, num, ratio, solved, step } from '../family-kit.ts';

/** Two-step equations with a division: x/a + b = c (also written b + x/a = c or c = x/a + b). */
export const twoStepEquationsFractionFamily = defineFamily({
  id: 'alg.two-step-equations.divided-x',
  skillId: 'alg.two-step-equations',
  name: text('Two-step equations with a fraction', 'Ecuaciones de dos pasos con una fracción'),
  build(rng, difficulty) {
    const a = rng.int(2, difficulty === 1 ? 5 : 9);
    const quotient = difficulty === 1 ? rng.int(1, 9) : rng.nonZero(-9, 9);
    const x = a * quotient;
    const b = difficulty === 1 ? rng.int(1, 15) : rng.nonZero(-15, 15);
    const c = quotient + b;
    const fraction = `\\frac{x}{${a}}`;
    const layout = difficulty === 1 ? 'left' : rng.pick(['left', 'front', 'right'] as const);
    const equation =
      layout === 'left'
        ? `${fraction} ${signed(b)} = ${n(c)}`
        : layout === 'front'
          ? `${n(b)} + ${fraction} = ${n(c)}`
          : `${n(c)} = ${fraction} ${signed(b)}`;
    const undo =
      b > 0 ? text(`subtract $${b}$ from`, `resta $${b}$ en`) : text(`add $${-b}$ to`, `suma $${-b}$ en`);
    return {
      stem: text(
        `Find the value of $x$ that makes $${equation}$ true.`,
        `Halla el valor de $x$ que hace verdadera la igualdad $${equation}$.`,
      ),
      steps: [
        step({
          id: 'isolate-fraction',
          prompt: text(
            `First get $${fraction}$ alone. What number is it equal to?`,
            `Primero deja sola $${fraction}$. ¿A qué número es igual?`,
          ),
          answer: num(quotient),
          guidingQuestion: text(
            'Which number is added to or taken away from the fraction, and how do you undo that?',
            '¿Qué número se suma o se resta a la fracción y cómo lo deshaces?',
          ),
          hints: [
            text(
              'Undo the addition or subtraction first, on both sides.',
              'Deshaz primero la suma o la resta, en ambos lados.',
            ),
            text(
              `${undo.en[0]?.toUpperCase()}${undo.en.slice(1)} both sides.`,
              `${undo.es[0]?.toUpperCase()}${undo.es.slice(1)} ambos lados.`,
            ),
          ],
          misconceptions: [misconception('same-operation-not-inverse', num(c + b))],
          worked: [
            text(`$${equation}$`, `$${equation}$`),
            b > 0
              ? text(
                  `Subtract $${b}$ from both sides: $${fraction} = ${n(c)} - ${b} = ${n(quotient)}$`,
                  `Resta $${b}$ en ambos lados: $${fraction} = ${n(c)} - ${b} = ${n(quotient)}$`,
                )
              : text(
                  `Add $${-b}$ to both sides: $${fraction} = ${n(c)} + ${-b} = ${n(quotient)}$`,
                  `Suma $${-b}$ en ambos lados: $${fraction} = ${n(c)} + ${-b} = ${n(quotient)}$`,
                ),
          ],
        }),
        step({
          id: 'solution',
          prompt: text('Now, what is $x$?', 'Ahora, ¿cuánto vale $x$?'),
          answer: solved('x', '=', x),
          guidingQuestion: text(
            `$x$ is divided by $${a}$. What is the opposite of dividing?`,
            `$x$ está dividida entre $${a}$. ¿Qué es lo opuesto de dividir?`,
          ),
          hints: [
            text(
              'Undo the division by multiplying both sides.',
              'Deshaz la división multiplicando ambos lados.',
            ),
            text(`Multiply both sides by $${a}$.`, `Multiplica ambos lados por $${a}$.`),
            text(
              'Check by putting your value into the original equation.',
              'Comprueba sustituyendo tu valor en la ecuación original.',
            ),
          ],
          misconceptions: [
            misconception('same-operation-not-inverse', solved('x', '=', ratio(quotient, a))),
            misconception('same-operation-not-inverse', solved('x', '=', a * (c + b))),
            misconception('sign-error', solved('x', '=', -x)),
          ],
          worked: [
            text(`$${fraction} = ${n(quotient)}$`, `$${fraction} = ${n(quotient)}$`),
            text(
              `Multiply both sides by $${a}$: $x = ${p(quotient)} \\cdot ${a} = ${n(x)}$`,
              `Multiplica ambos lados por $${a}$: $x = ${p(quotient)} \\cdot ${a} = ${n(x)}$`,
            ),
          ],
        }),
      ],
    };
  },
});
