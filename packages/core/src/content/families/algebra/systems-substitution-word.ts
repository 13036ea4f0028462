import { type Localized, text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import { linear } from '../../math-format.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

interface Thing {
  /** Plural name. */
  readonly many: Localized;
  /** One of it, with an article ("an adult ticket", "una entrada de adulto"). */
  readonly one: Localized;
  /** Whether the Spanish noun is feminine. */
  readonly fem: boolean;
}

interface Setting {
  /** x counts the first thing, y the second. */
  readonly first: Thing;
  readonly second: Thing;
  /** Who sold or bought them ("A school sold adult and child tickets for its concert."). */
  readonly intro: Localized;
  /** The count of both together ("$30$ tickets were sold in all"). */
  readonly count: (total: number) => Localized;
  /** Prices in dollars of one of each, for the cost version. */
  readonly prices: readonly [number, number];
}

const thing = (many: Localized, one: Localized, fem: boolean): Thing => ({ many, one, fem });

const settings: readonly Setting[] = [
  {
    first: thing(
      text('adult tickets', 'entradas de adulto'),
      text('an adult ticket', 'una entrada de adulto'),
      true,
    ),
    second: thing(
      text('child tickets', 'entradas infantiles'),
      text('a child ticket', 'una entrada infantil'),
      true,
    ),
    intro: text(
      'A school sold adult and child tickets for its concert.',
      'Una escuela vendió entradas de adulto e infantiles para su concierto.',
    ),
    count: (t) => text(`in all, $${t}$ tickets were sold`, `en total se vendieron $${t}$ entradas`),
    prices: [8, 5],
  },
  {
    first: thing(text('coffees', 'cafés'), text('a coffee', 'un café'), false),
    second: thing(text('muffins', 'magdalenas'), text('a muffin', 'una magdalena'), true),
    intro: text(
      'One morning a café sold only coffees and muffins.',
      'Una mañana, una cafetería vendió solo cafés y magdalenas.',
    ),
    count: (t) =>
      text(`it sold $${t}$ coffees and muffins in all`, `vendió $${t}$ cafés y magdalenas en total`),
    prices: [3, 2],
  },
  {
    first: thing(text('melons', 'melones'), text('a melon', 'un melón'), false),
    second: thing(text('pineapples', 'piñas'), text('a pineapple', 'una piña'), true),
    intro: text(
      'A fruit stall sold melons and pineapples on Saturday.',
      'Un puesto de fruta vendió melones y piñas el sábado.',
    ),
    count: (t) =>
      text(`in all, $${t}$ pieces of fruit were sold`, `en total se vendieron $${t}$ piezas de fruta`),
    prices: [5, 4],
  },
  {
    first: thing(text('notebooks', 'cuadernos'), text('a notebook', 'un cuaderno'), false),
    second: thing(text('pens', 'bolígrafos'), text('a pen', 'un bolígrafo'), false),
    intro: text(
      'A teacher bought notebooks and pens for the new school year.',
      'Una profesora compró cuadernos y bolígrafos para el nuevo curso escolar.',
    ),
    count: (t) =>
      text(`she bought $${t}$ notebooks and pens in all`, `compró $${t}$ cuadernos y bolígrafos en total`),
    prices: [3, 2],
  },
  {
    first: thing(text('pizzas', 'pizzas'), text('a pizza', 'una pizza'), true),
    second: thing(text('drinks', 'bebidas'), text('a drink', 'una bebida'), true),
    intro: text(
      'A class ordered pizzas and drinks for a party.',
      'Una clase pidió pizzas y bebidas para una fiesta.',
    ),
    count: (t) =>
      text(
        `the class ordered $${t}$ pizzas and drinks in all`,
        `la clase pidió $${t}$ pizzas y bebidas en total`,
      ),
    prices: [9, 2],
  },
];

const relation = (value: string): AnswerSpec => ({
  kind: 'relation',
  value,
  variables: ['x', 'y'],
  form: 'solved',
});

/** Word problems where one fact gives y in terms of x ("k more", "k times as many") and the other a total. */
export const systemsSubstitutionWordFamily = defineFamily({
  id: 'alg.systems-substitution.word-problem',
  skillId: 'alg.systems-substitution',
  name: text('Systems in word problems, by substitution', 'Sistemas en problemas verbales, por sustitución'),
  build(rng, difficulty) {
    const setting = rng.pick(settings);
    const times = difficulty !== 1 && rng.next() < 0.5;
    const withCost = difficulty === 3;
    const x = rng.int(3, difficulty === 1 ? 12 : 20);
    const k = times ? rng.int(2, 4) : rng.int(2, 9);
    const y = times ? k * x : x + k;
    const [pa, pb] = setting.prices;
    const total = withCost ? pa * x + pb * y : x + y;
    const [a, b] = [setting.first, setting.second];
    const fact = times
      ? text(
          `There were $${k}$ times as many ${b.many.en} as ${a.many.en}.`,
          `El número de ${b.many.es} fue $${k}$ veces el de ${a.many.es}.`,
        )
      : text(
          `There were $${k}$ more ${b.many.en} than ${a.many.en}.`,
          `Hubo $${k}$ ${b.many.es} más que ${a.many.es}.`,
        );
    const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
    const facts = withCost
      ? text(
          `${capital(a.one.en)} cost $${pa}$ dollars and ${b.one.en} cost $${pb}$ dollars. ${fact.en} Altogether the ${a.many.en} and the ${b.many.en} cost $${total}$ dollars.`,
          `${capital(a.one.es)} costaba $${pa}$ dólares y ${b.one.es}, $${pb}$ dólares. ${fact.es} En total, ${a.fem ? 'las' : 'los'} ${a.many.es} y ${b.fem ? 'las' : 'los'} ${b.many.es} costaron $${total}$ dólares.`,
        )
      : text(
          `${fact.en} ${capital(setting.count(total).en)}.`,
          `${fact.es} ${capital(setting.count(total).es)}.`,
        );
    const yOfX = times ? `y = ${k}x` : `y = x + ${k}`;
    const totalEq = withCost ? `${pa}x + ${pb}y = ${total}` : `x + y = ${total}`;
    const substituted = withCost
      ? `${pa}x + ${pb}(${times ? `${k}x` : `x + ${k}`}) = ${total}`
      : `x + ${times ? `${k}x` : `(x + ${k})`} = ${total}`;
    const coefficient = withCost ? pa + pb * (times ? k : 1) : times ? 1 + k : 2;
    const constant = times ? 0 : withCost ? pb * k : k;
    const collected = `${linear(coefficient, constant, 'x')} = ${total}`;
    // Only the first term multiplied: pa·x + pb·x + k = total when the k is not multiplied by pb.
    const firstOnly = withCost && !times && (total - k) % (pa + pb) === 0 ? (total - k) / (pa + pb) : null;
    // Halving the total before taking the "k more" away, or adding k instead of taking it away.
    const noConstant = !withCost && !times && total % 2 === 0 ? total / 2 : null;
    const addedK = !withCost && !times && (total + k) % 2 === 0 ? (total + k) / 2 : null;
    const yValue = times ? `y = ${k} \\cdot ${x} = ${y}` : `y = ${x} + ${k} = ${y}`;
    return {
      stem: text(
        `${setting.intro.en} ${facts.en} Let $x$ be the number of ${a.many.en} and $y$ the number of ${b.many.en}.`,
        `${setting.intro.es} ${facts.es} Sea $x$ el número de ${a.many.es} e $y$ el número de ${b.many.es}.`,
      ),
      steps: [
        step({
          id: 'x',
          prompt: text(
            `How many ${a.many.en} were there?`,
            `¿${a.fem ? 'Cuántas' : 'Cuántos'} ${a.many.es} hubo?`,
          ),
          answer: num(x),
          guidingQuestion: text(
            'Which fact tells you $y$ directly in terms of $x$, and where could you put that expression?',
            '¿Qué dato te da $y$ directamente en función de $x$ y dónde podrías poner esa expresión?',
          ),
          hints: [
            text(
              `Write each fact as an equation: one says what $y$ equals, the other is about the ${withCost ? 'cost' : 'count'}.`,
              `Escribe cada dato como una ecuación: una dice a qué es igual $y$, la otra habla ${withCost ? 'del dinero' : 'del total'}.`,
            ),
            text(
              'Replace $y$ in the second equation by its expression in $x$, so that only $x$ is left.',
              'Sustituye $y$ en la segunda ecuación por su expresión en $x$, para que solo quede $x$.',
            ),
            text(
              'Combine the $x$ terms, move the plain number to the other side, then divide.',
              'Reduce los términos con $x$, pasa el número solo al otro lado y luego divide.',
            ),
          ],
          scaffolds: [
            scaffold(
              'relation',
              text('Write $y$ in terms of $x$.', 'Escribe $y$ en función de $x$.'),
              relation(yOfX),
            ),
          ],
          misconceptions: [
            misconception('answered-the-other-variable', num(y)),
            ...(firstOnly !== null ? [misconception('distributed-to-first-term-only', num(firstOnly))] : []),
            ...(noConstant !== null ? [misconception('divided-before-subtracting', num(noConstant))] : []),
            ...(addedK !== null ? [misconception('moved-term-without-changing-sign', num(addedK))] : []),
          ],
          worked: [
            text(`$${yOfX}$ and $${totalEq}$`, `$${yOfX}$ y $${totalEq}$`),
            text(`Substitute: $${substituted}$`, `Sustituye: $${substituted}$`),
            text(`Combine like terms: $${collected}$`, `Reduce términos semejantes: $${collected}$`),
            text(
              `${constant ? `Subtract $${constant}$ and divide` : 'Divide'} by $${coefficient}$: $x = ${x}$`,
              `${constant ? `Resta $${constant}$ y divide` : 'Divide'} entre $${coefficient}$: $x = ${x}$`,
            ),
          ],
        }),
        step({
          id: 'y',
          prompt: text(
            `How many ${b.many.en} were there?`,
            `¿${b.fem ? 'Cuántas' : 'Cuántos'} ${b.many.es} hubo?`,
          ),
          answer: num(y),
          guidingQuestion: text(
            'You know $x$ now. Which equation gives $y$ fastest?',
            'Ya conoces $x$. ¿Qué ecuación te da $y$ más rápido?',
          ),
          hints: [
            text('Use the fact that gives $y$ in terms of $x$.', 'Usa el dato que da $y$ en función de $x$.'),
            text(
              `Put your value of $x$ into it, then check the ${withCost ? 'cost' : 'count'} with both numbers.`,
              `Pon en él tu valor de $x$ y luego comprueba ${withCost ? 'el dinero total' : 'el total'} con ambos números.`,
            ),
          ],
          misconceptions: [
            misconception('answered-the-other-variable', num(x)),
            ...(times ? [misconception('added-instead-of-multiplied', num(x + k))] : []),
          ],
          worked: [text(`$${yValue}$`, `$${yValue}$`)],
        }),
      ],
    };
  },
});
