import { text } from '../../../language/localized.ts';
import { n } from '../../math-format.ts';
import { choice, defineFamily, misconception, num, step } from '../family-kit.ts';

const sizeOptions = [
  { id: 'b', text: text('Too big', 'Demasiado grande') },
  { id: 'c', text: text('Too small', 'Demasiado pequeño') },
];

const contexts = [
  {
    stem: (pct: number, whole: number) =>
      text(
        `A basketball team took $${whole}$ shots in a season and scored $${pct}\\%$ of them.`,
        `Un equipo de baloncesto hizo $${whole}$ tiros en una temporada y encestó el $${pct}\\%$ de ellos.`,
      ),
    unit: text('shots', 'tiros'),
  },
  {
    stem: (pct: number, whole: number) =>
      text(
        `A hiking trail is $${whole}$ metres long, and $${pct}\\%$ of it is uphill.`,
        `Un sendero mide $${whole}$ metros, y el $${pct}\\%$ de él es cuesta arriba.`,
      ),
    unit: text('metres', 'metros'),
  },
  {
    stem: (pct: number, whole: number) =>
      text(
        `A bag of trail mix weighs $${whole}$ grams, and $${pct}\\%$ of its weight is nuts.`,
        `Una bolsa de frutos secos variados pesa $${whole}$ gramos, y el $${pct}\\%$ de su peso son nueces.`,
      ),
    unit: text('grams', 'gramos'),
  },
  {
    stem: (pct: number, whole: number) =>
      text(
        `A school sold $${whole}$ tickets for its concert; $${pct}\\%$ of them were for children.`,
        `Un colegio vendió $${whole}$ entradas para su concierto; el $${pct}\\%$ eran para niños.`,
      ),
    unit: text('tickets', 'entradas'),
  },
];

const names = ['Leo', 'Ana', 'Sam', 'Lucía', 'Omar'];

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Error analysis: a classmate's percent of a quantity is wrong; judge its size, then find the right value. */
export const percentOfCheckWorkFamily = defineFamily({
  id: 'data.percent-of.check-work',
  skillId: 'data.percent-of',
  name: text('Check a percent calculation', 'Revisar un cálculo de porcentaje'),
  build(rng, difficulty) {
    const pct =
      difficulty === 1
        ? rng.pick([20, 25, 50])
        : difficulty === 2
          ? rng.pick([15, 20, 30, 40, 60, 75])
          : rng.pick([12, 35, 45, 85]);
    // The whole is a multiple of the percent and of 100 / gcd(pct, 100), so the right value and both mistakes are whole.
    const hundredths = 100 / gcd(pct, 100);
    const base = (pct * hundredths) / gcd(pct, hundredths);
    const whole = base * rng.int(1, Math.max(2, Math.floor((difficulty === 1 ? 400 : 1200) / base)));
    const answer = (pct * whole) / 100;
    const multiplied = rng.next() < 0.5;
    const wrong = multiplied ? pct * whole : whole / pct;
    const name = rng.pick(names);
    const context = rng.pick(contexts);
    const how = multiplied
      ? text(`multiplied $${whole}$ by $${pct}$`, `multiplicó $${whole}$ por $${pct}$`)
      : text(`divided $${whole}$ by $${pct}$`, `dividió $${whole}$ entre $${pct}$`);
    const stem = context.stem(pct, whole);
    return {
      stem: text(
        `${stem.en} To find $${pct}\\%$ of $${whole}$, ${name} ${how.en} and got $${n(wrong)}$ ${context.unit.en}.`,
        `${stem.es} Para calcular el $${pct}\\%$ de $${whole}$, ${name} ${how.es} y obtuvo $${n(wrong)}$ ${context.unit.es}.`,
      ),
      steps: [
        step({
          id: 'size',
          prompt: text(
            `Is ${name}'s answer too big or too small?`,
            `¿La respuesta de ${name} es demasiado grande o demasiado pequeña?`,
          ),
          answer: choice(sizeOptions, multiplied ? 'b' : 'c'),
          guidingQuestion: text(
            `How does $${pct}\\%$ of an amount compare with the whole amount? What does that say about the right value?`,
            `¿Cómo se compara el $${pct}\\%$ de una cantidad con la cantidad entera? ¿Qué te dice eso del valor correcto?`,
          ),
          hints: [
            text(
              'Unless the percent is more than all of it, a percent of an amount is only a part of that amount.',
              'Salvo que el porcentaje pase del total, un porcentaje de una cantidad es solo una parte de ella.',
            ),
            text(
              `Estimate with an easy percent first: $10\\%$ of $${whole}$ is quick to find, and the right value is more than that.`,
              `Estima primero con un porcentaje fácil: el $10\\%$ de $${whole}$ es rápido de calcular, y el valor correcto es mayor.`,
            ),
            text(
              `Compare ${name}'s number with the whole amount and with your estimate.`,
              `Compara el número de ${name} con la cantidad entera y con tu estimación.`,
            ),
          ],
          worked: [
            text(
              `$${pct}\\%$ is more than $10\\%$ and less than $100\\%$, so the right value is between $${n(whole / 10)}$ and $${whole}$`,
              `El $${pct}\\%$ es más que el $10\\%$ y menos que el $100\\%$, así que el valor correcto está entre $${n(whole / 10)}$ y $${whole}$`,
            ),
            multiplied
              ? text(
                  `$${n(wrong)}$ is even bigger than $${whole}$, so it is too big`,
                  `$${n(wrong)}$ es incluso mayor que $${whole}$, así que es demasiado grande`,
                )
              : text(
                  `$${n(wrong)}$ is less than $${n(whole / 10)}$, so it is too small`,
                  `$${n(wrong)}$ es menor que $${n(whole / 10)}$, así que es demasiado pequeño`,
                ),
          ],
        }),
        step({
          id: 'value',
          prompt: text(`What is $${pct}\\%$ of $${whole}$?`, `¿Cuánto es el $${pct}\\%$ de $${whole}$?`),
          answer: num(answer, 0.001),
          guidingQuestion: text(
            'A percent is a number of hundredths. How many hundredths of the whole do you need?',
            'Un porcentaje es una cantidad de centésimas. ¿Cuántas centésimas de la cantidad entera necesitas?',
          ),
          hints: [
            text(
              'Find one hundredth of the whole amount first.',
              'Calcula primero una centésima parte de la cantidad entera.',
            ),
            text(`Then take $${pct}$ of those hundredths.`, `Después toma $${pct}$ de esas centésimas.`),
          ],
          misconceptions: [
            misconception('forgot-divide-by-100', num(pct * whole)),
            misconception('divided-by-percent', num(whole / pct, 0.001)),
          ],
          worked: [
            text(
              `One hundredth: $${whole} \\div 100 = ${n(whole / 100)}$`,
              `Una centésima: $${whole} \\div 100 = ${n(whole / 100)}$`,
            ),
            text(
              `$${pct}$ hundredths: $${pct} \\times ${n(whole / 100)} = ${n(answer)}$ ${context.unit.en}`,
              `$${pct}$ centésimas: $${pct} \\times ${n(whole / 100)} = ${n(answer)}$ ${context.unit.es}`,
            ),
          ],
        }),
      ],
    };
  },
});
