import { text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import { linear, n, p } from '../../math-format.ts';
import { defineFamily, misconception, num, ratio, scaffold, step } from '../family-kit.ts';

const line = (m: number, b: number): AnswerSpec => ({
  kind: 'relation',
  value: `y = ${linear(m, b, 'x')}`,
  variables: ['x', 'y'],
  form: 'solved',
});

/** The equation y = mx + b of the line through the points of a table (x = 0 is in the table only at difficulty 1). */
export const lineEquationTableFamily = defineFamily({
  id: 'alg.line-equation.table',
  skillId: 'alg.line-equation',
  name: text(
    'Write the equation of a line from a table',
    'Escribir la ecuación de una recta a partir de una tabla',
  ),
  build(rng, difficulty) {
    const m = difficulty === 1 ? rng.int(2, 5) : rng.nonZero(-5, 5);
    let b = rng.nonZero(-9, 9);
    while (b === m) b = rng.nonZero(-9, 9);
    const dx = difficulty === 3 ? 2 : 1;
    const x0 = difficulty === 1 ? 0 : difficulty === 2 ? rng.int(1, 3) : rng.pick([-5, -3, 1, 3]);
    const xs = [0, 1, 2, 3].map((i) => x0 + i * dx);
    const ys = xs.map((x) => m * x + b);
    const points = xs.map((x, i) => `(${n(x)}, ${n(ys[i]!)})`).join(',\\ ');
    const [xa, ya] = [xs[0]!, ys[0]!];
    const equation = `y = ${linear(m, b, 'x')}`;
    return {
      stem: text(
        `Each column of the table is a point $(x, y)$, and all of them lie on one line: $${points}$.`,
        `Cada columna de la tabla es un punto $(x, y)$ y todos están en una misma recta: $${points}$.`,
      ),
      figure: {
        kind: 'table',
        title: text('Points of one line', 'Puntos de una recta'),
        labels: xs.map((x) => text(`x = ${n(x)}`, `x = ${n(x)}`)),
        values: ys,
      },
      steps: [
        step({
          id: 'equation',
          prompt: text(
            'Write the equation of the line in the form $y = mx + b$.',
            'Escribe la ecuación de la recta en la forma $y = mx + b$.',
          ),
          answer: line(m, b),
          guidingQuestion: text(
            'What does the table tell you about how fast $y$ changes, and where could you find the value of $y$ at $x = 0$?',
            '¿Qué te dice la tabla sobre la rapidez con que cambia $y$? ¿Dónde podrías encontrar el valor de $y$ en $x = 0$?',
          ),
          hints: [
            text(
              'First find the slope: compare neighbouring columns and divide the change in $y$ by the change in $x$.',
              'Primero halla la pendiente: compara columnas vecinas y divide el cambio en $y$ entre el cambio en $x$.',
            ),
            xs.includes(0)
              ? text(
                  'The intercept $b$ is the value of $y$ in the column where $x = 0$.',
                  'La ordenada al origen $b$ es el valor de $y$ en la columna donde $x = 0$.',
                )
              : text(
                  'The table has no column with $x = 0$. Put one point and your slope into $y = mx + b$ and solve for $b$, or step the table back to $x = 0$.',
                  'La tabla no tiene una columna con $x = 0$. Pon un punto y tu pendiente en $y = mx + b$ y despeja $b$, o extiende la tabla hacia atrás hasta $x = 0$.',
                ),
            text(
              'Check your equation with another column of the table.',
              'Comprueba tu ecuación con otra columna de la tabla.',
            ),
          ],
          scaffolds: [
            scaffold(
              'slope',
              text('What is the slope $m$?', '¿Cuál es la pendiente $m$?'),
              num(m),
              dx > 1
                ? [misconception('stopped-before-dividing', num(m * dx))]
                : [misconception('run-over-rise', { kind: 'fraction', value: ratio(1, m) })],
            ),
            scaffold(
              'intercept',
              text('What is $b$, the $y$-intercept?', '¿Cuánto vale $b$, la ordenada al origen?'),
              num(b),
              [
                misconception('point-coordinate-as-intercept', num(ya)),
                misconception('moved-term-without-changing-sign', num(ya + m * xa)),
              ],
            ),
          ],
          misconceptions: [
            misconception('point-coordinate-as-intercept', line(m, ya)),
            misconception('moved-term-without-changing-sign', line(m, ya + m * xa)),
            misconception('slope-intercept-confusion', line(b, m)),
            ...(dx > 1 ? [misconception('stopped-before-dividing', line(m * dx, b))] : []),
          ],
          worked: [
            text(
              `Slope: $m = \\dfrac{${n(ys[1]!)} - ${p(ya)}}{${n(xs[1]!)} - ${p(xa)}} = ${n(m)}$`,
              `Pendiente: $m = \\dfrac{${n(ys[1]!)} - ${p(ya)}}{${n(xs[1]!)} - ${p(xa)}} = ${n(m)}$`,
            ),
            xa === 0
              ? text(
                  `At $x = 0$ the table gives $y = ${n(b)}$, so $b = ${n(b)}$.`,
                  `En $x = 0$ la tabla da $y = ${n(b)}$, así que $b = ${n(b)}$.`,
                )
              : text(
                  `Using $(${n(xa)}, ${n(ya)})$: $${n(ya)} = ${n(m)} \\cdot ${p(xa)} + b$, so $b = ${n(ya)} - ${p(m * xa)} = ${n(b)}$.`,
                  `Con $(${n(xa)}, ${n(ya)})$: $${n(ya)} = ${n(m)} \\cdot ${p(xa)} + b$, así que $b = ${n(ya)} - ${p(m * xa)} = ${n(b)}$.`,
                ),
            text(`The equation is $${equation}$.`, `La ecuación es $${equation}$.`),
          ],
        }),
      ],
    };
  },
});
