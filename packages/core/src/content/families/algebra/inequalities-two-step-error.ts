import { text } from '../../../language/localized.ts';
import { linear, n } from '../../math-format.ts';
import type { MisconceptionId } from '../../misconception-catalog.ts';
import { choice, defineFamily, misconception, ratio, solved, step } from '../family-kit.ts';

type Op = '<' | '>' | '<=' | '>=';
type Slip = 'inverse' | 'no-flip' | 'needless-flip';
const flip: Readonly<Record<Op, Op>> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
const latexOp: Readonly<Record<Op, string>> = { '<': '<', '>': '>', '<=': '\\le', '>=': '\\ge' };
const names = ['Ana', 'Sam', 'Lucía', 'Omar', 'Mei', 'Diego'];

const options = [
  {
    id: 'a',
    text: text(
      'The first line: the constant was moved with the wrong operation',
      'La primera línea: el número suelto se pasó con la operación equivocada',
    ),
  },
  {
    id: 'b',
    text: text(
      'The second line: the sign should have been reversed',
      'La segunda línea: había que invertir el signo',
    ),
  },
  {
    id: 'c',
    text: text(
      'The second line: the sign was reversed without a reason',
      'La segunda línea: se invirtió el signo sin motivo',
    ),
  },
  { id: 'd', text: text('There is no mistake', 'No hay ningún error') },
];
const optionOf: Readonly<Record<Slip, string>> = { inverse: 'a', 'no-flip': 'b', 'needless-flip': 'c' };
const misconceptionOf: Readonly<Record<Slip, MisconceptionId>> = {
  inverse: 'same-operation-not-inverse',
  'no-flip': 'forgot-to-flip-inequality',
  'needless-flip': 'flipped-inequality-unnecessarily',
};

/** LaTeX for the exact value p/q. */
function exact(p: number, q: number): string {
  const value = ratio(p, q);
  if (!value.includes('/')) return value;
  const [top, bottom] = value.replace('-', '').split('/');
  return `${value.startsWith('-') ? '-' : ''}\\frac{${top}}{${bottom}}`;
}

/** Error analysis: a classmate's two lines of work on ax + b op c; find the faulty line, then the right solution. */
export const inequalitiesTwoStepErrorFamily = defineFamily({
  id: 'alg.inequalities-two-step.error-analysis',
  skillId: 'alg.inequalities-two-step',
  name: text('Find the mistake in a solved inequality', 'Encontrar el error en una desigualdad resuelta'),
  build(rng, difficulty) {
    const op = rng.pick<Op>(['<', '>', '<=', '>=']);
    const negative = difficulty === 1 ? false : rng.next() < (difficulty === 3 ? 0.75 : 0.5);
    const a = rng.int(2, difficulty === 1 ? 5 : 8) * (negative ? -1 : 1);
    const bound = rng.nonZero(difficulty === 1 ? 1 : -9, 9);
    const b = rng.nonZero(difficulty === 1 ? 1 : -12, 12);
    const c = a * bound + b;
    const resultOp = negative ? flip[op] : op;
    const slip: Slip = rng.next() < 0.45 ? 'inverse' : negative ? 'no-flip' : 'needless-flip';
    const name = rng.pick(names);

    const rightMiddle = c - b;
    const middle = slip === 'inverse' ? c + b : rightMiddle;
    const shownOp: Op = slip === 'inverse' ? resultOp : slip === 'no-flip' ? op : flip[op];
    const shownValue = slip === 'inverse' ? ratio(c + b, a) : String(bound);
    const shownTex = slip === 'inverse' ? exact(c + b, a) : n(bound);
    const inequality = `${linear(a, b, 'x')} ${latexOp[op]} ${n(c)}`;
    const line1 = `${n(a)}x ${latexOp[op]} ${n(middle)}`;
    const line2 = `x ${latexOp[shownOp]} ${shownTex}`;
    const rightLine1 = `${n(a)}x ${latexOp[op]} ${n(rightMiddle)}`;
    const rightLine2 = `x ${latexOp[resultOp]} ${n(bound)}`;
    const undo = b > 0 ? text(`subtract $${b}$`, `restar $${b}$`) : text(`add $${-b}$`, `sumar $${-b}$`);

    return {
      stem: text(
        `${name} solved $${inequality}$ in two lines. First line: $${line1}$. Second line: $${line2}$.`,
        `${name} resolvió $${inequality}$ en dos líneas. Primera línea: $${line1}$. Segunda línea: $${line2}$.`,
      ),
      steps: [
        step({
          id: 'mistake',
          prompt: text(`Where is ${name}'s mistake?`, `¿Dónde está el error de ${name}?`),
          answer: choice(options, optionOf[slip]),
          guidingQuestion: text(
            'What should each line do to the inequality before it, and did it?',
            '¿Qué debería hacer cada línea con la desigualdad anterior? ¿Lo hizo?',
          ),
          hints: [
            text(
              'Check the first line: to remove the constant next to the $x$ term, you do the opposite operation on both sides.',
              'Revisa la primera línea: para quitar el número que acompaña al término con $x$, haces la operación opuesta en ambos lados.',
            ),
            text(
              'Check the second line: what was the number in front of $x$, and was it positive or negative?',
              'Revisa la segunda línea: ¿qué número multiplicaba a $x$ y era positivo o negativo?',
            ),
            text(
              'The sign of an inequality reverses only when you multiply or divide both sides by a negative number.',
              'El signo de una desigualdad se invierte solo al multiplicar o dividir ambos lados por un número negativo.',
            ),
          ],
          worked: [
            text(
              `To undo the constant, ${undo.en} on both sides: $${rightLine1}$.`,
              `Para quitar el número suelto hay que ${undo.es} en ambos lados: $${rightLine1}$.`,
            ),
            text(
              negative
                ? `Dividing by $${n(a)}$, a negative number, reverses the sign: $${rightLine2}$.`
                : `Dividing by $${n(a)}$, a positive number, keeps the sign: $${rightLine2}$.`,
              negative
                ? `Al dividir entre $${n(a)}$, un número negativo, el signo se invierte: $${rightLine2}$.`
                : `Al dividir entre $${n(a)}$, un número positivo, el signo se mantiene: $${rightLine2}$.`,
            ),
            slip === 'inverse'
              ? text(
                  `So the mistake is in the first line, where $${n(middle)}$ appears.`,
                  `Así que el error está en la primera línea, donde aparece $${n(middle)}$.`,
                )
              : text(
                  'So the first line is right and the mistake is the sign in the second line.',
                  'Así que la primera línea está bien y el error es el signo de la segunda línea.',
                ),
          ],
        }),
        step({
          id: 'solution',
          prompt: text(
            'Write the correct solution as an inequality in $x$.',
            'Escribe la solución correcta como una desigualdad en $x$.',
          ),
          answer: solved('x', resultOp, bound),
          guidingQuestion: text(
            'Which parts of the work can you keep, and which part do you need to redo?',
            '¿Qué partes del trabajo puedes conservar y cuál tienes que rehacer?',
          ),
          hints: [
            text(
              'Start again from the original inequality: first undo the constant, then the coefficient.',
              'Empieza de nuevo desde la desigualdad original: primero deshaz el número suelto y luego el coeficiente.',
            ),
            text(
              `Divide both sides by $${n(a)}$ at the end.`,
              `Al final, divide ambos lados entre $${n(a)}$.`,
            ),
            text(
              'Before writing the sign, ask yourself whether the number you divided by is negative.',
              'Antes de escribir el signo, pregúntate si el número entre el que dividiste es negativo.',
            ),
          ],
          misconceptions: [
            misconception(misconceptionOf[slip], solved('x', shownOp, shownValue)),
            misconception(
              negative ? 'forgot-to-flip-inequality' : 'flipped-inequality-unnecessarily',
              solved('x', negative ? op : flip[op], bound),
            ),
            misconception('same-operation-not-inverse', solved('x', resultOp, ratio(c + b, a))),
          ],
          worked: [
            text(`$${inequality}$`, `$${inequality}$`),
            text(
              `${b > 0 ? 'Subtract' : 'Add'} $${Math.abs(b)}$ on both sides: $${rightLine1}$`,
              `${b > 0 ? 'Resta' : 'Suma'} $${Math.abs(b)}$ en ambos lados: $${rightLine1}$`,
            ),
            text(
              `Divide both sides by $${n(a)}$${negative ? ' and reverse the sign' : ''}: $${rightLine2}$`,
              `Divide ambos lados entre $${n(a)}$${negative ? ' e invierte el signo' : ''}: $${rightLine2}$`,
            ),
          ],
        }),
      ],
    };
  },
});
