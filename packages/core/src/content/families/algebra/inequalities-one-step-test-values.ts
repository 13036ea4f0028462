import { text } from '../../../language/localized.ts';
import type { ChoiceOption } from '../../answer/answer-spec.ts';
import { n, p } from '../../math-format.ts';
import { choice, defineFamily, misconception, ratio, solved, step } from '../family-kit.ts';

type Op = '<' | '>' | '<=' | '>=';
const flip: Readonly<Record<Op, Op>> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
const latexOp: Readonly<Record<Op, string>> = { '<': '<', '>': '>', '<=': '\\le', '>=': '\\ge' };
const holds = (value: number, op: Op, bound: number) =>
  op === '<' ? value < bound : op === '>' ? value > bound : op === '<=' ? value <= bound : value >= bound;

/** Inequalities x + a, x − a or x / a against a number: solve, then pick the value that is a solution. */
export const inequalitiesOneStepTestValuesFamily = defineFamily({
  id: 'alg.inequalities-one-step.test-values',
  skillId: 'alg.inequalities-one-step',
  name: text('Solve an inequality and test values', 'Resolver una desigualdad y probar valores'),
  build(rng, difficulty) {
    const op = rng.pick<Op>(['<', '>', '<=', '>=']);
    const form =
      difficulty === 1
        ? rng.pick(['plus', 'minus'] as const)
        : rng.pick(['plus', 'minus', 'divide'] as const);
    const a =
      form === 'divide'
        ? rng.int(2, 6) * (difficulty === 3 && rng.next() < 0.6 ? -1 : 1)
        : rng.int(2, difficulty === 1 ? 12 : 25);
    const bound = difficulty === 1 ? rng.int(1, 15) : rng.nonZero(-15, 15);
    const negative = a < 0;
    const resultOp = negative ? flip[op] : op;
    // x / a needs a whole right side, so the boundary is then a multiple of a
    const solution = form === 'divide' ? bound * Math.abs(a) : bound;
    const rhs = form === 'plus' ? solution + a : form === 'minus' ? solution - a : solution / a;
    const left = form === 'plus' ? `x + ${a}` : form === 'minus' ? `x - ${a}` : `\\frac{x}{${n(a)}}`;
    const shown = `${left} ${latexOp[op]} ${n(rhs)}`;

    // one value that is a solution, three that are not; none of them equals a number the hints mention
    const up = resultOp === '>' || resultOp === '>=';
    const mentioned = new Set([Math.abs(a), Math.abs(rhs), Math.abs(solution)]);
    const inside = resultOp === '>=' || resultOp === '<=';
    let k = rng.int(1, 6);
    while (mentioned.has(Math.abs(solution + (up ? k : -k)))) k++;
    const right = solution + (up ? k : -k);
    const wrongs: number[] = [];
    if (!inside) wrongs.push(solution);
    for (let j = 1; wrongs.length < 3; j++) {
      const candidate = solution + (up ? -j : j) * rng.int(1, 3);
      if (!wrongs.includes(candidate) && !holds(candidate, resultOp, solution)) wrongs.push(candidate);
    }
    const all = rng.shuffle([right, ...wrongs]);
    // "a" is never the right option: the tutor's "Here is a hint" would name it
    if (all[0] === right) {
      const j = rng.int(1, 3);
      [all[0], all[j]] = [all[j] as number, right];
    }
    const options: ChoiceOption[] = all.map((v, i) => ({
      id: 'abcd'[i] as string,
      text: text(`$x = ${n(v)}$`, `$x = ${n(v)}$`),
    }));
    const correctId = options[all.indexOf(right)]?.id as string;
    const undo =
      form === 'plus'
        ? text(`Subtract $${a}$ from both sides.`, `Resta $${a}$ en ambos lados.`)
        : form === 'minus'
          ? text(`Add $${a}$ to both sides.`, `Suma $${a}$ en ambos lados.`)
          : text(`Multiply both sides by $${n(a)}$.`, `Multiplica ambos lados por $${n(a)}$.`);
    const undoLine =
      form === 'plus'
        ? text(`Subtract $${a}$ from both sides`, `Resta $${a}$ en ambos lados`)
        : form === 'minus'
          ? text(`Add $${a}$ to both sides`, `Suma $${a}$ en ambos lados`)
          : negative
            ? text(
                `Multiply both sides by $${n(a)}$ and flip the sign`,
                `Multiplica ambos lados por $${n(a)}$ e invierte el signo`,
              )
            : text(`Multiply both sides by $${a}$`, `Multiplica ambos lados por $${a}$`);
    const sameOp = form === 'plus' ? String(rhs + a) : form === 'minus' ? String(rhs - a) : ratio(rhs, a);
    return {
      stem: text(
        `Which values of $x$ make $${shown}$ true?`,
        `¿Qué valores de $x$ hacen verdadera la desigualdad $${shown}$?`,
      ),
      steps: [
        step({
          id: 'solution',
          prompt: text(
            'Write the solution set as an inequality in $x$.',
            'Escribe el conjunto solución como una desigualdad en $x$.',
          ),
          answer: solved('x', resultOp, solution),
          guidingQuestion: text(
            `What is done to $x$ on the left side, and what undoes it?`,
            `¿Qué se le hace a $x$ en el lado izquierdo y qué lo deshace?`,
          ),
          hints: [
            text('Isolate $x$ the same way as in an equation.', 'Despeja $x$ igual que en una ecuación.'),
            undo,
            text(
              'The sign flips only when you multiply or divide by a negative number.',
              'El signo solo se invierte al multiplicar o dividir por un número negativo.',
            ),
          ],
          misconceptions: [
            misconception(
              negative ? 'forgot-to-flip-inequality' : 'flipped-inequality-unnecessarily',
              solved('x', negative ? op : flip[op], solution),
            ),
            misconception('same-operation-not-inverse', solved('x', resultOp, sameOp)),
            misconception('sign-error', solved('x', resultOp, -solution)),
          ],
          worked: [
            text(`$${shown}$`, `$${shown}$`),
            text(
              `${undoLine.en}: $x ${latexOp[resultOp]} ${n(solution)}$`,
              `${undoLine.es}: $x ${latexOp[resultOp]} ${n(solution)}$`,
            ),
          ],
        }),
        step({
          id: 'pick',
          prompt: text('Which of these values is a solution?', '¿Cuál de estos valores es una solución?'),
          answer: choice(options, correctId),
          guidingQuestion: text(
            'Which side of the boundary do the solutions lie on, and is the boundary itself included?',
            '¿De qué lado del límite están las soluciones y está incluido el propio límite?',
          ),
          hints: [
            text(
              'Compare each value with your solution set.',
              'Compara cada valor con tu conjunto solución.',
            ),
            text(
              'To be sure, put the value into the original inequality and see whether it is true.',
              'Para estar seguro, sustituye el valor en la desigualdad original y mira si es verdadera.',
            ),
          ],
          worked: [
            text(
              `The solutions are the numbers with $x ${latexOp[resultOp]} ${n(solution)}$.`,
              `Las soluciones son los números con $x ${latexOp[resultOp]} ${n(solution)}$.`,
            ),
            text(
              `Only $${n(right)}$ is on that side: $${form === 'divide' ? `\\frac{${n(right)}}{${n(a)}}` : `${p(right)} ${form === 'plus' ? '+' : '-'} ${a}`} ${latexOp[op]} ${n(rhs)}$ is true.`,
              `Solo $${n(right)}$ está de ese lado: $${form === 'divide' ? `\\frac{${n(right)}}{${n(a)}}` : `${p(right)} ${form === 'plus' ? '+' : '-'} ${a}`} ${latexOp[op]} ${n(rhs)}$ es verdadera.`,
            ),
          ],
        }),
      ],
    };
  },
});
