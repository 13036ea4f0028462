import { text } from '../../../language/localized.ts';
import { linear, n } from '../../math-format.ts';
import { defineFamily, misconception, num, ratio, scaffold, solved, step } from '../family-kit.ts';

type Op = '<' | '>' | '<=' | '>=';
const flip: Readonly<Record<Op, Op>> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
const latexOp: Readonly<Record<Op, string>> = { '<': '<', '>': '>', '<=': '\\le', '>=': '\\ge' };

/** Two-step inequalities ax + b op c. */
export const inequalitiesTwoStepFamily = defineFamily({
  id: 'alg.inequalities-two-step.basic',
  skillId: 'alg.inequalities-two-step',
  name: text('Solve two-step inequalities', 'Resolver desigualdades de dos pasos'),
  build(rng, difficulty) {
    const op = rng.pick<Op>(['<', '>', '<=', '>=']);
    const negative = difficulty === 1 ? false : rng.next() < (difficulty === 3 ? 0.8 : 0.4);
    const a = rng.int(2, 7) * (negative ? -1 : 1);
    const bound = rng.nonZero(-8, 8);
    const b = rng.nonZero(-12, 12);
    const c = a * bound + b;
    const resultOp = negative ? flip[op] : op;
    const inequality = `${linear(a, b, 'x')} ${latexOp[op]} ${n(c)}`;
    return {
      stem: text(`Solve $${inequality}$.`, `Resuelve $${inequality}$.`),
      steps: [
        step({
          id: 'solution',
          prompt: text(
            'Write the solution as an inequality in $x$.',
            'Escribe la solución como una desigualdad en $x$.',
          ),
          answer: solved('x', resultOp, bound),
          guidingQuestion: text(
            'Which operation would you undo first, and which one last?',
            '¿Qué operación deshacerías primero y cuál al final?',
          ),
          hints: [
            text(
              'Work as with a two-step equation: first remove the constant, then the coefficient.',
              'Trabaja como en una ecuación de dos pasos: primero quita el número suelto y luego el coeficiente.',
            ),
            text(
              `${b > 0 ? 'Subtract' : 'Add'} $${Math.abs(b)}$ on both sides, then divide both sides by $${n(a)}$.`,
              `${b > 0 ? 'Resta' : 'Suma'} $${Math.abs(b)}$ en ambos lados y luego divide ambos lados entre $${n(a)}$.`,
            ),
            text(
              'Before you write the final sign, check whether you divided by a negative number.',
              'Antes de escribir el signo final, comprueba si dividiste entre un número negativo.',
            ),
          ],
          scaffolds: [
            scaffold(
              'rest',
              text(
                `After you ${b > 0 ? 'subtract' : 'add'} $${Math.abs(b)}$ on both sides, what number is on the right?`,
                `Después de ${b > 0 ? 'restar' : 'sumar'} $${Math.abs(b)}$ en ambos lados, ¿qué número queda a la derecha?`,
              ),
              num(c - b),
              [misconception('same-operation-not-inverse', num(c + b))],
            ),
          ],
          misconceptions: [
            misconception(
              negative ? 'forgot-to-flip-inequality' : 'flipped-inequality-unnecessarily',
              solved('x', negative ? op : flip[op], bound),
            ),
            misconception('same-operation-not-inverse', solved('x', resultOp, ratio(c + b, a))),
          ],
        }),
      ],
    };
  },
});
