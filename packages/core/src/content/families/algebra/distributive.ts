import { text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import { linear, n, p, term } from '../../math-format.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const expr = (value: string): AnswerSpec => ({
  kind: 'expression',
  value,
  variables: ['x'],
  form: 'combined',
});

/** The distributive property: a(bx + c). */
export const distributiveFamily = defineFamily({
  id: 'alg.distributive.basic',
  skillId: 'alg.distributive',
  name: text('Use the distributive property', 'Aplicar la propiedad distributiva'),
  build(rng, difficulty) {
    const a = rng.int(2, 9) * (difficulty === 1 ? 1 : rng.pick([-1, 1]));
    const b = difficulty === 3 ? rng.int(2, 5) : 1;
    const c = rng.nonZero(-9, 9);
    const inside = linear(b, c, 'x');
    const answer = linear(a * b, a * c, 'x');
    return {
      stem: text(`Expand $${n(a)}(${inside})$.`, `Desarrolla $${n(a)}(${inside})$.`),
      steps: [
        step({
          id: 'expanded',
          prompt: text('Write the expression without parentheses.', 'Escribe la expresión sin paréntesis.'),
          answer: expr(answer),
          guidingQuestion: text(
            'What does the number in front of the parentheses do to what is inside?',
            '¿Qué hace el número delante del paréntesis con lo que hay dentro?',
          ),
          hints: [
            text(
              'The factor outside multiplies every term inside the parentheses.',
              'El factor de fuera multiplica a cada término dentro del paréntesis.',
            ),
            text(
              `The terms inside are $${term(b, 'x')}$ and $${n(c)}$. Multiply each one by $${n(a)}$.`,
              `Los términos de dentro son $${term(b, 'x')}$ y $${n(c)}$. Multiplica cada uno por $${n(a)}$.`,
            ),
            text(
              'Watch the signs: a negative times a negative is positive.',
              'Cuida los signos: negativo por negativo da positivo.',
            ),
          ],
          scaffolds: [
            scaffold(
              'first',
              text(
                `What is $${p(a)} \\cdot ${term(b, 'x')}$?`,
                `¿Cuánto es $${p(a)} \\cdot ${term(b, 'x')}$?`,
              ),
              expr(term(a * b, 'x')),
            ),
            scaffold(
              'second',
              text(`What is $${p(a)} \\cdot ${p(c)}$?`, `¿Cuánto es $${p(a)} \\cdot ${p(c)}$?`),
              num(a * c),
              [misconception('sign-error', num(-a * c))],
            ),
          ],
          misconceptions: [
            misconception('distributed-to-first-term-only', expr(linear(a * b, c, 'x'))),
            misconception('distributed-sign-error', expr(linear(a * b, -a * c, 'x'))),
            misconception('added-instead-of-multiplied', expr(linear(a * b, a + c, 'x'))),
          ],
        }),
      ],
    };
  },
});
