import { text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import { n } from '../../math-format.ts';
import { defineFamily, misconception, num, ratio, scaffold, step } from '../family-kit.ts';

const frac = (value: string): AnswerSpec => ({ kind: 'fraction', value });

/** Slope of the line through two points. */
export const slopeFamily = defineFamily({
  id: 'alg.slope.two-points',
  skillId: 'alg.slope',
  name: text('Find the slope from two points', 'Hallar la pendiente a partir de dos puntos'),
  build(rng, difficulty) {
    const x1 = rng.int(-6, 6);
    const y1 = rng.int(-6, 6);
    const run = rng.int(2, difficulty === 1 ? 4 : 7) * (difficulty === 3 ? rng.pick([-1, 1]) : 1);
    const rise = difficulty === 1 ? run * rng.nonZero(-3, 3) : rng.nonZero(-9, 9);
    const [x2, y2] = [x1 + run, y1 + rise];
    const points = `(${n(x1)}, ${n(y1)})`;
    const points2 = `(${n(x2)}, ${n(y2)})`;
    return {
      stem: text(
        `Find the slope of the line through $${points}$ and $${points2}$.`,
        `Halla la pendiente de la recta que pasa por $${points}$ y $${points2}$.`,
      ),
      steps: [
        step({
          id: 'slope',
          prompt: text(
            'What is the slope? (A fraction is fine.)',
            '¿Cuál es la pendiente? (Puedes usar una fracción.)',
          ),
          answer: frac(ratio(rise, run)),
          guidingQuestion: text(
            'What does slope measure when you move from one point to the other?',
            '¿Qué mide la pendiente cuando pasas de un punto al otro?',
          ),
          hints: [
            text(
              'Slope is the change in $y$ divided by the change in $x$.',
              'La pendiente es el cambio en $y$ dividido entre el cambio en $x$.',
            ),
            text(
              'Subtract the coordinates in the same order: second point minus first point.',
              'Resta las coordenadas en el mismo orden: segundo punto menos primer punto.',
            ),
            text(
              `For the change in $y$, start from $${n(y2)}$ and take away $${n(y1)}$; do the same with the $x$-coordinates.`,
              `Para el cambio en $y$, parte de $${n(y2)}$ y quítale $${n(y1)}$; haz lo mismo con las coordenadas $x$.`,
            ),
          ],
          scaffolds: [
            scaffold(
              'rise',
              text('What is the change in $y$ (the rise)?', '¿Cuál es el cambio en $y$ (la subida)?'),
              num(rise),
              [misconception('sign-error', num(-rise))],
            ),
            scaffold(
              'run',
              text('What is the change in $x$ (the run)?', '¿Cuál es el cambio en $x$ (el avance)?'),
              num(run),
              [misconception('sign-error', num(-run))],
            ),
          ],
          misconceptions: [
            misconception('run-over-rise', frac(ratio(run, rise))),
            misconception('mixed-subtraction-order', frac(ratio(-rise, run))),
          ],
        }),
      ],
    };
  },
});
