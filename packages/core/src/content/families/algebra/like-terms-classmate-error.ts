import { type Localized, text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import type { Misconception } from '../../item.ts';
import { n, signed, signedTerm, term } from '../../math-format.ts';
import type { SeededRandom } from '../../seeded-random.ts';
import { choice, defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const expr = (value: string): AnswerSpec => ({
  kind: 'expression',
  value,
  variables: ['x'],
  form: 'combined',
});

/** The power of x a term carries: x², x or none. */
type Power = 2 | 1 | 0;

interface Term {
  readonly coefficient: number;
  readonly power: Power;
}

type Mistake = 'exponents' | 'mixed' | 'minus' | 'number';

const variableOf: Readonly<Record<Power, string>> = { 2: 'x^2', 1: 'x', 0: '' };

// Option ids are not letters: the answer guard reads "is a" in "Here is a hint" as naming option a.
const mistakeOptions: Readonly<Record<Mistake, Localized>> = {
  exponents: text(
    'The exponents were added when the $x^2$ terms were combined.',
    'Se sumaron los exponentes al reducir los términos en $x^2$.',
  ),
  mixed: text(
    'Terms in $x^2$ were combined with terms in $x$.',
    'Se juntaron términos en $x^2$ con términos en $x$.',
  ),
  minus: text(
    'A minus sign in front of a term was treated as a plus.',
    'Se trató como un más el signo menos que va delante de un término.',
  ),
  number: text(
    'A plain number was combined with the $x$ terms.',
    'Se juntó un número solo con los términos en $x$.',
  ),
};

const classmates = ['Ana', 'Leo', 'Sam', 'Lucía', 'Omar', 'Mei', 'Diego', 'Zoe'];

/** A term written after others: "+ 3x^2", "- x", "+ 4". */
function following(t: Term): string {
  return t.power === 0 ? signed(t.coefficient) : signedTerm(t.coefficient, variableOf[t.power]);
}

/** A term written first: "3x^2", "-x", "4". */
function leading(t: Term): string {
  return t.power === 0 ? n(t.coefficient) : term(t.coefficient, variableOf[t.power]);
}

/** Terms written in a row, skipping zeros: "3x^2 + 8x - 2". */
function written(terms: readonly Term[]): string {
  const shown = terms.filter((t) => t.coefficient !== 0);
  if (shown.length === 0) return '0';
  return shown.map((t, i) => (i === 0 ? leading(t) : following(t))).join(' ');
}

/** A polynomial a·x² + b·x + c, skipping zero terms. */
function poly(a: number, b: number, c: number, square = 'x^2'): string {
  const parts = [
    a !== 0 ? { text: term(a, square), value: a } : null,
    b !== 0 ? { text: term(b, 'x'), value: b } : null,
    c !== 0 ? { text: n(c), value: c } : null,
  ].filter((p) => p !== null);
  if (parts.length === 0) return '0';
  return parts
    .map((p, i) => {
      if (i === 0) return p.text;
      const body = p.text.startsWith('-') ? p.text.slice(1) : p.text;
      return `${p.value < 0 ? '-' : '+'} ${body}`;
    })
    .join(' ');
}

const sum = (terms: readonly Term[], power: Power) =>
  terms.filter((t) => t.power === power).reduce((s, t) => s + t.coefficient, 0);

/** Draws the expression's terms for a difficulty: two x² terms, two x terms and one or two numbers. */
function drawTerms(rng: SeededRandom, difficulty: 1 | 2 | 3): Term[] {
  if (difficulty === 1) {
    return [
      { coefficient: rng.int(2, 9), power: 2 },
      { coefficient: rng.int(1, 9), power: 1 },
      { coefficient: rng.int(1, 9), power: 2 },
      { coefficient: rng.int(1, 9), power: 0 },
    ];
  }
  if (difficulty === 2) {
    const a = rng.int(2, 9);
    let c = rng.int(1, 9);
    while (c === a) c = rng.int(1, 9);
    return [
      { coefficient: a, power: 2 },
      { coefficient: rng.int(1, 9), power: 1 },
      { coefficient: -c, power: 2 },
      { coefficient: rng.int(1, 9) * rng.pick([1, -1]), power: 1 },
      { coefficient: rng.int(1, 9), power: 0 },
    ];
  }
  return [
    { coefficient: rng.nonZero(-9, 9), power: 2 },
    { coefficient: rng.nonZero(-9, 9), power: 1 },
    { coefficient: rng.nonZero(-12, 12), power: 0 },
    { coefficient: rng.nonZero(-9, 9), power: 2 },
    { coefficient: rng.nonZero(-9, 9), power: 1 },
    { coefficient: rng.nonZero(-12, 12), power: 0 },
  ];
}

/** Error analysis: a classmate combined like terms of an expression with x² and x; name the mistake, then fix it. */
export const likeTermsClassmateErrorFamily = defineFamily({
  id: 'alg.like-terms.classmate-error',
  skillId: 'alg.like-terms',
  name: text('Find the mistake in combining like terms', 'Encuentra el error al reducir términos semejantes'),
  build(rng, difficulty) {
    const allowed: readonly Mistake[] =
      difficulty === 1
        ? ['exponents', 'mixed', 'number']
        : difficulty === 2
          ? ['exponents', 'mixed', 'minus']
          : ['exponents', 'mixed', 'minus', 'number'];
    // Draw until every group adds up to a non-zero coefficient and the chosen mistake shows in the result.
    for (;;) {
      const terms = drawTerms(rng, difficulty);
      const a = sum(terms, 2);
      const b = sum(terms, 1);
      const c = sum(terms, 0);
      if (a === 0 || b === 0 || c === 0 || a + b === 0 || b + c === 0) continue;
      const mistake = rng.pick(allowed);
      const negatives = terms.filter((t) => t.coefficient < 0);
      const flipped = rng.pick(negatives.length > 0 ? negatives : terms);
      if (mistake === 'minus' && flipped.coefficient > 0) continue;
      // The classmate's result for each mistake.
      const plusFor = (power: Power) => (flipped.power === power ? -2 * flipped.coefficient : 0);
      const wrong: Record<Mistake, string> = {
        exponents: poly(a, b, c, 'x^4'),
        mixed: poly(a + b, 0, c),
        minus: poly(a + plusFor(2), b + plusFor(1), c + plusFor(0)),
        number: poly(a, b + c, 0),
      };
      if (mistake === 'minus' && [a + plusFor(2), b + plusFor(1), c + plusFor(0)].includes(0)) continue;

      const order = rng.shuffle(terms);
      // Start with a positive term at the easier levels, as a textbook would.
      if (difficulty < 3 && (order[0]?.coefficient ?? 0) < 0) order.push(order.shift() as Term);
      const expression = written(order);
      const name = rng.pick(classmates);
      const answer = poly(a, b, c);
      const mistakes: readonly Mistake[] = ['exponents', 'mixed', 'minus', 'number'];
      const shuffled = rng.shuffle(mistakes);
      const options = shuffled.map((m, i) => ({ id: `o${i + 1}`, text: mistakeOptions[m] }));
      const idOf = (m: Mistake) => `o${shuffled.indexOf(m) + 1}`;

      const group = (power: Power) => {
        const members = order.filter((t) => t.power === power);
        return members.length === 1 ? written(members) : `(${written(members)})`;
      };
      const groupedLine = `${group(2)} + ${group(1)} + ${group(0)}`;
      const why: Record<Mistake, Localized> = {
        exponents: text(
          `${name} wrote $${term(a, 'x^4')}$: when like terms are added, only the coefficients are added and the power $x^2$ stays.`,
          `${name} escribió $${term(a, 'x^4')}$: al sumar términos semejantes solo se suman los coeficientes y la potencia $x^2$ se mantiene.`,
        ),
        mixed: text(
          `${name}'s result has no $x$ term: the $x$ terms were added to the $x^2$ terms, but they are not like terms.`,
          `El resultado de ${name} no tiene término en $x$: los términos en $x$ se sumaron a los de $x^2$, pero no son semejantes.`,
        ),
        minus: text(
          `${name} used $${following({ ...flipped, coefficient: -flipped.coefficient })}$ instead of $${following(flipped)}$: the minus sign belongs to the term.`,
          `${name} usó $${following({ ...flipped, coefficient: -flipped.coefficient })}$ en lugar de $${following(flipped)}$: el signo menos pertenece al término.`,
        ),
        number: text(
          `${name}'s result has no plain number: the numbers were added to the $x$ terms, but a number and an $x$ term are not like terms.`,
          `El resultado de ${name} no tiene número solo: los números se sumaron a los términos en $x$, pero un número y un término en $x$ no son semejantes.`,
        ),
      };

      const fixWrong: Misconception[] = [
        misconception('combined-unlike-terms', expr(poly(a + b, 0, c))),
        misconception('combined-unlike-terms', expr(poly(a, b + c, 0))),
        ...(negatives.length > 0
          ? [
              misconception(
                'dropped-minus-before-term',
                expr(
                  poly(
                    terms.filter((t) => t.power === 2).reduce((s, t) => s + Math.abs(t.coefficient), 0),
                    terms.filter((t) => t.power === 1).reduce((s, t) => s + Math.abs(t.coefficient), 0),
                    terms.filter((t) => t.power === 0).reduce((s, t) => s + Math.abs(t.coefficient), 0),
                  ),
                ),
              ),
            ]
          : []),
        ...(mistake === 'minus' ? [misconception('dropped-minus-before-term', expr(wrong.minus))] : []),
      ];

      return {
        stem: text(
          `${name} simplified $${expression}$ and wrote $${wrong[mistake]}$ as the answer.`,
          `${name} simplificó $${expression}$ y escribió $${wrong[mistake]}$ como resultado.`,
        ),
        steps: [
          step({
            id: 'mistake',
            prompt: text(`Which mistake did ${name} make?`, `¿Qué error cometió ${name}?`),
            answer: choice(options, idOf(mistake)),
            guidingQuestion: text(
              'What must two terms have in common before they can be combined into one?',
              '¿Qué deben tener en común dos términos para poder juntarlos en uno solo?',
            ),
            hints: [
              text(
                `Simplify the expression yourself first, then compare your result with ${name}'s, term by term.`,
                `Simplifica tú primero la expresión y luego compara tu resultado con el de ${name}, término a término.`,
              ),
              text(
                'Like terms have the same letter with the same exponent. Adding them changes the coefficient and nothing else.',
                'Los términos semejantes tienen la misma letra con el mismo exponente. Al sumarlos cambia el coeficiente y nada más.',
              ),
              text(
                `Look where your result and ${name}'s differ: a coefficient, an exponent, or a term that is missing?`,
                `Fíjate en qué se diferencian tu resultado y el de ${name}: ¿un coeficiente, un exponente o un término que falta?`,
              ),
            ],
            worked: [
              text(
                `Combined correctly: $${groupedLine} = ${answer}$`,
                `Reducida correctamente: $${groupedLine} = ${answer}$`,
              ),
              why[mistake],
            ],
          }),
          step({
            id: 'rewrite',
            prompt: text(
              'Write the correct simplified expression.',
              'Escribe la expresión simplificada correcta.',
            ),
            answer: expr(answer),
            guidingQuestion: text(
              'Which terms of the expression can be combined with each other?',
              '¿Qué términos de la expresión se pueden juntar entre sí?',
            ),
            hints: [
              text(
                'Make three groups: the $x^2$ terms, the $x$ terms and the plain numbers.',
                'Forma tres grupos: los términos en $x^2$, los términos en $x$ y los números solos.',
              ),
              text(
                'Each term keeps the sign in front of it when you move it into its group.',
                'Cada término conserva el signo que tiene delante al pasarlo a su grupo.',
              ),
              text(
                'Add the coefficients within each group; the power of $x$ does not change.',
                'Suma los coeficientes dentro de cada grupo; la potencia de $x$ no cambia.',
              ),
            ],
            scaffolds: [
              scaffold(
                'square',
                text(
                  'What is the coefficient of $x^2$ after combining?',
                  '¿Cuál es el coeficiente de $x^2$ después de reducir?',
                ),
                num(a),
              ),
              scaffold(
                'linear',
                text(
                  'What is the coefficient of $x$ after combining?',
                  '¿Cuál es el coeficiente de $x$ después de reducir?',
                ),
                num(b),
              ),
            ],
            misconceptions: fixWrong,
            worked: [
              text(`Group like terms: $${groupedLine}$`, `Agrupa los términos semejantes: $${groupedLine}$`),
              text(`Add the coefficients: $${answer}$`, `Suma los coeficientes: $${answer}$`),
            ],
          }),
        ],
      };
    }
  },
});
