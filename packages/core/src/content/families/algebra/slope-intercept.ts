import { text } from '../../../language/localized.ts';
import { linear, term } from '../../math-format.ts';
import { defineFamily, misconception, num, step } from '../family-kit.ts';

/** Reading slope and y-intercept from y = mx + b (and from ky = … at difficulty 3). */
export const slopeInterceptFamily = defineFamily({
  id: 'alg.slope-intercept.read',
  skillId: 'alg.slope-intercept',
  name: text('Read slope and intercept', 'Leer pendiente y ordenada al origen'),
  build(rng, difficulty) {
    let m = rng.nonZero(-6, 6);
    let b = rng.nonZero(-9, 9);
    while (b === m) b = rng.nonZero(-9, 9);
    if (difficulty === 1) m = Math.abs(m) === 1 ? 2 : Math.abs(m);
    const k = difficulty === 3 ? rng.int(2, 4) : 1;
    const equation = k === 1 ? `y = ${linear(m, b, 'x')}` : `${k}y = ${linear(k * m, k * b, 'x')}`;
    return {
      stem: text(`The line has equation $${equation}$.`, `La recta tiene la ecuación $${equation}$.`),
      steps: [
        step({
          id: 'slope',
          prompt: text('What is its slope?', '¿Cuál es su pendiente?'),
          answer: num(m),
          guidingQuestion: text(
            'In the form $y = mx + b$, which letter stands for the slope?',
            'En la forma $y = mx + b$, ¿qué letra representa la pendiente?',
          ),
          hints: [
            text('Compare the equation with $y = mx + b$.', 'Compara la ecuación con $y = mx + b$.'),
            k === 1
              ? text(
                  'The slope is the coefficient of $x$, with its sign.',
                  'La pendiente es el coeficiente de $x$, con su signo.',
                )
              : text(
                  `First divide every term by $${k}$ so that $y$ is alone.`,
                  `Primero divide cada término entre $${k}$ para dejar $y$ sola.`,
                ),
          ],
          misconceptions: [
            misconception('slope-intercept-confusion', num(b)),
            misconception('sign-error', num(-m)),
            ...(k > 1 ? [misconception('slope-intercept-confusion', num(k * m))] : []),
          ],
        }),
        step({
          id: 'intercept',
          prompt: text(
            'What is its $y$-intercept (the value of $y$ when $x = 0$)?',
            '¿Cuál es su ordenada al origen (el valor de $y$ cuando $x = 0$)?',
          ),
          answer: num(b),
          guidingQuestion: text(
            'Where does the line cross the $y$-axis, and what is $x$ there?',
            '¿Dónde corta la recta el eje $y$ y cuánto vale $x$ allí?',
          ),
          hints: [
            text('Set $x = 0$ in the equation.', 'Pon $x = 0$ en la ecuación.'),
            text(
              `With $x = 0$ the term $${term(k * m, 'x')}$ disappears. What is left${k > 1 ? ', once you divide by the number in front of $y$' : ''}?`,
              `Con $x = 0$ el término $${term(k * m, 'x')}$ desaparece. ¿Qué queda${k > 1 ? ' al dividir entre el número que multiplica a $y$' : ''}?`,
            ),
            text('Keep the sign of the constant term.', 'Conserva el signo del término independiente.'),
          ],
          misconceptions: [
            misconception('intercept-sign', num(-b)),
            misconception('slope-intercept-confusion', num(m)),
            ...(k > 1 ? [misconception('slope-intercept-confusion', num(k * b))] : []),
          ],
        }),
      ],
    };
  },
});
