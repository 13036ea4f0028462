import { type Localized, text } from '../../../language/localized.ts';
import type { SeededRandom } from '../../seeded-random.ts';
import { defineFamily, misconception, num, ratio, scaffold, step } from '../family-kit.ts';

interface Problem {
  /** total = parts · x + extra */
  readonly parts: number;
  readonly extra: number;
  readonly total: number;
  readonly x: number;
  readonly stem: Localized;
  readonly question: Localized;
  /** The equation in LaTeX, with x. */
  readonly equation: string;
}

type Maker = (rng: SeededRandom, difficulty: 1 | 2 | 3) => Problem;

const makers: readonly Maker[] = [
  (rng, difficulty) => {
    const x = rng.int(5, difficulty === 1 ? 30 : 90);
    const more = rng.int(2, difficulty === 1 ? 10 : 40);
    const total = 2 * x + more;
    return {
      parts: 2,
      extra: more,
      total,
      x,
      stem: text(
        `Ben and Ana share $${total}$ dollars so that Ben gets $${more}$ dollars more than Ana.`,
        `Ben y Ana se reparten $${total}$ dólares de modo que Ben recibe $${more}$ dólares más que Ana.`,
      ),
      question: text('How many dollars does Ana get?', '¿Cuántos dólares recibe Ana?'),
      equation: `x + (x + ${more}) = ${total}`,
    };
  },
  (rng, difficulty) => {
    const x = rng.int(3, difficulty === 1 ? 15 : 40);
    const longer = rng.int(2, difficulty === 1 ? 8 : 20);
    const total = 4 * x + 2 * longer;
    return {
      parts: 4,
      extra: 2 * longer,
      total,
      x,
      stem: text(
        `A rectangular garden is $${longer}$ m longer than it is wide. Its perimeter is $${total}$ m.`,
        `Un jardín rectangular mide $${longer}$ m más de largo que de ancho. Su perímetro es de $${total}$ m.`,
      ),
      question: text('How wide is the garden, in metres?', '¿Cuánto mide el jardín de ancho, en metros?'),
      equation: `2x + 2(x + ${longer}) = ${total}`,
    };
  },
  (rng, difficulty) => {
    const x = rng.int(difficulty === 1 ? 2 : 10, difficulty === 1 ? 30 : 150);
    const total = 3 * x + 3;
    return {
      parts: 3,
      extra: 3,
      total,
      x,
      stem: text(
        `Three consecutive whole numbers add up to $${total}$.`,
        `Tres números enteros consecutivos suman $${total}$.`,
      ),
      question: text('What is the smallest of the three numbers?', '¿Cuál es el menor de los tres números?'),
      equation: `x + (x + 1) + (x + 2) = ${total}`,
    };
  },
  (rng, difficulty) => {
    const x = rng.int(4, difficulty === 1 ? 12 : 40);
    const older = rng.int(2, Math.max(2, Math.min(difficulty === 1 ? 9 : 30, x)));
    const total = 2 * x + older;
    return {
      parts: 2,
      extra: older,
      total,
      x,
      stem: text(
        `Mia is $${older}$ years older than her cousin Teo. Together their ages add up to $${total}$ years.`,
        `Mía tiene $${older}$ años más que su primo Teo. Entre los dos suman $${total}$ años.`,
      ),
      question: text('How old is Teo?', '¿Cuántos años tiene Teo?'),
      equation: `x + (x + ${older}) = ${total}`,
    };
  },
  (rng, difficulty) => {
    const x = rng.int(2, difficulty === 1 ? 10 : 25);
    const base = rng.int(2, difficulty === 1 ? 10 : 30);
    const total = 2 * x + base;
    return {
      parts: 2,
      extra: base,
      total,
      x,
      stem: text(
        `An isosceles triangle has a base of $${base}$ cm and a perimeter of $${total}$ cm. Its other two sides are equal.`,
        `Un triángulo isósceles tiene una base de $${base}$ cm y un perímetro de $${total}$ cm. Sus otros dos lados son iguales.`,
      ),
      question: text(
        'How long is each of the equal sides, in cm?',
        '¿Cuánto mide cada uno de los lados iguales, en cm?',
      ),
      equation: `2x + ${base} = ${total}`,
    };
  },
];

/** Sharing, perimeter, consecutive numbers and ages: several equal unknown parts plus an extra amount. */
export const linearWordProblemsSharesFamily = defineFamily({
  id: 'alg.linear-word-problems.equal-parts',
  skillId: 'alg.linear-word-problems',
  name: text(
    'Equal parts plus an extra: shares, perimeters, ages',
    'Partes iguales más un extra: repartos, perímetros, edades',
  ),
  build(rng, difficulty) {
    const problem = rng.pick(makers)(rng, difficulty);
    const { parts, extra, total, x } = problem;
    const rest = total - extra;
    return {
      stem: problem.stem,
      steps: [
        step({
          id: 'equal-parts',
          prompt: text(
            'Let $x$ be the quantity asked for. Write the total as equal parts of $x$ plus an extra amount. Once the extra amount is taken away, what is left of the total?',
            'Sea $x$ la cantidad que se pide. Escribe el total como partes iguales de $x$ más una cantidad extra. Al quitar la cantidad extra, ¿qué queda del total?',
          ),
          answer: num(rest),
          guidingQuestion: text(
            'Which amounts in the story are written in terms of $x$, and what is added on top?',
            '¿Qué cantidades de la historia se escriben en función de $x$ y qué se suma además?',
          ),
          hints: [
            text(
              'Write every piece of the total using $x$, then collect the $x$ terms and the plain numbers.',
              'Escribe cada parte del total usando $x$ y después agrupa los términos con $x$ y los números solos.',
            ),
            text(
              'Subtract all the plain numbers from the total.',
              'Resta del total todos los números solos.',
            ),
          ],
          scaffolds: [
            scaffold(
              'parts',
              text('How many copies of $x$ make up the total?', '¿Cuántas veces aparece $x$ en el total?'),
              num(parts),
            ),
          ],
          misconceptions: [misconception('ignored-fixed-part', num(total))],
          worked: [
            text(`$${problem.equation}$`, `$${problem.equation}$`),
            text(
              `Collect like terms: $${parts}x + ${extra} = ${total}$`,
              `Agrupa términos semejantes: $${parts}x + ${extra} = ${total}$`,
            ),
            text(
              `Subtract $${extra}$ from both sides: $${parts}x = ${rest}$`,
              `Resta $${extra}$ en ambos lados: $${parts}x = ${rest}$`,
            ),
          ],
        }),
        step({
          id: 'solution',
          prompt: problem.question,
          answer: num(x),
          guidingQuestion: text(
            'What is left is shared equally among the copies of $x$. What operation does that?',
            'Lo que queda se reparte por igual entre las veces que aparece $x$. ¿Qué operación hace eso?',
          ),
          hints: [
            text(
              'Divide what is left by the number of copies of $x$.',
              'Divide lo que queda entre el número de veces que aparece $x$.',
            ),
            text(
              'Check your answer in the story: does everything add up to the total?',
              'Comprueba tu respuesta en la historia: ¿suma todo el total?',
            ),
          ],
          misconceptions: [
            misconception('ignored-fixed-part', { kind: 'fraction', value: ratio(total, parts) }),
            misconception('stopped-before-dividing', num(rest)),
          ],
          worked: [
            text(`$${parts}x = ${rest}$`, `$${parts}x = ${rest}$`),
            text(
              `Divide both sides by $${parts}$: $x = ${x}$`,
              `Divide ambos lados entre $${parts}$: $x = ${x}$`,
            ),
          ],
        }),
      ],
    };
  },
});
