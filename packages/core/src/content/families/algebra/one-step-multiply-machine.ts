import { text } from '../../../language/localized.ts';
import { n, p } from '../../math-format.ts';
import { defineFamily, misconception, num, ratio, solved, step } from '../family-kit.ts';

/** A number machine that multiplies or divides: find its number from an example, then run it backwards. */
export const oneStepMultiplyMachineFamily = defineFamily({
  id: 'alg.one-step-multiply.number-machine',
  skillId: 'alg.one-step-multiply',
  name: text('Run a number machine backwards', 'Hacer funcionar una máquina de números al revés'),
  build(rng, difficulty) {
    const divides = difficulty > 1 && rng.next() < 0.4;
    const a =
      rng.int(2, difficulty === 1 ? 6 : 9) * (difficulty === 3 && !divides && rng.next() < 0.5 ? -1 : 1);
    const sampleIn = divides ? a * rng.int(2, 9) : rng.int(2, 9);
    const sampleOut = divides ? sampleIn / a : sampleIn * a;
    const x = divides
      ? a * (difficulty === 3 ? rng.nonZero(-12, 12) : rng.int(2, 12))
      : difficulty === 1
        ? rng.int(2, 12)
        : rng.nonZero(-12, 12);
    const out = divides ? x / a : x * a;
    const verb = divides
      ? text(
          'divides every number you put in by the same number',
          'divide cada número que entra entre el mismo número',
        )
      : text(
          'multiplies every number you put in by the same number',
          'multiplica cada número que entra por el mismo número',
        );
    const equation = divides ? `\\frac{x}{${a}} = ${n(out)}` : `${n(a)}x = ${n(out)}`;
    return {
      stem: text(
        `A number machine ${verb.en}. It turns $${sampleIn}$ into $${n(sampleOut)}$. Later it turns a secret number $x$ into $${n(out)}$.`,
        `Una máquina de números ${verb.es}. Convierte $${sampleIn}$ en $${n(sampleOut)}$. Después convierte un número secreto $x$ en $${n(out)}$.`,
      ),
      steps: [
        step({
          id: 'rule',
          prompt: divides
            ? text('What number does the machine divide by?', '¿Entre qué número divide la máquina?')
            : text('What number does the machine multiply by?', '¿Por qué número multiplica la máquina?'),
          answer: num(a),
          guidingQuestion: text(
            'What must happen to the first input to give its output?',
            '¿Qué le tiene que pasar a la primera entrada para dar su salida?',
          ),
          hints: [
            divides
              ? text(
                  'The output is smaller: how many times does it fit into the input?',
                  'La salida es menor: ¿cuántas veces cabe en la entrada?',
                )
              : text(
                  'Think of a multiplication with the input as one factor and the output as the product.',
                  'Piensa en una multiplicación con la entrada como un factor y la salida como el producto.',
                ),
            divides
              ? text('Divide the input by the output.', 'Divide la entrada entre la salida.')
              : text(
                  'Divide the output by the input, and watch the sign.',
                  'Divide la salida entre la entrada y fíjate en el signo.',
                ),
          ],
          misconceptions: [
            misconception(
              'added-instead-of-multiplied',
              num(divides ? sampleIn - sampleOut : sampleOut - sampleIn),
            ),
            misconception('sign-error', num(-a)),
          ],
          worked: [
            divides
              ? text(
                  `$${sampleIn} \\div ${n(sampleOut)} = ${n(a)}$, so the machine divides by $${n(a)}$.`,
                  `$${sampleIn} \\div ${n(sampleOut)} = ${n(a)}$, así que la máquina divide entre $${n(a)}$.`,
                )
              : text(
                  `$${n(sampleOut)} \\div ${sampleIn} = ${n(a)}$, so the machine multiplies by $${n(a)}$.`,
                  `$${n(sampleOut)} \\div ${sampleIn} = ${n(a)}$, así que la máquina multiplica por $${n(a)}$.`,
                ),
          ],
        }),
        step({
          id: 'secret',
          prompt: text(
            'Write an equation for the secret number and solve it. What is $x$?',
            'Escribe una ecuación para el número secreto y resuélvela. ¿Cuánto vale $x$?',
          ),
          answer: solved('x', '=', x),
          guidingQuestion: text(
            'To run the machine backwards, which operation should you use?',
            'Para hacer funcionar la máquina al revés, ¿qué operación debes usar?',
          ),
          hints: [
            text(
              'Running it backwards means doing the opposite operation.',
              'Hacerla funcionar al revés significa hacer la operación opuesta.',
            ),
            divides
              ? text(
                  'The machine divided $x$, so multiply the final output by the machine’s number.',
                  'La máquina dividió $x$, así que multiplica la salida final por el número de la máquina.',
                )
              : text(
                  'The machine multiplied $x$, so divide the final output by the machine’s number.',
                  'La máquina multiplicó $x$, así que divide la salida final entre el número de la máquina.',
                ),
            text(
              'Decide the sign of the result before you compute it.',
              'Decide el signo del resultado antes de calcularlo.',
            ),
          ],
          misconceptions: divides
            ? [
                misconception('same-operation-not-inverse', solved('x', '=', ratio(out, a))),
                misconception('sign-error', solved('x', '=', -x)),
              ]
            : [
                misconception('subtracted-instead-of-divided', solved('x', '=', out - a)),
                misconception('same-operation-not-inverse', solved('x', '=', out * a)),
                misconception('sign-error', solved('x', '=', -x)),
              ],
          worked: [
            text(`The machine gives $${equation}$.`, `La máquina da $${equation}$.`),
            divides
              ? text(
                  `Multiply both sides by $${a}$: $x = ${p(out)} \\cdot ${a} = ${n(x)}$`,
                  `Multiplica ambos lados por $${a}$: $x = ${p(out)} \\cdot ${a} = ${n(x)}$`,
                )
              : text(
                  `Divide both sides by $${p(a)}$: $x = ${n(out)} \\div ${p(a)} = ${n(x)}$`,
                  `Divide ambos lados entre $${p(a)}$: $x = ${n(out)} \\div ${p(a)} = ${n(x)}$`,
                ),
          ],
        }),
      ],
    };
  },
});
