import { type Localized, text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import type { Misconception } from '../../item.ts';
import { linear, n, signed, signedTerm, term } from '../../math-format.ts';
import type { SeededRandom } from '../../seeded-random.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const expr = (value: string): AnswerSpec => ({
  kind: 'expression',
  value,
  variables: ['x'],
  form: 'combined',
});

/** One piece of the story: k·x + c (a side, a basket, a round of a game, a coupon). */
interface Part {
  readonly k: number;
  readonly c: number;
  /** How the story writes it, when not as k·x + c ("12 - x"). */
  readonly written?: string;
}

/** A story drawn for one item: its parts, the value of x and the texts around them. */
interface Story {
  readonly parts: readonly Part[];
  readonly x: number;
  readonly stem: Localized;
  /** What the expression stands for ("the perimeter of the triangle"). */
  readonly total: Localized;
  readonly valuePrompt: Localized;
  /** The unit written after the value in the worked lines ("cm", "euros", "points"). */
  readonly unit: Localized;
}

const listOf = (items: readonly string[], and: string): string =>
  items.length === 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

const ordinals: readonly Localized[] = [
  text('first', 'primera'),
  text('second', 'segunda'),
  text('third', 'tercera'),
  text('fourth', 'cuarta'),
];

const shapes: Readonly<Record<3 | 4 | 5, Localized>> = {
  3: text('triangle', 'triángulo'),
  4: text('quadrilateral', 'cuadrilátero'),
  5: text('pentagon', 'pentágono'),
};

/** A polygon whose sides are expressions in x; at the hardest level one side is written c − kx. */
function perimeter(rng: SeededRandom, difficulty: 1 | 2 | 3): Story {
  const count = (difficulty + 2) as 3 | 4 | 5;
  const x =
    difficulty === 1 ? rng.int(2, 6) : difficulty === 2 ? rng.int(3, 9) : rng.pick([1.5, 2.5, 3.5, 4.5]);
  const parts: Part[] = [];
  for (let i = 0; i < count; i++) {
    const k = rng.int(1, difficulty === 1 ? 4 : 6);
    // Each side stays longer than 0 at the value of x.
    const lowest = difficulty === 1 ? 1 : Math.max(-9, Math.floor(-k * x) + 1);
    parts.push({ k, c: rng.nonZero(lowest, 9) });
  }
  if (difficulty >= 2 && parts.every((p) => p.c > 0)) {
    const i = rng.int(0, count - 1);
    const side = parts[i] as Part;
    parts[i] = { k: side.k, c: -Math.min(Math.ceil(side.k * x) - 1, rng.int(1, 5)) };
  }
  const written = parts.map((p) => linear(p.k, p.c, 'x'));
  if (difficulty === 3) {
    // One side such as 12 − x: the sides must still add up to a positive number of x's.
    const i = rng.int(0, count - 1);
    const k = rng.int(1, 2);
    const c = Math.ceil(k * x) + rng.int(1, 8);
    written[i] = `${c} - ${term(k, 'x')}`;
    parts[i] = { k: -k, c, written: written[i] };
  }
  const shape = shapes[count];
  const unit = text('cm', 'cm');
  return {
    parts,
    x,
    stem: text(
      `A ${shape.en} has sides of length ${listOf(
        written.map((w) => `$${w}$`),
        'and',
      )} cm, where $x$ is a length in cm.`,
      `Los lados de un ${shape.es} miden ${listOf(
        written.map((w) => `$${w}$`),
        'y',
      )} cm, donde $x$ es una longitud en cm.`,
    ),
    total: text(`the perimeter of the ${shape.en}`, `el perímetro del ${shape.es}`),
    valuePrompt: text(
      `When $x = ${n(x)}$, what is the perimeter of the ${shape.en} in cm?`,
      `Si $x = ${n(x)}$, ¿cuánto mide el perímetro del ${shape.es} en cm?`,
    ),
    unit,
  };
}

const shoppers = ['Mia', 'Leo', 'Sara', 'Omar', 'Lucía', 'Iván'];
const extras: readonly { readonly en: string; readonly es: string }[] = [
  text('pen', 'un bolígrafo'),
  text('folder', 'una carpeta'),
  text('ruler', 'una regla'),
  text('glue stick', 'una barra de pegamento'),
  text('pencil case', 'un estuche'),
  text('sketchbook', 'un cuaderno de dibujo'),
];

/** Friends buying notebooks at x euros each plus one other item; later a coupon and a notebook put back. */
function basket(rng: SeededRandom, difficulty: 1 | 2 | 3): Story {
  const x = difficulty === 1 ? rng.int(2, 5) : difficulty === 2 ? rng.int(2, 7) : rng.pick([1.5, 2.5, 3.5]);
  const people = rng.shuffle(shoppers).slice(0, difficulty === 3 ? 3 : 2);
  const items = rng.shuffle(extras);
  const parts: Part[] = [];
  const en: string[] = [];
  const es: string[] = [];
  people.forEach((name, i) => {
    const k = rng.int(2, difficulty === 1 ? 5 : 8);
    const c = rng.int(2, 9);
    const item = items[i] as Localized;
    parts.push({ k, c });
    en.push(`${name} takes $${k}$ notebooks and a $${c}$-euro ${item.en}.`);
    es.push(`${name} toma $${k}$ cuadernos y ${item.es} de $${c}$ euros.`);
  });
  if (difficulty >= 2) {
    const off = rng.int(2, 9);
    parts.push({ k: 0, c: -off });
    en.push(`They pay together with a coupon for $${off}$ euros off.`);
    es.push(`Pagan juntos con un cupón de $${off}$ euros de descuento.`);
  }
  if (difficulty === 3) {
    const name = people[1] as string;
    parts.splice(parts.length - 1, 0, { k: -1, c: 0 });
    en.splice(en.length - 1, 0, `At the till, ${name} puts one notebook back.`);
    es.splice(es.length - 1, 0, `En la caja, ${name} devuelve un cuaderno.`);
  }
  return {
    parts,
    x,
    stem: text(
      `At a stationery shop, a notebook costs $x$ euros. ${en.join(' ')}`,
      `En una papelería, un cuaderno cuesta $x$ euros. ${es.join(' ')}`,
    ),
    total: text('the total they pay, in euros,', 'el total que pagan, en euros,'),
    valuePrompt: text(
      `A notebook costs $${n(x)}$ euros, so $x = ${n(x)}$. How many euros do they pay in total?`,
      `Un cuaderno cuesta $${n(x)}$ euros, así que $x = ${n(x)}$. ¿Cuántos euros pagan en total?`,
    ),
    unit: text('euros', 'euros'),
  };
}

const players = ['Nico', 'Ana', 'Tom', 'Eva', 'Hugo', 'Noa'];

/** Rounds of a game where each gem is worth x points: gems and bonus points, penalties, gems lost. */
function game(rng: SeededRandom, difficulty: 1 | 2 | 3): Story {
  const x = difficulty === 1 ? rng.int(2, 5) : difficulty === 2 ? rng.int(5, 10) : rng.int(10, 20);
  const name = rng.pick(players);
  const rounds = difficulty === 1 ? 2 : difficulty === 2 ? 3 : 4;
  const kinds: ('gain' | 'penalty' | 'lose')[] = Array.from({ length: rounds }, () => 'gain');
  if (difficulty >= 2) kinds[rng.int(1, rounds - 1)] = 'penalty';
  if (difficulty === 3) kinds[kinds.indexOf('gain', 1)] = 'lose';
  const parts: Part[] = [];
  const en: string[] = [];
  const es: string[] = [];
  kinds.forEach((kind, i) => {
    const round = ordinals[i] as Localized;
    const k = kind === 'lose' ? rng.int(2, 3) : rng.int(2, difficulty === 1 ? 6 : 9);
    const c = rng.int(2, difficulty === 3 ? 15 : 9);
    if (kind === 'gain') {
      parts.push({ k, c });
      en.push(`In the ${round.en} round, ${name} collects $${k}$ gems and $${c}$ bonus points.`);
      es.push(`En la ${round.es} ronda, ${name} consigue $${k}$ gemas y $${c}$ puntos extra.`);
    } else if (kind === 'penalty') {
      parts.push({ k, c: -c });
      en.push(`In the ${round.en} round, ${name} collects $${k}$ gems but loses $${c}$ points as a penalty.`);
      es.push(
        `En la ${round.es} ronda, ${name} consigue $${k}$ gemas, pero pierde $${c}$ puntos de penalización.`,
      );
    } else {
      parts.push({ k: -k, c });
      en.push(`In the ${round.en} round, ${name} loses $${k}$ gems and earns $${c}$ bonus points.`);
      es.push(`En la ${round.es} ronda, ${name} pierde $${k}$ gemas y gana $${c}$ puntos extra.`);
    }
  });
  return {
    parts,
    x,
    stem: text(
      `In a video game, each gem is worth $x$ points. ${en.join(' ')}`,
      `En un videojuego, cada gema vale $x$ puntos. ${es.join(' ')}`,
    ),
    total: text(`${name}'s total score`, `la puntuación total de ${name}`),
    valuePrompt: text(
      `Each gem is worth $${n(x)}$ points, so $x = ${n(x)}$. What is ${name}'s total score?`,
      `Cada gema vale $${n(x)}$ puntos, así que $x = ${n(x)}$. ¿Cuál es la puntuación total de ${name}?`,
    ),
    unit: text('points', 'puntos'),
  };
}

/** The parts added up as written in the story: "(3x + 2) + (2x + 5) - 4 - x". */
function sumOfParts(parts: readonly Part[]): string {
  return parts
    .map((p, i) => {
      if (p.k <= 0 && p.c <= 0) return `- ${linear(-p.k, -p.c, 'x')}`;
      const body = p.written ?? linear(p.k, p.c, 'x');
      const inner = p.k !== 0 && p.c !== 0 ? `(${body})` : body;
      return i === 0 ? inner : `+ ${inner}`;
    })
    .join(' ');
}

/** The x terms and the numbers side by side: "(3x + 2x - x) + (2 + 5 - 4)". */
function grouped(parts: readonly Part[]): string {
  const ks = parts.map((p) => p.k).filter((k) => k !== 0);
  const cs = parts.map((p) => p.c).filter((c) => c !== 0);
  const xs = ks.map((k, i) => (i === 0 ? term(k, 'x') : signedTerm(k, 'x'))).join(' ');
  const numbers = cs.map((c, i) => (i === 0 ? n(c) : signed(c))).join(' ');
  return `(${xs}) + (${numbers})`;
}

/** Collecting like terms in a story (a perimeter, a shopping basket, a game score), then evaluating the result. */
export const likeTermsStoryValueFamily = defineFamily({
  id: 'alg.like-terms.story-then-value',
  skillId: 'alg.like-terms',
  name: text('Collect like terms in a story, then evaluate', 'Reducir términos en un problema y evaluar'),
  build(rng, difficulty) {
    const story = rng.pick([perimeter, basket, game])(rng, difficulty);
    const { parts, x } = story;
    const coefficient = parts.reduce((s, p) => s + p.k, 0);
    const constant = parts.reduce((s, p) => s + p.c, 0);
    const answer = linear(coefficient, constant, 'x');
    const value = coefficient * x + constant;
    // Every minus read as a plus.
    const allPlusK = parts.reduce((s, p) => s + Math.abs(p.k), 0);
    const allPlusC = parts.reduce((s, p) => s + Math.abs(p.c), 0);
    const lumped = coefficient + constant;

    const firstWrong: Misconception[] = [
      misconception('dropped-minus-before-term', expr(linear(allPlusK, allPlusC, 'x'))),
      ...(lumped !== 0 ? [misconception('combined-unlike-terms', expr(term(lumped, 'x')))] : []),
      misconception('combined-unlike-terms', expr(n(lumped))),
    ];
    const digits =
      Number.isInteger(x) && x < 10 && coefficient > 1 ? Number(`${coefficient}${x}`) + constant : null;
    const valueWrong: Misconception[] = [
      misconception('combined-unlike-terms', num(lumped * x, 0.001)),
      misconception('dropped-minus-before-term', num(allPlusK * x + allPlusC, 0.001)),
      ...(digits !== null ? [misconception('juxtaposition-as-digits', num(digits))] : []),
    ];
    const product = n(coefficient * x);
    const evaluation =
      constant === 0
        ? `${n(coefficient)} \\times ${n(x)} = ${n(value)}`
        : `${n(coefficient)} \\times ${n(x)} ${signed(constant)} = ${product} ${signed(constant)} = ${n(value)}`;

    return {
      stem: story.stem,
      steps: [
        step({
          id: 'expression',
          prompt: text(
            `Write ${story.total.en} as an expression in $x$, with like terms combined.`,
            `Escribe ${story.total.es} como una expresión en $x$, con los términos semejantes reducidos.`,
          ),
          answer: expr(answer),
          guidingQuestion: text(
            'Which pieces of the story are counted in $x$, and which are plain numbers?',
            '¿Qué partes del problema se cuentan en $x$ y cuáles son números solos?',
          ),
          hints: [
            text(
              'First write every piece of the story as a term and add them all up, without simplifying yet.',
              'Primero escribe cada parte del problema como un término y súmalas todas, sin simplificar todavía.',
            ),
            text(
              'Keep the sign in front of each term: a minus inside an expression, a discount or a penalty makes that term negative.',
              'Conserva el signo de delante de cada término: un menos dentro de una expresión, un descuento o una penalización vuelven negativo ese término.',
            ),
            text(
              'Add the coefficients of the $x$ terms, then add the plain numbers; an $x$ term and a number never merge into one term.',
              'Suma los coeficientes de los términos con $x$ y luego los números solos; un término con $x$ y un número nunca se juntan en uno.',
            ),
          ],
          scaffolds: [
            scaffold(
              'coefficient',
              text(
                'How many $x$ are there in all, after combining?',
                '¿Cuántas $x$ hay en total, después de reducir?',
              ),
              num(coefficient),
              [misconception('dropped-minus-before-term', num(allPlusK))],
            ),
            scaffold(
              'constant',
              text('What do the plain numbers add up to?', '¿Cuánto suman los números solos?'),
              num(constant),
              [misconception('dropped-minus-before-term', num(allPlusC))],
            ),
          ],
          misconceptions: firstWrong,
          worked: [
            text(`All the pieces: $${sumOfParts(parts)}$`, `Todas las partes: $${sumOfParts(parts)}$`),
            text(
              `Group like terms: $${grouped(parts)}$`,
              `Agrupa los términos semejantes: $${grouped(parts)}$`,
            ),
            text(`Combined: $${answer}$`, `Reducida: $${answer}$`),
          ],
        }),
        step({
          id: 'value',
          prompt: story.valuePrompt,
          answer: num(value, 0.001),
          guidingQuestion: text(
            'Which is quicker to evaluate: the long sum or your combined expression?',
            '¿Qué es más rápido de evaluar: la suma larga o tu expresión reducida?',
          ),
          hints: [
            text(
              'Use your combined expression: it is much shorter than the sum of all the pieces.',
              'Usa tu expresión reducida: es mucho más corta que la suma de todas las partes.',
            ),
            text(
              'Replace $x$ by its value; a number written next to $x$ means multiply.',
              'Sustituye $x$ por su valor; un número escrito junto a $x$ indica multiplicación.',
            ),
            text(
              'Multiply first, then add or subtract the plain number.',
              'Primero multiplica y después suma o resta el número solo.',
            ),
          ],
          misconceptions: valueWrong,
          worked: [
            text(`Substitute $x = ${n(x)}$ into $${answer}$`, `Sustituye $x = ${n(x)}$ en $${answer}$`),
            text(`$${evaluation}$ ${story.unit.en}`, `$${evaluation}$ ${story.unit.es}`),
          ],
        }),
      ],
    };
  },
});
