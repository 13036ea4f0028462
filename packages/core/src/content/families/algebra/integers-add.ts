import { text } from '../../../language/localized.ts';
import { n, p } from '../../math-format.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const ranges = { 1: 9, 2: 20, 3: 60 } as const;

/** Adding and subtracting integers, including subtracting a negative number. */
export const integersAddFamily = defineFamily({
  id: 'alg.integers-add.basic',
  skillId: 'alg.integers-add',
  name: text('Add and subtract integers', 'Sumar y restar enteros'),
  build(rng, difficulty) {
    const size = ranges[difficulty];
    const a = rng.nonZero(-size, size);
    const b = rng.nonZero(-size, -1);
    const subtract = difficulty > 1 ? rng.next() < 0.7 : rng.next() < 0.4;
    const answer = subtract ? a - b : a + b;
    const expression = `${n(a)} ${subtract ? '-' : '+'} ${p(b)}`;
    const opposite = subtract ? -b : b;
    return {
      stem: text(`Compute $${expression}$.`, `Calcula $${expression}$.`),
      steps: [
        step({
          id: 'result',
          prompt: text('What is the result?', '¿Cuál es el resultado?'),
          answer: num(answer),
          guidingQuestion: subtract
            ? text(
                'What does subtracting a negative number do on the number line?',
                '¿Qué hace restar un número negativo en la recta numérica?',
              )
            : text(
                'When you add a negative number, do you move left or right on the number line?',
                'Al sumar un número negativo, ¿te mueves a la izquierda o a la derecha en la recta numérica?',
              ),
          hints: [
            text(
              'Picture a number line and start at the first number.',
              'Imagina una recta numérica y empieza en el primer número.',
            ),
            subtract
              ? text(
                  'Subtracting a number is the same as adding its opposite. Rewrite the problem as an addition.',
                  'Restar un número es lo mismo que sumar su opuesto. Escribe el problema como una suma.',
                )
              : text(
                  'Adding a negative number moves you to the left.',
                  'Sumar un número negativo te mueve hacia la izquierda.',
                ),
            text(
              `Start at $${n(a)}$ and move $${n(Math.abs(b))}$ units ${opposite > 0 ? 'to the right' : 'to the left'}.`,
              `Empieza en $${n(a)}$ y avanza $${n(Math.abs(b))}$ unidades ${opposite > 0 ? 'a la derecha' : 'a la izquierda'}.`,
            ),
          ],
          scaffolds: subtract
            ? [
                scaffold(
                  'opposite',
                  text(
                    `Subtracting $${p(b)}$ is the same as adding which number?`,
                    `Restar $${p(b)}$ es lo mismo que sumar ¿qué número?`,
                  ),
                  num(-b),
                  [misconception('sign-error', num(b))],
                ),
              ]
            : [],
          misconceptions: [
            misconception('sign-error', num(-answer)),
            misconception('subtracting-a-negative', num(subtract ? a + b : a - b)),
          ],
        }),
      ],
    };
  },
});
