import { text } from '../../../language/localized.ts';
import { choice, defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const operationOptions = [
  { id: 'a', text: text('The addition', 'La suma') },
  { id: 'b', text: text('The multiplication', 'La multiplicación') },
  { id: 'c', text: text('The subtraction', 'La resta') },
];

/** Order of operations: a + b × c, and with difficulty parentheses and powers. */
export const orderOfOperationsFamily = defineFamily({
  id: 'alg.order-of-operations.basic',
  skillId: 'alg.order-of-operations',
  name: text('Order of operations', 'Jerarquía de operaciones'),
  build(rng, difficulty) {
    const a = rng.int(2, 9);
    const b = rng.int(2, 6);
    const c = rng.int(2, difficulty === 3 ? 4 : 9);
    let d = rng.int(1, 9);
    // NOTE: with d = a the answer would equal the product the scaffold asks for.
    if (d === a) d = a === 9 ? 1 : a + 1;
    // difficulty 3 adds a power: a + b × c² − d
    const power = difficulty === 3;
    const cValue = power ? c * c : c;
    const tail = difficulty === 1 ? 0 : d;
    const answer = a + b * cValue - tail;
    const leftToRight = (a + b) * cValue - tail;
    const written = `${a} + ${b} \\times ${power ? `${c}^2` : c}${tail ? ` - ${d}` : ''}`;
    const misconceptions = [
      misconception('left-to-right', num(leftToRight)),
      ...(power ? [misconception('exponent-as-multiplication', num(a + b * c * 2 - tail))] : []),
    ];
    return {
      stem: text(`Evaluate $${written}$.`, `Calcula el valor de $${written}$.`),
      steps: [
        step({
          id: 'result',
          prompt: text('What is the value?', '¿Cuál es el valor?'),
          answer: num(answer),
          guidingQuestion: text(
            'Which operation in this expression should be done first, and why?',
            '¿Qué operación de esta expresión se hace primero, y por qué?',
          ),
          hints: [
            text(
              'Recall the order: parentheses, powers, multiplication and division, then addition and subtraction.',
              'Recuerda el orden: paréntesis, potencias, multiplicación y división, y luego suma y resta.',
            ),
            power
              ? text(
                  `Start with the power $${c}^2$, then do the multiplication.`,
                  `Empieza por la potencia $${c}^2$ y luego haz la multiplicación.`,
                )
              : text(
                  `Do the multiplication $${b} \\times ${c}$ before anything else.`,
                  `Haz la multiplicación $${b} \\times ${c}$ antes que nada.`,
                ),
            text(
              `After the multiplication, work left to right: add $${a}$${tail ? `, then subtract $${d}$` : ''}.`,
              `Con la multiplicación hecha, sigue de izquierda a derecha: suma $${a}$${tail ? ` y luego resta $${d}$` : ''}.`,
            ),
          ],
          scaffolds: [
            scaffold(
              'first',
              text('Which operation comes first here?', '¿Qué operación va primero aquí?'),
              choice(operationOptions, 'b'),
            ),
            scaffold(
              'product',
              text(
                `What is $${b} \\times ${power ? `${c}^2` : c}$?`,
                `¿Cuánto es $${b} \\times ${power ? `${c}^2` : c}$?`,
              ),
              num(b * cValue),
              power ? [misconception('exponent-as-multiplication', num(b * c * 2))] : [],
            ),
          ],
          misconceptions,
        }),
      ],
    };
  },
});
