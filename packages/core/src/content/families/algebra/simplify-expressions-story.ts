import { type Localized, text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import type { Difficulty } from '../../item.ts';
import { linear, n, signed, term } from '../../math-format.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const expr = (value: string): AnswerSpec => ({
  kind: 'expression',
  value,
  variables: ['x'],
  form: 'combined',
});

/** "4 more rolls" / "3 fewer rolls": the size of a group's item compared with the standard one. */
type Compare = (delta: number) => Localized;

/** A situation with a standard size x, two groups of items that differ from it, and at level 3 a loose amount. */
interface Story {
  /** The range of x (the standard size) at each difficulty; every delta stays well below its minimum. */
  readonly x: Readonly<Record<Difficulty, readonly [number, number]>>;
  /** The largest difference from the standard size. */
  readonly maxDelta: number;
  /** The sign of the loose amount at difficulty 3 (+1 added, -1 taken away) and its range. */
  readonly extraSign: 1 | -1;
  readonly extraRange: readonly [number, number];
  readonly intro: Localized;
  /** The first and the second group: `count` items, each `delta` more (or less) than the standard one. */
  readonly group: (which: 0 | 1, count: number, delta: number) => Localized;
  readonly extra: (f: number) => Localized;
  /** What the expression counts, to end the stem ("The number of rolls … is"). */
  readonly total: (hasExtra: boolean) => Localized;
  /** The question of the last step, after "If x = …,". */
  readonly question: (hasExtra: boolean) => Localized;
}

const moreOrFewer = (delta: number, en: string, es: string): Localized =>
  delta > 0
    ? text(`$${delta}$ more ${en}`, `$${delta}$ ${es} más`)
    : text(`$${-delta}$ fewer ${en}`, `$${-delta}$ ${es} menos`);

const stories: readonly Story[] = [
  {
    x: { 1: [12, 20], 2: [15, 30], 3: [18, 36] },
    maxDelta: 8,
    extraSign: -1,
    extraRange: [3, 12],
    intro: text(
      'A standard tray holds $x$ bread rolls. A bakery receives two deliveries:',
      'Una bandeja normal lleva $x$ panecillos. Una panadería recibe dos entregas:',
    ),
    group: (which, count, delta) => {
      const diff: Compare = (d) => moreOrFewer(d, 'rolls', 'panecillos');
      const t = diff(delta);
      return which === 0
        ? text(
            `the first has $${count}$ trays, each with ${t.en} than a standard tray,`,
            `la primera trae $${count}$ bandejas, cada una con ${t.es} que una bandeja normal,`,
          )
        : text(
            `and the second has $${count}$ trays, each with ${t.en} than a standard tray.`,
            `y la segunda trae $${count}$ bandejas, cada una con ${t.es} que una bandeja normal.`,
          );
    },
    extra: (f) =>
      text(`Then $${f}$ squashed rolls are thrown away.`, `Después se tiran $${f}$ panecillos aplastados.`),
    total: () =>
      text(
        'The number of rolls the bakery can sell is',
        'El número de panecillos que la panadería puede vender es',
      ),
    question: () =>
      text('how many rolls can the bakery sell?', '¿cuántos panecillos puede vender la panadería?'),
  },
  {
    x: { 1: [60, 90], 2: [80, 120], 3: [90, 150] },
    maxDelta: 25,
    extraSign: 1,
    extraRange: [60, 120],
    intro: text(
      'A standard fence panel is $x$ cm long. Marta puts panels in a row along her garden:',
      'Un panel de valla normal mide $x$ cm de largo. Marta coloca paneles en fila a lo largo de su jardín:',
    ),
    group: (which, count, delta) => {
      const size =
        delta > 0
          ? text(`$${delta}$ cm longer`, `$${delta}$ cm más largo`)
          : text(`$${-delta}$ cm shorter`, `$${-delta}$ cm más corto`);
      return which === 0
        ? text(
            `$${count}$ panels of one model, each ${size.en} than a standard panel,`,
            `$${count}$ paneles de un modelo, cada uno ${size.es} que un panel normal,`,
          )
        : text(
            `and $${count}$ panels of another model, each ${size.en} than a standard panel.`,
            `y $${count}$ paneles de otro modelo, cada uno ${size.es} que un panel normal.`,
          );
    },
    extra: (f) =>
      text(`At the end she adds a gate $${f}$ cm wide.`, `Al final añade una puerta de $${f}$ cm de ancho.`),
    total: () => text('The length of the fence in cm is', 'La longitud de la valla en cm es'),
    question: () => text('how long is the fence, in cm?', '¿cuánto mide la valla, en cm?'),
  },
  {
    x: { 1: [30, 45], 2: [35, 55], 3: [40, 60] },
    maxDelta: 15,
    extraSign: -1,
    extraRange: [4, 12],
    intro: text(
      'A standard bus has $x$ seats. For a school trip, a company sends',
      'Un autobús normal tiene $x$ asientos. Para una excursión escolar, una empresa envía',
    ),
    group: (which, count, delta) => {
      const t = moreOrFewer(delta, 'seats', 'asientos');
      return which === 0
        ? text(
            `$${count}$ buses of one model, each with ${t.en} than a standard bus,`,
            `$${count}$ autobuses de un modelo, cada uno con ${t.es} que un autobús normal,`,
          )
        : text(
            `and $${count}$ buses of another model, each with ${t.en} than a standard bus.`,
            `y $${count}$ autobuses de otro modelo, cada uno con ${t.es} que un autobús normal.`,
          );
    },
    extra: (f) =>
      text(
        `$${f}$ of all the seats are kept for the teachers.`,
        `$${f}$ de todos los asientos se reservan para el profesorado.`,
      ),
    total: (hasExtra) =>
      hasExtra
        ? text(
            'The number of seats left for students is',
            'El número de asientos que quedan para el alumnado es',
          )
        : text('The number of seats on the trip is', 'El número de asientos de la excursión es'),
    question: (hasExtra) =>
      hasExtra
        ? text('how many seats are left for students?', '¿cuántos asientos quedan para el alumnado?')
        : text('how many seats are there on the trip?', '¿cuántos asientos hay en la excursión?'),
  },
  {
    x: { 1: [20, 30], 2: [20, 40], 3: [24, 48] },
    maxDelta: 10,
    extraSign: 1,
    extraRange: [5, 19],
    intro: text(
      'A standard box holds $x$ books. The school library receives',
      'Una caja normal lleva $x$ libros. La biblioteca del colegio recibe',
    ),
    group: (which, count, delta) => {
      const t = moreOrFewer(delta, 'books', 'libros');
      return which === 0
        ? text(
            `$${count}$ boxes from one publisher, each with ${t.en} than a standard box,`,
            `$${count}$ cajas de una editorial, cada una con ${t.es} que una caja normal,`,
          )
        : text(
            `and $${count}$ boxes from another publisher, each with ${t.en} than a standard box.`,
            `y $${count}$ cajas de otra editorial, cada una con ${t.es} que una caja normal.`,
          );
    },
    extra: (f) => text(`There are also $${f}$ loose books.`, `Además llegan $${f}$ libros sueltos.`),
    total: () => text('The number of books that arrive is', 'El número de libros que llegan es'),
    question: () => text('how many books arrive?', '¿cuántos libros llegan?'),
  },
  {
    x: { 1: [8, 12], 2: [9, 14], 3: [10, 16] },
    maxDelta: 5,
    extraSign: -1,
    extraRange: [5, 15],
    intro: text(
      'A plain cinema ticket costs $x$ dollars. A group buys',
      'Una entrada de cine normal cuesta $x$ dólares. Un grupo compra',
    ),
    group: (which, count, delta) => {
      const kind =
        which === 0
          ? delta > 0
            ? text('tickets with popcorn', 'entradas con palomitas')
            : text('student tickets', 'entradas de estudiante')
          : delta > 0
            ? text('tickets with a drink', 'entradas con bebida')
            : text('child tickets', 'entradas infantiles');
      const price =
        delta > 0
          ? text(`$${delta}$ dollars more`, `$${delta}$ dólares más cara`)
          : text(`$${-delta}$ dollars less`, `$${-delta}$ dólares más barata`);
      return which === 0
        ? text(
            `$${count}$ ${kind.en}, each costing ${price.en} than a plain ticket,`,
            `$${count}$ ${kind.es}, cada una ${price.es} que una entrada normal,`,
          )
        : text(
            `and $${count}$ ${kind.en}, each costing ${price.en} than a plain ticket.`,
            `y $${count}$ ${kind.es}, cada una ${price.es} que una entrada normal.`,
          );
    },
    extra: (f) =>
      text(
        `They pay with a discount voucher worth $${f}$ dollars.`,
        `Pagan con un vale de descuento de $${f}$ dólares.`,
      ),
    total: () => text('The amount the group pays, in dollars, is', 'Lo que paga el grupo, en dólares, es'),
    question: () => text('how much does the group pay, in dollars?', '¿cuánto paga el grupo, en dólares?'),
  },
];

/** A story with two groups of items, each a little more or less than a standard size x: simplify, then evaluate. */
export const simplifyExpressionsStoryFamily = defineFamily({
  id: 'alg.simplify-expressions.story',
  skillId: 'alg.simplify-expressions',
  name: text(
    'A story expression: simplify, then use it',
    'Una expresión de una historia: simplifícala y úsala',
  ),
  build(rng, difficulty) {
    const story = rng.pick(stories);
    const [xMin, xMax] = story.x[difficulty];
    const maxCount = difficulty === 1 ? 4 : difficulty === 2 ? 6 : 9;
    const minCount = difficulty === 3 ? 3 : 2;
    const a = rng.int(minCount, maxCount);
    let c = rng.int(minCount, maxCount);
    if (c === a) c = a === maxCount ? a - 1 : a + 1;
    const size = () => rng.int(2, story.maxDelta);
    const hasExtra = difficulty === 3;
    // Level 1: both groups bigger than standard; level 2: the second one smaller; level 3: maybe both smaller.
    const b = difficulty === 3 && rng.next() < 0.4 ? -size() : size();
    const f = hasExtra ? story.extraSign * rng.int(story.extraRange[0], story.extraRange[1]) : 0;
    let d = difficulty === 1 ? size() : -size();
    // The simplified expression keeps a number on its own.
    while (a * b + c * d + f === 0) d = difficulty === 1 ? size() : -size();
    const x = rng.int(xMin, xMax);

    const A = a + c;
    const K = a * b + c * d + f;
    const value = A * x + K;
    const written = `${a}(${linear(1, b, 'x')}) + ${c}(${linear(1, d, 'x')}) ${signed(f)}`.trim();
    const expanded =
      `${term(a, 'x')} ${signed(a * b)} + ${term(c, 'x')} ${signed(c * d)} ${signed(f)}`.trim();
    const grouped = `${term(a, 'x')} + ${term(c, 'x')} ${signed(a * b)} ${signed(c * d)} ${signed(f)}`.trim();
    const simplified = linear(A, K, 'x');

    // Wrong constants: the outside number multiplied only x, or every difference treated as "more".
    const firstOnly = b + d + f;
    const allPlus = a * Math.abs(b) + c * Math.abs(d) + f;
    const parts = [
      story.intro,
      story.group(0, a, b),
      story.group(1, c, d),
      ...(hasExtra ? [story.extra(Math.abs(f))] : []),
      story.total(hasExtra),
    ];
    const question = story.question(hasExtra);

    return {
      stem: text(
        `${parts.map((p) => p.en).join(' ')} $${written}$.`,
        `${parts.map((p) => p.es).join(' ')} $${written}$.`,
      ),
      steps: [
        step({
          id: 'simplified',
          prompt: text(
            'Simplify this expression as far as possible.',
            'Simplifica esta expresión todo lo posible.',
          ),
          answer: expr(simplified),
          guidingQuestion: text(
            'What does the number in front of each bracket multiply, and which terms can you put together afterwards?',
            '¿A qué multiplica el número que hay delante de cada paréntesis y qué términos puedes juntar después?',
          ),
          hints: [
            text(
              'Remove each pair of brackets first: the number in front multiplies every term inside, not only $x$.',
              'Quita primero cada paréntesis: el número de delante multiplica a todos los términos de dentro, no solo a $x$.',
            ),
            text(
              `Multiply both terms of $(${linear(1, b, 'x')})$ by $${a}$ and both terms of $(${linear(1, d, 'x')})$ by $${c}$, keeping each sign.`,
              `Multiplica los dos términos de $(${linear(1, b, 'x')})$ por $${a}$ y los dos de $(${linear(1, d, 'x')})$ por $${c}$, conservando cada signo.`,
            ),
            text(
              'Then add the $x$ terms together and the plain numbers together.',
              'Después suma por un lado los términos con $x$ y por otro los números solos.',
            ),
          ],
          scaffolds: [
            scaffold(
              'first-bracket',
              text(
                `Multiplying out $${a}(${linear(1, b, 'x')})$ gives $${a}x$ and one more term. What number is that term, with its sign?`,
                `Al desarrollar $${a}(${linear(1, b, 'x')})$ sale $${a}x$ y otro término más. ¿Qué número es ese término, con su signo?`,
              ),
              num(a * b),
              [misconception('distributed-to-first-term-only', num(b))],
            ),
            scaffold(
              'coefficient',
              text(
                'After removing the brackets, what is the coefficient of $x$ once you add the $x$ terms together?',
                'Tras quitar los paréntesis, ¿cuál es el coeficiente de $x$ al sumar los términos con $x$?',
              ),
              num(A),
            ),
          ],
          misconceptions: [
            misconception('distributed-to-first-term-only', expr(linear(A, firstOnly, 'x'))),
            misconception('dropped-minus-before-term', expr(linear(A, allPlus, 'x'))),
            ...(A + K !== 0 ? [misconception('combined-unlike-terms', expr(term(A + K, 'x')))] : []),
          ],
          worked: [
            text(
              `Distribute: $${written} = ${expanded}$`,
              `Aplica la propiedad distributiva: $${written} = ${expanded}$`,
            ),
            text(`Group like terms: $${grouped}$`, `Agrupa los términos semejantes: $${grouped}$`),
            text(`Combine them: $${simplified}$`, `Redúcelos: $${simplified}$`),
          ],
        }),
        step({
          id: 'value',
          prompt: text(
            `If $x = ${x}$, ${question.en} Use your simplified expression.`,
            `Si $x = ${x}$, ${question.es} Usa tu expresión simplificada.`,
          ),
          answer: num(value),
          guidingQuestion: text(
            'Why is the simplified expression quicker to use here than the original one?',
            '¿Por qué aquí es más rápido usar la expresión simplificada que la original?',
          ),
          hints: [
            text(
              'Replace $x$ with its value in your simplified expression.',
              'Sustituye $x$ por su valor en tu expresión simplificada.',
            ),
            text(
              'Multiply the coefficient of $x$ by that value first, then add or subtract the number on its own.',
              'Multiplica primero el coeficiente de $x$ por ese valor y después suma o resta el número solo.',
            ),
            text(
              'To check, put the same value into the original expression with brackets: both must give the same result.',
              'Para comprobarlo, pon el mismo valor en la expresión original con paréntesis: las dos deben dar lo mismo.',
            ),
          ],
          misconceptions: [
            misconception('juxtaposition-as-digits', num(Number(`${A}${x}`) + K)),
            misconception('distributed-to-first-term-only', num(A * x + firstOnly)),
            misconception('dropped-minus-before-term', num(A * x + allPlus)),
          ],
          worked: [
            text(`Substitute $x = ${x}$ into $${simplified}$.`, `Sustituye $x = ${x}$ en $${simplified}$.`),
            text(
              `$${A} \\cdot ${x} ${signed(K)} = ${A * x} ${signed(K)} = ${n(value)}$`,
              `$${A} \\cdot ${x} ${signed(K)} = ${A * x} ${signed(K)} = ${n(value)}$`,
            ),
          ],
        }),
      ],
    };
  },
});
