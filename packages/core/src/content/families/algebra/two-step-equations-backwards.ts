import { type Localized, text } from '../../../language/localized.ts';
import { linear, n } from '../../math-format.ts';
import { defineFamily, misconception, num, ratio, step } from '../family-kit.ts';

interface Puzzle {
  /** The puzzle, with the multiplier a, the added number b (negative: taken away) and the result c. */
  readonly setup: (a: number, b: number, c: number) => Localized;
  readonly question: Localized;
  /** The unknown may be negative (difficulty 3). */
  readonly signed: boolean;
}

const add = (b: number) =>
  b > 0 ? text(`adds $${b}$`, `le suma $${b}$`) : text(`subtracts $${-b}$`, `le resta $${-b}$`);

const puzzles: readonly Puzzle[] = [
  {
    signed: true,
    setup: (a, b, c) =>
      text(
        `Leo thinks of a number. He multiplies it by $${a}$ and then ${add(b).en}. He gets $${n(c)}$.`,
        `Leo piensa un número. Lo multiplica por $${a}$ y después ${add(b).es}. Obtiene $${n(c)}$.`,
      ),
    question: text('What number did Leo think of?', '¿Qué número pensó Leo?'),
  },
  {
    signed: true,
    setup: (a, b, c) =>
      text(
        `A magician says: “Pick a number, multiply it by $${a}$, then ${b > 0 ? `add $${b}$` : `subtract $${-b}$`}.” Your result is $${n(c)}$.`,
        `Un mago dice: «Elige un número, multiplícalo por $${a}$ y después ${b > 0 ? `súmale $${b}$` : `réstale $${-b}$`}». Tu resultado es $${n(c)}$.`,
      ),
    question: text('Which number did you pick?', '¿Qué número elegiste?'),
  },
  {
    signed: false,
    setup: (a, b, c) =>
      text(
        `If you multiply Sofia’s age by $${a}$ and then ${b > 0 ? `add $${b}$` : `subtract $${-b}$`}, you get $${c}$.`,
        `Si multiplicas la edad de Sofía por $${a}$ y después ${b > 0 ? `le sumas $${b}$` : `le restas $${-b}$`}, obtienes $${c}$.`,
      ),
    question: text('How old is Sofia?', '¿Cuántos años tiene Sofía?'),
  },
  {
    signed: false,
    setup: (a, b, c) =>
      text(
        `In a video game, each level cleared is worth $${a}$ stars, and a ${b > 0 ? `bonus gives $${b}$ extra stars` : `penalty takes away $${-b}$ stars`}. Kai ends with $${c}$ stars.`,
        `En un videojuego, cada nivel superado vale $${a}$ estrellas, y ${b > 0 ? `un premio da $${b}$ estrellas más` : `una penalización quita $${-b}$ estrellas`}. Kai termina con $${c}$ estrellas.`,
      ),
    question: text('How many levels did Kai clear?', '¿Cuántos niveles superó Kai?'),
  },
];

/** Number puzzles ("think of a number…") solved by working backwards: undo the last operation first. */
export const twoStepEquationsBackwardsFamily = defineFamily({
  id: 'alg.two-step-equations.work-backwards',
  skillId: 'alg.two-step-equations',
  name: text('Number puzzles: work backwards', 'Acertijos numéricos: trabajar hacia atrás'),
  build(rng, difficulty) {
    const puzzle = rng.pick(puzzles);
    const a = rng.int(2, difficulty === 1 ? 5 : 9);
    const x =
      difficulty === 3 && puzzle.signed ? rng.nonZero(-12, 12) : rng.int(2, difficulty === 1 ? 10 : 15);
    const drawn = difficulty === 1 ? rng.int(1, 12) : rng.nonZero(-20, 20);
    // ages and stars stay positive
    const b = !puzzle.signed && a * x + drawn <= 0 ? -drawn : drawn;
    const c = a * x + b;
    const rest = c - b;
    const equation = `${linear(a, b, 'x')} = ${n(c)}`;
    const undo = b > 0 ? text(`subtract $${b}$`, `resta $${b}$`) : text(`add $${-b}$`, `suma $${-b}$`);
    return {
      stem: puzzle.setup(a, b, c),
      steps: [
        step({
          id: 'before-last',
          prompt: text(
            `Work backwards. What was the number just before the last operation (after multiplying by $${a}$)?`,
            `Trabaja hacia atrás. ¿Qué número había justo antes de la última operación (después de multiplicar por $${a}$)?`,
          ),
          answer: num(rest),
          guidingQuestion: text(
            'Which operation happened last, and what undoes it?',
            '¿Qué operación se hizo al final y qué la deshace?',
          ),
          hints: [
            text(
              'Undo the operations in reverse order, starting with the last one.',
              'Deshaz las operaciones en orden inverso, empezando por la última.',
            ),
            text(
              `To undo the last operation, ${undo.en} ${b > 0 ? 'from' : 'to'} the result.`,
              `Para deshacer la última operación, ${undo.es} al resultado.`,
            ),
          ],
          misconceptions: [misconception('same-operation-not-inverse', num(c + b))],
          worked: [
            text(`The puzzle says $${equation}$.`, `El acertijo dice $${equation}$.`),
            b > 0
              ? text(
                  `Undo the $+${b}$: $${n(c)} - ${b} = ${n(rest)}$`,
                  `Deshaz el $+${b}$: $${n(c)} - ${b} = ${n(rest)}$`,
                )
              : text(
                  `Undo the $-${-b}$: $${n(c)} + ${-b} = ${n(rest)}$`,
                  `Deshaz el $-${-b}$: $${n(c)} + ${-b} = ${n(rest)}$`,
                ),
          ],
        }),
        step({
          id: 'start',
          prompt: puzzle.question,
          answer: num(x),
          guidingQuestion: text(
            'Only the multiplication is left to undo. What undoes it?',
            'Solo queda deshacer la multiplicación. ¿Qué la deshace?',
          ),
          hints: [
            text('Multiplication is undone by division.', 'La multiplicación se deshace con una división.'),
            text(`Divide the number you found by $${a}$.`, `Divide entre $${a}$ el número que encontraste.`),
            text(
              'Check: run the puzzle forwards with your number.',
              'Comprueba: haz el acertijo hacia delante con tu número.',
            ),
          ],
          misconceptions: [
            misconception('divided-before-subtracting', { kind: 'fraction', value: ratio(c - b * a, a) }),
            misconception('same-operation-not-inverse', { kind: 'fraction', value: ratio(c + b, a) }),
            misconception('stopped-before-dividing', num(rest)),
            misconception('sign-error', num(-x)),
          ],
          worked: [
            text(`$${a}x = ${n(rest)}$`, `$${a}x = ${n(rest)}$`),
            text(
              `Undo the multiplication: $x = ${n(rest)} \\div ${a} = ${n(x)}$`,
              `Deshaz la multiplicación: $x = ${n(rest)} \\div ${a} = ${n(x)}$`,
            ),
          ],
        }),
      ],
    };
  },
});
