import { text } from '../../../language/localized.ts';
import type { Misconception } from '../../item.ts';
import { n, p } from '../../math-format.ts';
import { choice, defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const signOptions = [
  { id: 'a', text: text('Positive', 'Positivo') },
  { id: 'b', text: text('Negative', 'Negativo') },
];
const sizes = { 1: 9, 2: 20, 3: 45 } as const;
type Form = 'add' | 'minus-box' | 'box-minus';

/** Going backwards: the missing number in $a + \square = c$, $\square - b = c$ or $a - \square = c$. */
export const integersAddMissingFamily = defineFamily({
  id: 'alg.integers-add.missing-number',
  skillId: 'alg.integers-add',
  name: text('Find the missing integer', 'Encuentra el entero que falta'),
  build(rng, difficulty) {
    const size = sizes[difficulty];
    const form: Form =
      difficulty === 1
        ? 'add'
        : rng.pick<Form>(difficulty === 2 ? ['add', 'box-minus'] : ['minus-box', 'box-minus']);
    const a = rng.nonZero(-size, size);
    let box = rng.nonZero(-size, size);
    // The missing number should often be negative: that is where the signs bite.
    if (rng.next() < 0.5) box = -Math.abs(box);
    let equation: string;
    let c: number;
    let worked: string;
    let wrong: Misconception[];
    if (form === 'add') {
      c = a + box;
      equation = `${n(a)} + \\square = ${n(c)}`;
      worked = `\\square = ${n(c)} - ${p(a)}`;
      wrong = [
        misconception('same-operation-not-inverse', num(c + a)),
        misconception('sign-error', num(-box)),
      ];
    } else if (form === 'box-minus') {
      c = box - a;
      equation = `\\square - ${p(a)} = ${n(c)}`;
      worked = `\\square = ${n(c)} + ${p(a)}`;
      wrong = [
        misconception('same-operation-not-inverse', num(c - a)),
        misconception('sign-error', num(-box)),
      ];
    } else {
      c = a - box;
      equation = `${n(a)} - \\square = ${n(c)}`;
      worked = `\\square = ${n(a)} - ${p(c)}`;
      wrong = [misconception('sign-error', num(-box)), misconception('subtracting-a-negative', num(a + c))];
    }
    return {
      stem: text(
        `Which number goes in the box? $${equation}$`,
        `¿Qué número va en el recuadro? $${equation}$`,
      ),
      steps: [
        step({
          id: 'missing',
          prompt: text('The missing number:', 'El número que falta:'),
          answer: num(box),
          guidingQuestion: text(
            'Which operation undoes the one next to the box?',
            '¿Qué operación deshace la que está junto al recuadro?',
          ),
          hints: [
            text(
              'Think of the equation as a move on the number line: from where to where, and which way?',
              'Piensa en la igualdad como un movimiento en la recta numérica: ¿desde dónde, hasta dónde y hacia qué lado?',
            ),
            form === 'minus-box'
              ? text(
                  'Ask yourself: what must you take away from the first number to land on the result?',
                  'Pregúntate: ¿qué tienes que quitarle al primer número para llegar al resultado?',
                )
              : text(
                  'Undo the known operation: apply its opposite to the number after the equals sign.',
                  'Deshaz la operación conocida: aplica la opuesta al número que está después del signo igual.',
                ),
            text(
              'Check your number by putting it in the box and computing the left side.',
              'Comprueba tu número poniéndolo en el recuadro y calculando el lado izquierdo.',
            ),
          ],
          scaffolds: [
            scaffold(
              'sign',
              text(
                'Is the missing number positive or negative?',
                '¿El número que falta es positivo o negativo?',
              ),
              choice(signOptions, box > 0 ? 'a' : 'b'),
            ),
          ],
          misconceptions: wrong,
          worked: [
            text(`$${equation}$`, `$${equation}$`),
            text(`Undo the operation: $${worked}$`, `Deshaz la operación: $${worked}$`),
            text(`$\\square = ${n(box)}$`, `$\\square = ${n(box)}$`),
          ],
        }),
      ],
    };
  },
});
