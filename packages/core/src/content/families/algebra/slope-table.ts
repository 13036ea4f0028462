import { text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import { n } from '../../math-format.ts';
import { defineFamily, misconception, num, ratio, step } from '../family-kit.ts';

const frac = (value: string): AnswerSpec => ({ kind: 'fraction', value });

const titles = [
  text('Points on a line', 'Puntos de una recta'),
  text('Values of y for some values of x', 'Valores de y para algunos valores de x'),
  text('A table of a linear relation', 'Tabla de una relación lineal'),
];

/** Slope read from a table of values: the step in y per column, then the slope. */
export const slopeTableFamily = defineFamily({
  id: 'alg.slope.table',
  skillId: 'alg.slope',
  name: text('Find the slope from a table', 'Hallar la pendiente a partir de una tabla'),
  build(rng, difficulty) {
    const dx = difficulty === 1 ? 1 : rng.int(2, difficulty === 2 ? 3 : 4);
    const x0 = rng.int(-4, 3);
    // the change in y from one column to the next
    let dy: number;
    if (difficulty === 3) {
      dy = rng.nonZero(-11, 11);
      if (dy % dx === 0) dy += dy > 0 ? 1 : -1;
    } else {
      dy = dx * rng.nonZero(-5, 5);
    }
    if (Math.abs(dy) === 1) dy *= 2;
    const y0 = rng.int(-8, 8);
    const xs = [0, 1, 2, 3].map((i) => x0 + i * dx);
    const ys = [0, 1, 2, 3].map((i) => y0 + i * dy);
    const slope = ratio(dy, dx);
    const title = rng.pick(titles);
    const slopeTex = slope.includes('/') ? `${dy < 0 ? '-' : ''}\\frac{${Math.abs(dy)}}{${dx}}` : slope;
    const row = (values: readonly number[]) => values.map(n).join(',\\ ');
    return {
      stem: text(
        `The table shows $y$ for four values of $x$, all on the same line: $x$ takes the values $${row(xs)}$ and $y$ takes the values $${row(ys)}$.`,
        `La tabla muestra $y$ para cuatro valores de $x$, todos sobre la misma recta: $x$ toma los valores $${row(xs)}$ e $y$ toma los valores $${row(ys)}$.`,
      ),
      figure: {
        kind: 'table',
        title,
        labels: xs.map((x) => text(`x = ${n(x)}`, `x = ${n(x)}`)),
        values: ys,
      },
      steps: [
        step({
          id: 'step-y',
          prompt: text(
            'From one column to the next, $x$ goes up by the same amount. By how much does $y$ change each time? (Use a negative number for a decrease.)',
            'De una columna a la siguiente, $x$ aumenta siempre lo mismo. ¿Cuánto cambia $y$ cada vez? (Usa un número negativo si disminuye.)',
          ),
          answer: num(dy),
          guidingQuestion: text(
            'Pick any column and the one right after it. What do you do to find how much $y$ changed?',
            'Elige una columna y la siguiente. ¿Qué haces para saber cuánto cambió $y$?',
          ),
          hints: [
            text('Subtract: later $y$ minus earlier $y$.', 'Resta: el $y$ posterior menos el $y$ anterior.'),
            text(
              'Check that you get the same change for every pair of neighbouring columns.',
              'Comprueba que obtienes el mismo cambio en cada par de columnas vecinas.',
            ),
          ],
          misconceptions: [misconception('reversed-change', num(-dy))],
          worked: [
            text(
              `$${n(ys[1]!)} - ${n(ys[0]!)} = ${n(dy)}$, and the same for the other columns.`,
              `$${n(ys[1]!)} - ${n(ys[0]!)} = ${n(dy)}$, y lo mismo en las demás columnas.`,
            ),
          ],
        }),
        step({
          id: 'slope',
          prompt: text(
            'What is the slope of the line? (A fraction is fine.)',
            '¿Cuál es la pendiente de la recta? (Puedes usar una fracción.)',
          ),
          answer: frac(slope),
          guidingQuestion: text(
            'The slope compares the change in $y$ with the change in $x$. What is the change in $x$ between neighbouring columns?',
            'La pendiente compara el cambio en $y$ con el cambio en $x$. ¿Cuál es el cambio en $x$ entre columnas vecinas?',
          ),
          hints: [
            text(
              'Slope is the change in $y$ divided by the change in $x$, over the same pair of columns.',
              'La pendiente es el cambio en $y$ dividido entre el cambio en $x$, en el mismo par de columnas.',
            ),
            text(
              `Between neighbouring columns, $x$ goes from $${n(xs[0]!)}$ to $${n(xs[1]!)}$. Divide the change in $y$ by that step.`,
              `Entre columnas vecinas, $x$ pasa de $${n(xs[0]!)}$ a $${n(xs[1]!)}$. Divide el cambio en $y$ entre ese paso.`,
            ),
            text(
              'A fraction in lowest terms or a decimal are both fine if the division is not exact.',
              'Si la división no es exacta, sirve una fracción simplificada o un decimal.',
            ),
          ],
          misconceptions: [
            misconception('run-over-rise', frac(ratio(dx, dy))),
            misconception('sign-error', frac(ratio(-dy, dx))),
          ],
          worked: [
            text(
              `Slope $= \\dfrac{${n(dy)}}{${n(xs[1]!)} - ${n(xs[0]!)}} = \\dfrac{${n(dy)}}{${dx}}${slope.includes('/') ? '' : ` = ${slopeTex}`}$`,
              `Pendiente $= \\dfrac{${n(dy)}}{${n(xs[1]!)} - ${n(xs[0]!)}} = \\dfrac{${n(dy)}}{${dx}}${slope.includes('/') ? '' : ` = ${slopeTex}`}$`,
            ),
          ],
        }),
      ],
    };
  },
});
