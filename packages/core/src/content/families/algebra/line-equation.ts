import { text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import { linear, n } from '../../math-format.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const line = (m: number, b: number): AnswerSpec => ({
  kind: 'relation',
  value: `y = ${linear(m, b, 'x')}`,
  variables: ['x', 'y'],
  form: 'solved',
});

/** Writing y = mx + b for a line with a given slope through a given point. */
export const lineEquationFamily = defineFamily({
  id: 'alg.line-equation.point-slope',
  skillId: 'alg.line-equation',
  name: text('Write the equation of a line', 'Escribir la ecuación de una recta'),
  build(rng, difficulty) {
    const m = difficulty === 1 ? rng.int(1, 5) : rng.nonZero(-5, 5);
    let x1 = rng.nonZero(-5, 5);
    const b = rng.nonZero(-9, 9);
    if (difficulty === 1) x1 = Math.abs(x1);
    const y1 = m * x1 + b;
    const point = `(${n(x1)}, ${n(y1)})`;
    return {
      stem: text(
        `A line has slope $${n(m)}$ and passes through $${point}$.`,
        `Una recta tiene pendiente $${n(m)}$ y pasa por $${point}$.`,
      ),
      steps: [
        step({
          id: 'equation',
          prompt: text(
            'Write its equation in the form $y = mx + b$.',
            'Escribe su ecuación en la forma $y = mx + b$.',
          ),
          answer: line(m, b),
          guidingQuestion: text(
            'You know $m$. What information do you still need to write $y = mx + b$?',
            'Ya conoces $m$. ¿Qué dato te falta para escribir $y = mx + b$?',
          ),
          hints: [
            text(
              'Start from $y = mx + b$ with the slope you know; only $b$ is missing.',
              'Parte de $y = mx + b$ con la pendiente que conoces; solo falta $b$.',
            ),
            text(
              'The point lies on the line, so its coordinates make the equation true. Substitute them.',
              'El punto está en la recta, así que sus coordenadas cumplen la ecuación. Sustitúyelas.',
            ),
            text(
              `Put $x = ${n(x1)}$ and $y = ${n(y1)}$ into $y = ${n(m)}x + b$ and solve for $b$.`,
              `Pon $x = ${n(x1)}$ e $y = ${n(y1)}$ en $y = ${n(m)}x + b$ y despeja $b$.`,
            ),
          ],
          scaffolds: [
            scaffold(
              'intercept',
              text('What is $b$, the $y$-intercept?', '¿Cuánto vale $b$, la ordenada al origen?'),
              num(b),
              [
                misconception('point-coordinate-as-intercept', num(y1)),
                misconception('moved-term-without-changing-sign', num(y1 + m * x1)),
              ],
            ),
          ],
          misconceptions: [
            misconception('point-coordinate-as-intercept', line(m, y1)),
            misconception('moved-term-without-changing-sign', line(m, y1 + m * x1)),
            misconception('intercept-sign', line(m, -b)),
          ],
        }),
      ],
    };
  },
});
