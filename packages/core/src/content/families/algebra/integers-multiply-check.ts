import { text } from '../../../language/localized.ts';
import type { Misconception } from '../../item.ts';
import { n, p } from '../../math-format.ts';
import { choice, defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const names = ['Ana', 'Luis', 'Sofía', 'Mateo', 'Lucía'];
// Option ids are not letters: the answer guard reads "is a" in "Here is a hint" as naming option a.
const verdictOptions = [
  { id: 'o1', text: text('Yes, the result is right', 'Sí, el resultado es correcto') },
  { id: 'o2', text: text('No, the result is wrong', 'No, el resultado es incorrecto') },
];
type Slip = 'none' | 'sign' | 'added';

/** Error analysis: a classmate's product or quotient of integers, right or with a sign slip; check it and fix it. */
export const integersMultiplyCheckFamily = defineFamily({
  id: 'alg.integers-multiply.check-the-claim',
  skillId: 'alg.integers-multiply',
  name: text('Check a classmate’s product', 'Revisa el producto de un compañero'),
  build(rng, difficulty) {
    const name = rng.pick(names);
    const size = difficulty === 1 ? 6 : difficulty === 2 ? 10 : 5;
    const factors = Array.from({ length: difficulty === 3 ? 3 : 2 }, () => rng.int(2, size));
    // At least one negative factor; with three factors any number of them.
    const signs = factors.map(() => (rng.next() < 0.5 ? -1 : 1));
    if (!signs.includes(-1)) signs[rng.int(0, signs.length - 1)] = -1;
    const values = factors.map((f, i) => f * (signs[i] as number));
    const divide = difficulty === 2 && rng.next() < 0.5;
    const product = values.reduce((a, b) => a * b, 1);
    const [a, b] = values as [number, number];
    const shown = divide ? [product, b] : values;
    const answer = divide ? a : product;
    const expression = divide ? `${p(product)} \\div ${p(b)}` : values.map(p).join(' \\times ');
    const negatives = shown.filter((v) => v < 0).length;
    const slip: Slip =
      rng.next() < 0.25 ? 'none' : values.length === 2 && rng.next() < 0.3 ? 'added' : 'sign';
    const added = shown.reduce((s, v) => s + v, 0);
    const claim = slip === 'none' ? answer : slip === 'sign' || added === answer ? -answer : added;
    const right = claim === answer;
    const verdictWrong: Misconception[] = right
      ? []
      : [
          misconception(
            claim === -answer ? 'sign-error' : 'added-instead-of-multiplied',
            choice(verdictOptions, 'o1'),
          ),
        ];
    const operation = divide ? text('quotient', 'cociente') : text('product', 'producto');
    return {
      stem: text(
        `${name} says that $${expression} = ${n(claim)}$.`,
        `${name} dice que $${expression} = ${n(claim)}$.`,
      ),
      steps: [
        step({
          id: 'verdict',
          prompt: text(`Is ${name} right?`, `¿Tiene razón ${name}?`),
          answer: choice(verdictOptions, right ? 'o1' : 'o2'),
          guidingQuestion: text(
            'Before multiplying anything, what sign should the result have?',
            'Antes de multiplicar nada, ¿qué signo debería tener el resultado?',
          ),
          hints: [
            text('Check the sign and the size separately.', 'Comprueba por separado el signo y el tamaño.'),
            text(
              'Count the negative numbers: an even count gives a positive result, an odd count a negative result.',
              'Cuenta los números negativos: una cantidad par da un resultado positivo y una impar, uno negativo.',
            ),
            text(
              `Then work out the ${operation.en} of the sizes, without the signs, and compare.`,
              `Después calcula el ${operation.es} de los tamaños, sin los signos, y compara.`,
            ),
          ],
          misconceptions: verdictWrong,
          worked: [
            text(
              `Negative numbers in $${expression}$: $${negatives}$, so the result is ${answer > 0 ? 'positive' : 'negative'}.`,
              `Números negativos en $${expression}$: $${negatives}$, así que el resultado es ${answer > 0 ? 'positivo' : 'negativo'}.`,
            ),
            text(
              `$${expression} = ${n(answer)}$, so ${name} is ${right ? 'right' : 'wrong'}.`,
              `$${expression} = ${n(answer)}$, así que ${name} ${right ? 'tiene razón' : 'se equivoca'}.`,
            ),
          ],
        }),
        step({
          id: 'value',
          prompt: text(
            `What is the correct value of $${expression}$?`,
            `¿Cuál es el valor correcto de $${expression}$?`,
          ),
          answer: num(answer),
          guidingQuestion: text(
            'How do the signs of the numbers decide the sign of the result?',
            '¿Cómo deciden los signos de los números el signo del resultado?',
          ),
          hints: [
            text(
              `Find the ${operation.en} of the sizes first, ignoring the signs.`,
              `Calcula primero el ${operation.es} de los tamaños, sin tener en cuenta los signos.`,
            ),
            text(
              'Then attach the sign: same signs give positive, different signs give negative (with more numbers, count the negatives).',
              'Después añade el signo: signos iguales dan positivo y distintos dan negativo (con más números, cuenta los negativos).',
            ),
          ],
          scaffolds: [
            scaffold(
              'negatives',
              text('How many of the numbers are negative?', '¿Cuántos de los números son negativos?'),
              num(negatives),
            ),
          ],
          misconceptions: [
            misconception('sign-error', num(-answer)),
            misconception('added-instead-of-multiplied', num(added)),
          ],
          worked: [
            text(
              `Sizes: $${shown.map((v) => Math.abs(v)).join(divide ? ' \\div ' : ' \\times ')} = ${Math.abs(answer)}$`,
              `Tamaños: $${shown.map((v) => Math.abs(v)).join(divide ? ' \\div ' : ' \\times ')} = ${Math.abs(answer)}$`,
            ),
            text(`$${expression} = ${n(answer)}$`, `$${expression} = ${n(answer)}$`),
          ],
        }),
      ],
    };
  },
});
