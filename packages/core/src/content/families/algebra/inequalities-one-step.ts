import { text } from '../../../language/localized.ts';
import { n, term } from '../../math-format.ts';
import { choice, defineFamily, misconception, num, ratio, scaffold, solved, step } from '../family-kit.ts';

type Op = '<' | '>' | '<=' | '>=';
const flip: Readonly<Record<Op, Op>> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
const latexOp: Readonly<Record<Op, string>> = { '<': '<', '>': '>', '<=': '\\le', '>=': '\\ge' };
const yesNo = [
  { id: 'a', text: text('Yes', 'Sí') },
  { id: 'b', text: text('No', 'No') },
];

/** One-step inequalities ax op b, where dividing by a negative flips the sign. */
export const inequalitiesOneStepFamily = defineFamily({
  id: 'alg.inequalities-one-step.basic',
  skillId: 'alg.inequalities-one-step',
  name: text('Solve one-step inequalities', 'Resolver desigualdades de un paso'),
  build(rng, difficulty) {
    const op = rng.pick<Op>(['<', '>', '<=', '>=']);
    const negative = difficulty === 1 ? false : difficulty === 3 ? true : rng.next() < 0.5;
    const a = rng.int(2, 9) * (negative ? -1 : 1);
    const bound = rng.nonZero(-9, 9);
    const b = a * bound;
    const resultOp = negative ? flip[op] : op;
    const inequality = `${term(a, 'x')} ${latexOp[op]} ${n(b)}`;
    const wrongOp = negative ? op : flip[op];
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
            'How is solving an inequality like solving an equation, and where is it different?',
            '¿En qué se parece resolver una desigualdad a resolver una ecuación y en qué se diferencia?',
          ),
          hints: [
            text(
              'Isolate $x$ the same way you would in an equation.',
              'Despeja $x$ igual que en una ecuación.',
            ),
            text(`Divide both sides by $${n(a)}$.`, `Divide ambos lados entre $${n(a)}$.`),
            text(
              'Ask yourself whether that number is negative: that decides what happens to the inequality sign.',
              'Pregúntate si ese número es negativo: eso decide qué le pasa al signo de la desigualdad.',
            ),
          ],
          scaffolds: [
            scaffold(
              'divisor',
              text('What number do you divide both sides by?', '¿Entre qué número divides ambos lados?'),
              num(a),
            ),
            scaffold(
              'flip',
              text(
                'Does the inequality sign flip in this problem?',
                '¿Se invierte el signo de la desigualdad en este problema?',
              ),
              choice(yesNo, negative ? 'a' : 'b'),
            ),
          ],
          misconceptions: [
            misconception(
              negative ? 'forgot-to-flip-inequality' : 'flipped-inequality-unnecessarily',
              solved('x', wrongOp, bound),
            ),
            misconception('sign-error', solved('x', resultOp, -bound)),
            misconception('subtracted-instead-of-divided', solved('x', resultOp, ratio(b - a, 1))),
          ],
        }),
      ],
    };
  },
});
