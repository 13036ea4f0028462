import { text } from '../../../language/localized.ts';
import { n } from '../../math-format.ts';
import { choice, defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const names = ['Kai', 'Marta', 'Omar', 'Julia', 'Pablo'];
// Option ids are not letters: the answer guard reads "is a" in "Here is a hint" as naming option a.
const operationOptions = [
  { id: 'o1', text: text('The addition', 'La suma') },
  { id: 'o2', text: text('The subtraction', 'La resta') },
  { id: 'o3', text: text('The multiplication', 'La multiplicación') },
  { id: 'o4', text: text('The division', 'La división') },
];

interface Expression {
  readonly written: string;
  /** The value worked strictly from left to right. */
  readonly leftToRight: number;
  readonly answer: number;
  /** The product or quotient that comes first, written and its value. */
  readonly first: { readonly written: string; readonly value: number };
  /** The expression after the first operation is done. */
  readonly next: string;
  /** The option of the leftmost operation (what working left to right does first). */
  readonly leftmost: 'o1' | 'o2';
  readonly division: boolean;
}

function build(
  form: 'add-times' | 'add-divide' | 'add-times-minus' | 'minus-times' | 'minus-times-add',
  rng: {
    int(a: number, b: number): number;
  },
): Expression {
  if (form === 'add-divide') {
    const c = rng.int(2, 6);
    const a = c * rng.int(1, 6);
    const b = c * rng.int(2, 9);
    return {
      written: `${a} + ${b} \\div ${c}`,
      leftToRight: (a + b) / c,
      answer: a + b / c,
      first: { written: `${b} \\div ${c}`, value: b / c },
      next: `${a} + ${b / c}`,
      leftmost: 'o1',
      division: true,
    };
  }
  const a = rng.int(2, form.startsWith('minus') ? 20 : 9);
  const b = rng.int(2, form.startsWith('minus') ? 9 : 6);
  const c = rng.int(2, 9);
  let d = form === 'add-times' || form === 'minus-times' ? 0 : rng.int(1, 9);
  if (d === a) d = a === 9 ? 1 : a + 1;
  const minus = form.startsWith('minus');
  const op = minus ? '-' : '+';
  const tail = form === 'add-times-minus' ? ` - ${d}` : form === 'minus-times-add' ? ` + ${d}` : '';
  const tailValue = form === 'add-times-minus' ? -d : form === 'minus-times-add' ? d : 0;
  const answer = (minus ? a - b * c : a + b * c) + tailValue;
  return {
    written: `${a} ${op} ${b} \\times ${c}${tail}`,
    leftToRight: (minus ? a - b : a + b) * c + tailValue,
    answer,
    first: { written: `${b} \\times ${c}`, value: b * c },
    next: `${a} ${op} ${b * c}${tail}`,
    leftmost: minus ? 'o2' : 'o1',
    division: false,
  };
}

/** Error analysis: a classmate worked an expression strictly from left to right; name the first step and fix it. */
export const orderOfOperationsLeftToRightFamily = defineFamily({
  id: 'alg.order-of-operations.left-to-right-slip',
  skillId: 'alg.order-of-operations',
  name: text('Fix a left-to-right mistake', 'Corrige un error de izquierda a derecha'),
  build(rng, difficulty) {
    const name = rng.pick(names);
    const form =
      difficulty === 1
        ? 'add-times'
        : difficulty === 2
          ? rng.pick(['add-divide', 'add-times-minus'] as const)
          : rng.pick(['minus-times', 'minus-times-add'] as const);
    const e = build(form, rng);
    const firstAnswer = e.division ? 'o4' : 'o3';
    return {
      stem: text(
        `${name} worked out $${e.written}$ strictly from left to right and got $${n(e.leftToRight)}$.`,
        `${name} calculó $${e.written}$ estrictamente de izquierda a derecha y obtuvo $${n(e.leftToRight)}$.`,
      ),
      steps: [
        step({
          id: 'first',
          prompt: text(
            `Which operation should ${name} have done first?`,
            `¿Qué operación tendría que haber hecho primero ${name}?`,
          ),
          answer: choice(operationOptions, firstAnswer),
          guidingQuestion: text(
            'Does the order in which operations are written decide which one is done first?',
            '¿El orden en que están escritas las operaciones decide cuál se hace primero?',
          ),
          hints: [
            text(
              'Recall the order: parentheses, powers, multiplication and division, then addition and subtraction.',
              'Recuerda el orden: paréntesis, potencias, multiplicación y división, y luego suma y resta.',
            ),
            text(
              'Look for the operation with the highest priority in this expression, wherever it is written.',
              'Busca la operación con más prioridad de esta expresión, esté donde esté escrita.',
            ),
          ],
          misconceptions: [misconception('left-to-right', choice(operationOptions, e.leftmost))],
          worked: [
            text(
              `In $${e.written}$ the ${e.division ? 'division' : 'multiplication'} $${e.first.written}$ comes before any addition or subtraction.`,
              `En $${e.written}$ la ${e.division ? 'división' : 'multiplicación'} $${e.first.written}$ va antes que cualquier suma o resta.`,
            ),
          ],
        }),
        step({
          id: 'value',
          prompt: text('What is the correct value?', '¿Cuál es el valor correcto?'),
          answer: num(e.answer),
          guidingQuestion: text(
            'After the first operation, what is left to do, and in which order?',
            'Después de la primera operación, ¿qué queda por hacer y en qué orden?',
          ),
          hints: [
            text(
              `Replace $${e.first.written}$ by its value and write the shorter expression.`,
              `Sustituye $${e.first.written}$ por su valor y escribe la expresión más corta.`,
            ),
            text(
              'Then do the additions and subtractions from left to right.',
              'Después haz las sumas y restas de izquierda a derecha.',
            ),
          ],
          scaffolds:
            e.first.value === e.answer
              ? []
              : [
                  scaffold(
                    'first-value',
                    text(`What is $${e.first.written}$?`, `¿Cuánto es $${e.first.written}$?`),
                    num(e.first.value),
                  ),
                ],
          misconceptions: [misconception('left-to-right', num(e.leftToRight))],
          worked: [
            text(`$${e.written}$`, `$${e.written}$`),
            text(`$= ${e.next}$`, `$= ${e.next}$`),
            text(`$= ${n(e.answer)}$`, `$= ${n(e.answer)}$`),
          ],
        }),
      ],
    };
  },
});
