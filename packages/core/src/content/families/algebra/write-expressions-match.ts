import { type Localized, text } from '../../../language/localized.ts';
import type { Misconception } from '../../item.ts';
import type { MisconceptionId } from '../../misconception-catalog.ts';
import { choice, defineFamily, misconception, scaffold, step } from '../family-kit.ts';

type Shape = 'n-m' | 'kn+m' | 'kn-m' | 'k(n+m)' | 'k(n-m)';

interface Reading {
  readonly expression: string;
  readonly phrase: Localized;
  /** The misconception of a learner who picks this reading for another expression. */
  readonly slip?: MisconceptionId;
}

// Option ids are not letters: the answer guard reads "is a" in "Here is a hint" as naming option a.
const lastOptions = [
  { id: 'o1', text: text('An addition', 'Una suma') },
  { id: 'o2', text: text('A subtraction', 'Una resta') },
  { id: 'o3', text: text('A multiplication', 'Una multiplicación') },
];

function readings(k: number, m: number): Record<Shape | 'm-n' | 'm-kn' | 'k+n+m' | 'n+m', Reading> {
  return {
    'n-m': {
      expression: `n - ${m}`,
      phrase: text(`$${m}$ less than a number $n$`, `un número $n$ disminuido en $${m}$`),
    },
    'm-n': {
      expression: `${m} - n`,
      phrase: text(`a number $n$ less than $${m}$`, `$${m}$ disminuido en un número $n$`),
      slip: 'reversed-subtraction-in-words',
    },
    'n+m': {
      expression: `n + ${m}`,
      phrase: text(`$${m}$ more than a number $n$`, `un número $n$ aumentado en $${m}$`),
    },
    'kn+m': {
      expression: `${k}n + ${m}`,
      phrase: text(
        `$${m}$ more than $${k}$ times a number $n$`,
        `$${k}$ veces un número $n$, aumentado en $${m}$`,
      ),
      slip: 'distributed-to-first-term-only',
    },
    'kn-m': {
      expression: `${k}n - ${m}`,
      phrase: text(
        `$${m}$ less than $${k}$ times a number $n$`,
        `$${k}$ veces un número $n$, disminuido en $${m}$`,
      ),
      slip: 'distributed-to-first-term-only',
    },
    'm-kn': {
      expression: `${m} - ${k}n`,
      phrase: text(
        `$${k}$ times a number $n$, less than $${m}$`,
        `$${m}$ disminuido en $${k}$ veces un número $n$`,
      ),
      slip: 'reversed-subtraction-in-words',
    },
    'k(n+m)': {
      expression: `${k}(n + ${m})`,
      phrase: text(
        `$${k}$ times the sum of a number $n$ and $${m}$`,
        `$${k}$ veces la suma de un número $n$ y $${m}$`,
      ),
    },
    'k(n-m)': {
      expression: `${k}(n - ${m})`,
      phrase: text(
        `$${k}$ times the difference of a number $n$ and $${m}$`,
        `$${k}$ veces la diferencia entre un número $n$ y $${m}$`,
      ),
    },
    'k+n+m': {
      expression: `${k} + n + ${m}`,
      phrase: text(`the sum of $${k}$, a number $n$ and $${m}$`, `la suma de $${k}$, un número $n$ y $${m}$`),
      slip: 'added-instead-of-multiplied',
    },
  };
}

/** For each expression shape: the distractors, each a reading of a nearby expression. */
const distractors: Record<Shape, readonly (keyof ReturnType<typeof readings>)[]> = {
  'n-m': ['m-n', 'n+m'],
  'kn+m': ['k(n+m)', 'k+n+m', 'kn-m'],
  'kn-m': ['k(n-m)', 'm-kn', 'k+n+m'],
  'k(n+m)': ['kn+m', 'k+n+m', 'k(n-m)'],
  'k(n-m)': ['kn-m', 'k(n+m)', 'm-kn'],
};

/** The slip a distractor shows for a given right shape, when a catalog misconception names it. */
function slipFor(shape: Shape, reading: Reading): MisconceptionId | undefined {
  if (reading.slip === 'distributed-to-first-term-only')
    return shape.startsWith('k(') ? reading.slip : undefined;
  return reading.slip;
}

/** Going backwards: which description in words matches a given expression. */
export const writeExpressionsMatchFamily = defineFamily({
  id: 'alg.write-expressions.match-the-words',
  skillId: 'alg.write-expressions',
  name: text('Match an expression with words', 'Relaciona una expresión con palabras'),
  build(rng, difficulty) {
    const k = rng.int(2, 9);
    let m = rng.int(2, 12);
    if (m === k) m = k + 1;
    const shape: Shape =
      difficulty === 1
        ? 'n-m'
        : difficulty === 2
          ? rng.pick<Shape>(['kn+m', 'kn-m'])
          : rng.pick<Shape>(['k(n+m)', 'k(n-m)']);
    const all = readings(k, m);
    const right = all[shape];
    const keyed = [
      { key: shape as string, reading: right },
      ...distractors[shape].map((key) => ({ key: key as string, reading: all[key] })),
    ];
    const order = rng.shuffle(keyed);
    const options = order.map((o, i) => ({ id: `o${i + 1}`, text: o.reading.phrase }));
    const idOf = (key: string) => `o${order.findIndex((o) => o.key === key) + 1}`;
    const answer = choice(options, idOf(shape));
    const wrong: Misconception[] = distractors[shape].flatMap((key) => {
      const slip = slipFor(shape, all[key]);
      return slip ? [misconception(slip, choice(options, idOf(key)))] : [];
    });
    const last = shape.startsWith('k(') ? 'o3' : shape.includes('-') ? 'o2' : 'o1';
    const lastName = {
      o1: text('an addition', 'una suma'),
      o2: text('a subtraction', 'una resta'),
      o3: text('a multiplication', 'una multiplicación'),
    }[last];
    return {
      stem: text(
        `Which description matches the expression $${right.expression}$?`,
        `¿Qué descripción corresponde a la expresión $${right.expression}$?`,
      ),
      steps: [
        step({
          id: 'description',
          prompt: text('Choose the matching description.', 'Elige la descripción que corresponde.'),
          answer,
          guidingQuestion: text(
            'If you computed this expression for some $n$, what would you do first and what last?',
            'Si calcularas esta expresión para algún $n$, ¿qué harías primero y qué al final?',
          ),
          hints: [
            text(
              'The operation done last decides what the whole expression is: a sum, a difference or a product.',
              'La operación que se hace al final decide qué es toda la expresión: una suma, una diferencia o un producto.',
            ),
            text(
              'Parentheses group a sum or difference that is worked out before it is multiplied.',
              'El paréntesis agrupa una suma o una diferencia que se calcula antes de multiplicarla.',
            ),
            text(
              'For a subtraction, check which quantity you start from and which one you take away.',
              'En una resta, fíjate de qué cantidad partes y cuál le quitas.',
            ),
          ],
          scaffolds: [
            scaffold(
              'last',
              text(
                'What is the last operation you would do to compute this expression?',
                '¿Cuál es la última operación que harías para calcular esta expresión?',
              ),
              choice(lastOptions, last),
            ),
          ],
          misconceptions: wrong,
          worked: [
            text(
              `The last operation in $${right.expression}$ is ${lastName.en}.`,
              `La última operación en $${right.expression}$ es ${lastName.es}.`,
            ),
            text(`It reads: “${right.phrase.en}”.`, `Se lee: «${right.phrase.es}».`),
          ],
        }),
      ],
    };
  },
});
