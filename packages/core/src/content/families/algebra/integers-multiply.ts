import { text } from '../../../language/localized.ts';
import { p } from '../../math-format.ts';
import { choice, defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const ranges = { 1: 6, 2: 10, 3: 15 } as const;
const signOptions = [
  { id: 'a', text: text('Positive', 'Positivo') },
  { id: 'b', text: text('Negative', 'Negativo') },
];

/** Multiplying and dividing integers with signs. */
export const integersMultiplyFamily = defineFamily({
  id: 'alg.integers-multiply.basic',
  skillId: 'alg.integers-multiply',
  name: text('Multiply and divide integers', 'Multiplicar y dividir enteros'),
  build(rng, difficulty) {
    const size = ranges[difficulty];
    let a = rng.nonZero(-size, size);
    const b = rng.nonZero(-size, size);
    if (a > 0 && b > 0) a = -a;
    const divide = difficulty > 1 && rng.next() < 0.5;
    const [left, right, answer] = divide ? [a * b, b, a] : [a, b, a * b];
    const expression = `${p(left)} ${divide ? '\\div' : '\\times'} ${p(right)}`;
    const ifDivide = (yes: string, no: string) => (divide ? yes : no);
    return {
      stem: text(`Compute $${expression}$.`, `Calcula $${expression}$.`),
      steps: [
        step({
          id: 'result',
          prompt: text('What is the result?', '¿Cuál es el resultado?'),
          answer: num(answer),
          guidingQuestion: text(
            'Before computing, can you tell whether the result will be positive or negative?',
            'Antes de calcular, ¿puedes saber si el resultado será positivo o negativo?',
          ),
          hints: [
            text('Work out the sign and the size separately.', 'Calcula por separado el signo y el tamaño.'),
            text(
              'Same signs give a positive result; different signs give a negative result.',
              'Signos iguales dan un resultado positivo; signos distintos dan un resultado negativo.',
            ),
            text(
              ifDivide(
                'Now divide the sizes, ignoring the signs, and attach the sign you found.',
                'Now multiply the sizes, ignoring the signs, and attach the sign you found.',
              ),
              ifDivide(
                'Ahora divide los tamaños sin los signos y añade el signo que encontraste.',
                'Ahora multiplica los tamaños sin los signos y añade el signo que encontraste.',
              ),
            ),
          ],
          scaffolds: [
            scaffold(
              'sign',
              text('Is the result positive or negative?', '¿El resultado es positivo o negativo?'),
              choice(signOptions, answer > 0 ? 'a' : 'b'),
            ),
            scaffold(
              'size',
              text(
                `Ignoring the signs, what is the ${ifDivide('quotient', 'product')} of the sizes?`,
                `Sin tener en cuenta los signos, ¿cuál es el ${ifDivide('cociente', 'producto')} de los tamaños?`,
              ),
              num(Math.abs(answer)),
            ),
          ],
          misconceptions: [
            misconception('sign-error', num(-answer)),
            misconception('added-instead-of-multiplied', num(left + right)),
          ],
        }),
      ],
    };
  },
});
