import { text } from '../../../language/localized.ts';
import { linear, term } from '../../math-format.ts';
import { defineFamily, misconception, num, ratio, scaffold, solved, step } from '../family-kit.ts';

/** Equations with the variable on both sides: ax + b = cx + d. */
export const variablesBothSidesFamily = defineFamily({
  id: 'alg.variables-both-sides.basic',
  skillId: 'alg.variables-both-sides',
  name: text(
    'Solve equations with the variable on both sides',
    'Resolver ecuaciones con la incógnita en ambos lados',
  ),
  build(rng, difficulty) {
    const c = rng.int(1, 6);
    let a = c + rng.int(1, difficulty === 1 ? 4 : 6) * (difficulty === 3 ? rng.pick([-1, 1]) : 1);
    if (a === 0) a = c + 1;
    const x = rng.nonZero(-9, 9);
    const b = rng.nonZero(-12, 12);
    const d = (a - c) * x + b;
    const equation = `${linear(a, b, 'x')} = ${linear(c, d, 'x')}`;
    return {
      stem: text(`Solve $${equation}$.`, `Resuelve $${equation}$.`),
      steps: [
        step({
          id: 'solution',
          prompt: text('What is $x$?', '¿Cuánto vale $x$?'),
          answer: solved('x', '=', x),
          guidingQuestion: text(
            'How could you get all the $x$ terms on one side of the equation?',
            '¿Cómo podrías juntar todos los términos con $x$ en un lado de la ecuación?',
          ),
          hints: [
            text(
              'Collect the $x$ terms on one side and the numbers on the other.',
              'Reúne los términos con $x$ en un lado y los números en el otro.',
            ),
            text(`Subtract $${term(c, 'x')}$ from both sides.`, `Resta $${term(c, 'x')}$ en ambos lados.`),
            text(
              'Then undo the constant on the left and divide by the coefficient of $x$.',
              'Luego deshaz el número del lado izquierdo y divide entre el coeficiente de $x$.',
            ),
          ],
          scaffolds: [
            scaffold(
              'coefficient',
              text(
                `After subtracting $${term(c, 'x')}$ from both sides, what is the coefficient of $x$ on the left?`,
                `Tras restar $${term(c, 'x')}$ en ambos lados, ¿cuál es el coeficiente de $x$ a la izquierda?`,
              ),
              num(a - c),
              [misconception('moved-term-without-changing-sign', num(a + c))],
            ),
            scaffold(
              'constant',
              text(
                'And what number is on the right once the left has only the $x$ term?',
                'Y ¿qué número queda a la derecha cuando a la izquierda solo queda el término con $x$?',
              ),
              num(d - b),
              [misconception('moved-term-without-changing-sign', num(d + b))],
            ),
          ],
          misconceptions: [
            ...(a + c !== 0
              ? [misconception('moved-term-without-changing-sign', solved('x', '=', ratio(d - b, a + c)))]
              : []),
            misconception('moved-term-without-changing-sign', solved('x', '=', ratio(d + b, a - c))),
            misconception('sign-error', solved('x', '=', -x)),
          ],
        }),
      ],
    };
  },
});
