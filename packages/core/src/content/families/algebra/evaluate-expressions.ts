import { text } from '../../../language/localized.ts';
import { linear, n, p } from '../../math-format.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

/** Substituting a value into an expression: 3x − 2 at x = −4, and 2x² − 3x at difficulty 3. */
export const evaluateExpressionsFamily = defineFamily({
  id: 'alg.evaluate-expressions.basic',
  skillId: 'alg.evaluate-expressions',
  name: text('Evaluate expressions', 'Evaluar expresiones'),
  build(rng, difficulty) {
    const a = rng.int(2, 9);
    let b = rng.nonZero(-9, 9);
    const squared = difficulty === 3;
    const x = difficulty === 1 ? rng.int(2, 9) : squared ? rng.int(-6, -2) : rng.nonZero(-6, -1);
    // NOTE: the scaffold asks for x² (or a·x); the item's answer must differ from it, or asking would reveal it.
    while (squared ? a * x * x + b * x === x * x : b === 0) b = rng.nonZero(-9, 9);
    const expression = squared ? `${a}x^2 ${b > 0 ? '+' : '-'} ${Math.abs(b)}x` : linear(a, b, 'x');
    const answer = squared ? a * x * x + b * x : a * x + b;
    const misconceptions = squared
      ? [
          misconception('negative-squared', num(-a * x * x + b * x)),
          misconception('sign-error', num(a * x * x - b * x)),
        ]
      : [
          misconception('juxtaposition-as-digits', num(Number(`${a}${Math.abs(x)}`) * Math.sign(x) + b)),
          misconception('sign-error', num(a * Math.abs(x) + b)),
        ];
    return {
      stem: text(
        `Evaluate $${expression}$ when $x = ${n(x)}$.`,
        `Calcula el valor de $${expression}$ cuando $x = ${n(x)}$.`,
      ),
      steps: [
        step({
          id: 'value',
          prompt: text('What is the value of the expression?', '¿Cuál es el valor de la expresión?'),
          answer: num(answer),
          guidingQuestion: text(
            'What does it mean to substitute a value for $x$?',
            '¿Qué significa sustituir $x$ por un valor?',
          ),
          hints: [
            text(
              'Replace every $x$ with the given value, written in parentheses.',
              'Reemplaza cada $x$ por el valor dado, escrito entre paréntesis.',
            ),
            squared
              ? text(
                  `Put $(${n(x)})$ in place of each $x$ and work out the power first.`,
                  `Pon $(${n(x)})$ en lugar de cada $x$ y calcula primero la potencia.`,
                )
              : text(
                  `A number next to $x$ means multiplication: work out $${a} \\cdot ${p(x)}$ first.`,
                  `Un número junto a $x$ indica multiplicación: calcula primero $${a} \\cdot ${p(x)}$.`,
                ),
            text(
              'Then follow the order of operations and watch the signs.',
              'Después sigue la jerarquía de operaciones y cuida los signos.',
            ),
          ],
          scaffolds: [
            squared
              ? scaffold('square', text(`What is $(${n(x)})^2$?`, `¿Cuánto es $(${n(x)})^2$?`), num(x * x), [
                  misconception('negative-squared', num(-x * x)),
                ])
              : scaffold(
                  'product',
                  text(`What is $${a} \\cdot ${p(x)}$?`, `¿Cuánto es $${a} \\cdot ${p(x)}$?`),
                  num(a * x),
                  [misconception('sign-error', num(-a * x))],
                ),
          ],
          misconceptions,
        }),
      ],
    };
  },
});
