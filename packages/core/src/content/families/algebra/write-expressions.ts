import { text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import { choice, defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const expr = (value: string): AnswerSpec => ({ kind: 'expression', value, variables: ['n'] });
const operationOptions = [
  { id: 'a', text: text('Addition', 'Suma') },
  { id: 'b', text: text('Subtraction', 'Resta') },
  { id: 'c', text: text('Multiplication', 'Multiplicación') },
];

/** Translating words into an expression: "5 more than 3 times a number n", "4 less than n". */
export const writeExpressionsFamily = defineFamily({
  id: 'alg.write-expressions.basic',
  skillId: 'alg.write-expressions',
  name: text('Write expressions from words', 'Escribir expresiones a partir de palabras'),
  build(rng, difficulty) {
    const k = rng.int(2, 9);
    const m = rng.int(2, 12);
    const lessThan = difficulty >= 2 && rng.next() < 0.6;
    const withTimes = difficulty !== 1;
    const base = withTimes ? `${k}n` : 'n';
    const baseEn = withTimes ? `${k} times a number $n$` : 'a number $n$';
    const baseEs = withTimes ? `${k} veces un número $n$` : 'un número $n$';
    const answer = lessThan ? `${base} - ${m}` : `${base} + ${m}`;
    const phrase = lessThan
      ? text(`${m} less than ${baseEn}`, `${baseEs}, disminuido en ${m}`)
      : text(`${m} more than ${baseEn}`, `${baseEs}, aumentado en ${m}`);
    return {
      stem: text(`Write an expression for: "${phrase.en}".`, `Escribe una expresión para: "${phrase.es}".`),
      steps: [
        step({
          id: 'expression',
          prompt: text('Your expression in $n$:', 'Tu expresión en $n$:'),
          answer: expr(answer),
          guidingQuestion: text(
            'Which words tell you the operations, and which quantity do you start from?',
            '¿Qué palabras indican las operaciones y de qué cantidad partes?',
          ),
          hints: [
            text(
              'Find the quantity that everything else is compared with.',
              'Busca la cantidad con la que se compara todo lo demás.',
            ),
            withTimes
              ? text(
                  '"Times" means multiplication: write that part first.',
                  '"Veces" indica multiplicación: escribe esa parte primero.',
                )
              : text('The number $n$ is your starting point.', 'El número $n$ es tu punto de partida.'),
            lessThan
              ? text(
                  '"Less than" means you start from that quantity and take away.',
                  '"Disminuido en" significa que partes de esa cantidad y le quitas.',
                )
              : text(
                  '"More than" means you add to that quantity.',
                  '"Aumentado en" significa que le sumas a esa cantidad.',
                ),
          ],
          scaffolds: [
            scaffold(
              'operation',
              text(
                'Which operation do the words "more than" or "less than" ask for here?',
                '¿Qué operación piden aquí las palabras "aumentado en" o "disminuido en"?',
              ),
              choice(operationOptions, lessThan ? 'b' : 'a'),
            ),
            ...(withTimes
              ? [
                  scaffold(
                    'coefficient',
                    text('What number multiplies $n$?', '¿Qué número multiplica a $n$?'),
                    num(k),
                  ),
                ]
              : []),
          ],
          misconceptions: [
            ...(lessThan ? [misconception('reversed-subtraction-in-words', expr(`${m} - ${base}`))] : []),
            ...(withTimes
              ? [
                  misconception(
                    'added-instead-of-multiplied',
                    expr(lessThan ? `${k} + n - ${m}` : `${k} + n + ${m}`),
                  ),
                ]
              : []),
          ],
        }),
      ],
    };
  },
});
