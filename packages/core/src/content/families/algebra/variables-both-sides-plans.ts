import { type Localized, text } from '../../../language/localized.ts';
import type { ChoiceOption } from '../../answer/answer-spec.ts';
import type { SeededRandom } from '../../seeded-random.ts';
import { choice, defineFamily, misconception, num, ratio, scaffold, step } from '../family-kit.ts';

interface Story {
  /** Amounts that grow (`+`) or shrink (`-`) at a steady rate. */
  readonly sign: 1 | -1;
  readonly variable: Localized;
  /** A starts at fixedA and changes by rateA per unit, B likewise. */
  readonly setup: (fixedA: number, rateA: number, fixedB: number, rateB: number) => Localized;
  readonly question: Localized;
}

const stories: readonly Story[] = [
  {
    sign: 1,
    variable: text('the number of months', 'el número de meses'),
    setup: (fa, ra, fb, rb) =>
      text(
        `Gym A charges $${fa}$ dollars to join and $${ra}$ dollars a month. Gym B charges $${fb}$ dollars to join and $${rb}$ dollars a month.`,
        `El gimnasio A cobra $${fa}$ dólares de inscripción y $${ra}$ dólares al mes. El gimnasio B cobra $${fb}$ dólares de inscripción y $${rb}$ dólares al mes.`,
      ),
    question: text(
      'After how many months have both gyms cost the same?',
      '¿Después de cuántos meses han costado lo mismo los dos gimnasios?',
    ),
  },
  {
    sign: 1,
    variable: text('the number of weeks', 'el número de semanas'),
    setup: (fa, ra, fb, rb) =>
      text(
        `Ana has $${fa}$ dollars and saves $${ra}$ dollars every week. Ben has $${fb}$ dollars and saves $${rb}$ dollars every week.`,
        `Ana tiene $${fa}$ dólares y ahorra $${ra}$ dólares cada semana. Ben tiene $${fb}$ dólares y ahorra $${rb}$ dólares cada semana.`,
      ),
    question: text(
      'After how many weeks will they have the same amount?',
      '¿Después de cuántas semanas tendrán la misma cantidad?',
    ),
  },
  {
    sign: 1,
    variable: text('the number of kilometres', 'el número de kilómetros'),
    setup: (fa, ra, fb, rb) =>
      text(
        `Taxi A charges $${fa}$ dollars plus $${ra}$ dollars per kilometre. Taxi B charges $${fb}$ dollars plus $${rb}$ dollars per kilometre.`,
        `El taxi A cobra $${fa}$ dólares más $${ra}$ dólares por kilómetro. El taxi B cobra $${fb}$ dólares más $${rb}$ dólares por kilómetro.`,
      ),
    question: text(
      'For how many kilometres do both taxis cost the same?',
      '¿Para cuántos kilómetros cuestan lo mismo los dos taxis?',
    ),
  },
  {
    sign: -1,
    variable: text('the number of hours', 'el número de horas'),
    setup: (fa, ra, fb, rb) =>
      text(
        `Candle A is $${fa}$ cm tall and burns down $${ra}$ cm every hour. Candle B is $${fb}$ cm tall and burns down $${rb}$ cm every hour.`,
        `La vela A mide $${fa}$ cm y se consume $${ra}$ cm cada hora. La vela B mide $${fb}$ cm y se consume $${rb}$ cm cada hora.`,
      ),
    question: text(
      'After how many hours are both candles the same height?',
      '¿Después de cuántas horas tienen las dos velas la misma altura?',
    ),
  },
];

/** Options in random order; the right one is never the first ("a"), which the tutor's "Here is a hint" would name. */
function shuffledOptions(rng: SeededRandom, correct: Localized, wrong: readonly Localized[]) {
  const all = rng.shuffle([{ text: correct, right: true }, ...wrong.map((t) => ({ text: t, right: false }))]);
  if (all[0]?.right) {
    const j = rng.int(1, all.length - 1);
    [all[0], all[j]] = [all[j] as (typeof all)[number], all[0]];
  }
  const options: ChoiceOption[] = all.map((o, i) => ({ id: 'abcd'[i] as string, text: o.text }));
  return { options, correctId: options[all.findIndex((o) => o.right)]?.id as string };
}

const math = (latex: string) => text(`$${latex}$`, `$${latex}$`);

/** Two plans, savers or candles that change at different steady rates: when are they equal? */
export const variablesBothSidesPlansFamily = defineFamily({
  id: 'alg.variables-both-sides.two-plans',
  skillId: 'alg.variables-both-sides',
  name: text('When are two plans equal?', '¿Cuándo son iguales dos planes?'),
  build(rng, difficulty) {
    const story = rng.pick(difficulty === 1 ? stories.filter((s) => s.sign === 1) : stories);
    const candle = story.sign === -1;
    const t = rng.int(2, difficulty === 1 || candle ? 6 : 12);
    const slow = rng.int(1, difficulty === 1 ? 5 : candle ? 3 : 9);
    const fast = slow + rng.int(2, difficulty === 3 ? 6 : 4);
    // a candle must still be there when both are equal
    const low = candle
      ? slow * t + rng.int(3, 15)
      : rng.int(difficulty === 1 ? 10 : 16, difficulty === 1 ? 30 : 60);
    const high = low + (fast - slow) * t;
    // growing: the one that starts lower grows faster; shrinking: the taller one burns faster
    const [fixedA, rateA, fixedB, rateB] =
      story.sign === 1 ? [high, slow, low, fast] : [high, fast, low, slow];
    const sA = story.sign * rateA;
    const sB = story.sign * rateB;
    const side = (fixed: number, rate: number) =>
      `${fixed} ${rate < 0 ? '-' : '+'} ${Math.abs(rate) === 1 ? '' : Math.abs(rate)}x`;
    const equation = `${side(fixedA, sA)} = ${side(fixedB, sB)}`;
    const { options, correctId } = shuffledOptions(rng, math(equation), [
      math(`${side(fixedA, sB)} = ${side(fixedB, sA)}`),
      math(
        `${rateA} ${story.sign < 0 ? '-' : '+'} ${fixedA}x = ${rateB} ${story.sign < 0 ? '-' : '+'} ${fixedB}x`,
      ),
      math(`${fixedA} + ${fixedB} = ${rateA + rateB}x`),
    ]);
    const gap = high - low;
    const closing = fast - slow;
    return {
      stem: story.setup(fixedA, rateA, fixedB, rateB),
      steps: [
        step({
          id: 'equation',
          prompt: text(
            `Let $x$ be ${story.variable.en}. Which equation says that both are equal?`,
            `Sea $x$ ${story.variable.es}. ¿Qué ecuación dice que los dos son iguales?`,
          ),
          answer: choice(options, correctId),
          guidingQuestion: text(
            'How would you write each one as a starting amount and a change for each unit of $x$?',
            '¿Cómo escribirías cada uno como una cantidad inicial y un cambio por cada unidad de $x$?',
          ),
          hints: [
            text(
              'Each side is a starting amount plus (or minus) its own rate times $x$.',
              'Cada lado es una cantidad inicial más (o menos) su propia tasa por $x$.',
            ),
            text(
              'Keep each rate with its own starting amount: A on one side, B on the other.',
              'Mantén cada tasa con su propia cantidad inicial: A en un lado y B en el otro.',
            ),
          ],
          worked: [
            text(
              `A: $${side(fixedA, sA)}$, B: $${side(fixedB, sB)}$`,
              `A: $${side(fixedA, sA)}$, B: $${side(fixedB, sB)}$`,
            ),
            text(`They are equal when $${equation}$.`, `Son iguales cuando $${equation}$.`),
          ],
        }),
        step({
          id: 'solution',
          prompt: story.question,
          answer: num(t),
          guidingQuestion: text(
            'How could you get the $x$ terms together on one side?',
            '¿Cómo podrías juntar los términos con $x$ en un lado?',
          ),
          hints: [
            text(
              'Collect the $x$ terms on one side and the plain numbers on the other.',
              'Reúne los términos con $x$ en un lado y los números solos en el otro.',
            ),
            text(
              'The gap between the starting amounts closes a little every unit: divide the gap by how much it closes each time.',
              'La diferencia entre las cantidades iniciales se reduce un poco en cada unidad: divide esa diferencia entre lo que se reduce cada vez.',
            ),
          ],
          scaffolds: [
            scaffold(
              'closing',
              text(
                'By how much does the gap between them shrink each unit?',
                '¿Cuánto se reduce la diferencia entre ellos en cada unidad?',
              ),
              num(closing),
              [misconception('moved-term-without-changing-sign', num(rateA + rateB))],
            ),
          ],
          misconceptions: [
            misconception('moved-term-without-changing-sign', {
              kind: 'fraction',
              value: ratio(gap, rateA + rateB),
            }),
            misconception('moved-term-without-changing-sign', {
              kind: 'fraction',
              value: ratio(high + low, closing),
            }),
          ],
          worked: [
            math(equation),
            story.sign === 1
              ? text(
                  `Subtract $${slow}x$ and $${low}$ from both sides: $${gap} = ${closing}x$`,
                  `Resta $${slow}x$ y $${low}$ en ambos lados: $${gap} = ${closing}x$`,
                )
              : text(
                  `Add $${fast}x$ and subtract $${low}$ on both sides: $${gap} = ${closing}x$`,
                  `Suma $${fast}x$ y resta $${low}$ en ambos lados: $${gap} = ${closing}x$`,
                ),
            text(`Divide by $${closing}$: $x = ${t}$`, `Divide entre $${closing}$: $x = ${t}$`),
          ],
        }),
      ],
    };
  },
});
