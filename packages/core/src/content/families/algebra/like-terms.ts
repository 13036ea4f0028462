import { text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import { linear, signed, signedTerm, term } from '../../math-format.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const expr = (value: string): AnswerSpec => ({
  kind: 'expression',
  value,
  variables: ['x'],
  form: 'combined',
});

/** Combining like terms: ax + b − cx + d. */
export const likeTermsFamily = defineFamily({
  id: 'alg.like-terms.basic',
  skillId: 'alg.like-terms',
  name: text('Combine like terms', 'Reducir términos semejantes'),
  build(rng, difficulty) {
    const a = rng.int(2, 9);
    const sign = difficulty === 1 ? 1 : -1;
    let c = rng.int(1, 9) * sign;
    while (a + c === 0) c = rng.int(1, 9) * sign;
    const b = rng.nonZero(-9, 9);
    const d = difficulty === 3 ? rng.nonZero(-9, 9) : rng.int(1, 9);
    const coefficient = a + c;
    const constant = b + d;
    const written = `${term(a, 'x')} ${signed(b)} ${signedTerm(c, 'x')} ${signed(d)}`;
    const answer = linear(coefficient, constant, 'x');
    return {
      stem: text(`Simplify $${written}$.`, `Simplifica $${written}$.`),
      steps: [
        step({
          id: 'simplified',
          prompt: text(
            'Write the expression with like terms combined.',
            'Escribe la expresión con los términos semejantes reducidos.',
          ),
          answer: expr(answer),
          guidingQuestion: text(
            'Which terms in this expression are alike, and why can they be combined?',
            '¿Qué términos de esta expresión son semejantes y por qué se pueden juntar?',
          ),
          hints: [
            text(
              'Like terms have the same variable part. Group the $x$ terms together and the numbers together.',
              'Los términos semejantes tienen la misma parte literal. Agrupa los términos con $x$ y, por otro lado, los números.',
            ),
            text(
              'Each term keeps the sign in front of it when you move it.',
              'Cada término conserva el signo que tiene delante al moverlo.',
            ),
            text(
              'Add the coefficients of the $x$ terms, then add the plain numbers.',
              'Suma los coeficientes de los términos con $x$ y luego suma los números solos.',
            ),
          ],
          scaffolds: [
            scaffold(
              'coefficient',
              text(
                'What is the coefficient of $x$ after combining?',
                '¿Cuál es el coeficiente de $x$ después de reducir?',
              ),
              num(coefficient),
              [misconception('dropped-minus-before-term', num(a - c))],
            ),
            scaffold(
              'constant',
              text(
                'What is the constant term after combining?',
                '¿Cuál es el término independiente después de reducir?',
              ),
              num(constant),
            ),
          ],
          misconceptions: [
            misconception('dropped-minus-before-term', expr(linear(a - c, constant, 'x'))),
            ...(coefficient + constant !== 0
              ? [misconception('combined-unlike-terms', expr(`${coefficient + constant}x`))]
              : []),
            misconception('combined-unlike-terms', expr(`${coefficient + constant}`)),
          ],
        }),
      ],
    };
  },
});
