import { text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import { linear, n, signed, signedTerm } from '../../math-format.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const expr = (value: string): AnswerSpec => ({
  kind: 'expression',
  value,
  variables: ['x'],
  form: 'combined',
});

/** Distribute, then combine like terms: a(x + b) + cx + d. */
export const simplifyExpressionsFamily = defineFamily({
  id: 'alg.simplify-expressions.basic',
  skillId: 'alg.simplify-expressions',
  name: text('Simplify expressions', 'Simplificar expresiones'),
  build(rng, difficulty) {
    const a = rng.int(2, 6) * (difficulty === 1 ? 1 : rng.pick([-1, 1]));
    const b = rng.nonZero(-9, 9);
    let c = rng.nonZero(-7, 7);
    while (a + c === 0) c = rng.nonZero(-7, 7);
    const d = difficulty === 3 ? rng.nonZero(-9, 9) : 0;
    const written = `${n(a)}(${linear(1, b, 'x')}) ${signedTerm(c, 'x')} ${signed(d)}`.trim();
    const answer = linear(a + c, a * b + d, 'x');
    return {
      stem: text(`Simplify $${written}$.`, `Simplifica $${written}$.`),
      steps: [
        step({
          id: 'simplified',
          prompt: text(
            'Write the simplest equivalent expression.',
            'Escribe la expresión equivalente más simple.',
          ),
          answer: expr(answer),
          guidingQuestion: text(
            'What would you do first: remove the parentheses or combine terms? Why?',
            '¿Qué harías primero: quitar el paréntesis o reducir términos? ¿Por qué?',
          ),
          hints: [
            text(
              'Start by removing the parentheses with the distributive property.',
              'Empieza quitando el paréntesis con la propiedad distributiva.',
            ),
            text(
              `Multiply each term inside the parentheses by $${n(a)}$.`,
              `Multiplica cada término del paréntesis por $${n(a)}$.`,
            ),
            text(
              'Then group the $x$ terms together and the numbers together.',
              'Después agrupa los términos con $x$ y los números por separado.',
            ),
          ],
          scaffolds: [
            scaffold(
              'distributed',
              text(
                'After distributing, what is the constant that comes from the parentheses?',
                'Tras distribuir, ¿qué número sale del paréntesis?',
              ),
              num(a * b),
              [misconception('distributed-to-first-term-only', num(b))],
            ),
            scaffold(
              'coefficient',
              text(
                'What is the coefficient of $x$ after combining?',
                '¿Cuál es el coeficiente de $x$ después de reducir?',
              ),
              num(a + c),
            ),
          ],
          misconceptions: [
            misconception('distributed-to-first-term-only', expr(linear(a + c, b + d, 'x'))),
            misconception('distributed-sign-error', expr(linear(a + c, -a * b + d, 'x'))),
          ],
        }),
      ],
    };
  },
});
