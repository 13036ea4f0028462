import { text } from '../../../language/localized.ts';
import type { Misconception } from '../../item.ts';
import { linear, n, p, signed } from '../../math-format.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

/** Completing a table of values of a rule: y = ax + b, and y = x² + c at difficulty 3, with negative inputs. */
export const evaluateExpressionsTableFamily = defineFamily({
  id: 'alg.evaluate-expressions.table-of-values',
  skillId: 'alg.evaluate-expressions',
  name: text('Complete a table of values', 'Completa una tabla de valores'),
  build(rng, difficulty) {
    const squared = difficulty === 3;
    const a = squared ? 1 : rng.int(2, difficulty === 1 ? 5 : 9);
    const b = difficulty === 1 ? rng.int(1, 9) : rng.nonZero(-9, 9);
    const rule = squared ? `x^2 ${signed(b)}` : linear(a, b, 'x');
    const value = (x: number) => (squared ? x * x + b : a * x + b);
    // Known values: two small x; asked: a positive x (difficulty 1) or a negative one, and another.
    const known = [0, 1];
    const pool = difficulty === 1 ? [2, 3, 4, 5, 6, 7] : [-6, -5, -4, -3, -2, -1, 2, 3, 4, 5];
    const asked = rng.shuffle(pool).slice(0, 2) as [number, number];
    if (difficulty > 1 && asked[0] > 0 && asked[1] > 0) asked[1] = -asked[1];
    // NOTE: the two answers should differ (a square gives the same value at x and -x).
    if (value(asked[0]) === value(asked[1])) asked[1] = asked[1] > 0 ? asked[1] + 1 : asked[1] - 1;
    const label = (x: number) => text(`x = ${n(x)}`, `x = ${n(x)}`);
    const stepFor = (x: number, index: number) => {
      const y = value(x);
      const product = squared ? x * x : a * x;
      const wrong: Misconception[] = squared
        ? [
            misconception('negative-squared', num(-x * x + b)),
            misconception('exponent-as-multiplication', num(2 * x + b)),
          ]
        : [
            ...(x < 0 ? [misconception('sign-error', num(-a * x + b))] : []),
            ...(x > 0 && x < 10
              ? [misconception('juxtaposition-as-digits', num(Number(`${a}${x}`) + b))]
              : []),
          ];
      const shown = squared ? `(${n(x)})^2` : `${a} \\cdot ${p(x)}`;
      return step({
        id: `y${index + 1}`,
        prompt: text(`What is $y$ when $x = ${n(x)}$?`, `¿Cuánto vale $y$ cuando $x = ${n(x)}$?`),
        answer: num(y),
        guidingQuestion: text(
          'How were the values already in the table found from the rule?',
          '¿Cómo se obtuvieron de la regla los valores que ya están en la tabla?',
        ),
        hints: [
          text(
            'Put the new value of $x$ in the rule, in parentheses, in place of $x$.',
            'Pon el nuevo valor de $x$ en la regla, entre paréntesis, en lugar de $x$.',
          ),
          squared
            ? text(
                'Square first: the square of a negative number is positive. Then add or subtract the constant.',
                'Eleva al cuadrado primero: el cuadrado de un número negativo es positivo. Luego suma o resta la constante.',
              )
            : text(
                'Multiply first, watching the sign, then add or subtract the constant.',
                'Multiplica primero, cuidando el signo, y luego suma o resta la constante.',
              ),
        ],
        scaffolds:
          product === y
            ? []
            : [scaffold('first', text(`What is $${shown}$?`, `¿Cuánto es $${shown}$?`), num(product))],
        misconceptions: wrong,
        worked: [
          text(
            `$y = ${squared ? `(${n(x)})^2 ${signed(b)}` : `${a} \\cdot ${p(x)} ${signed(b)}`}$`,
            `$y = ${squared ? `(${n(x)})^2 ${signed(b)}` : `${a} \\cdot ${p(x)} ${signed(b)}`}$`,
          ),
          text(`$y = ${n(product)} ${signed(b)} = ${n(y)}$`, `$y = ${n(product)} ${signed(b)} = ${n(y)}$`),
        ],
      });
    };
    return {
      stem: text(
        `The table shows values of the rule $y = ${rule}$. Complete it for $x = ${n(asked[0])}$ and $x = ${n(asked[1])}$.`,
        `La tabla muestra valores de la regla $y = ${rule}$. Complétala para $x = ${n(asked[0])}$ y $x = ${n(asked[1])}$.`,
      ),
      figure: {
        kind: 'table',
        title: text(`Values of y = ${rule.replace('^2', '²')}`, `Valores de y = ${rule.replace('^2', '²')}`),
        labels: known.map(label),
        values: known.map(value),
      },
      steps: asked.map(stepFor),
    };
  },
});
