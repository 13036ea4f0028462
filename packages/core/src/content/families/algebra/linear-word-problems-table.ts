import { type Localized, text } from '../../../language/localized.ts';
import { defineFamily, misconception, num, ratio, step } from '../family-kit.ts';

interface Context {
  /** +1 grows, −1 shrinks. */
  readonly sign: 1 | -1;
  readonly title: Localized;
  readonly unit: Localized;
  readonly column: (i: number) => Localized;
  readonly stem: (target: number) => Localized;
  readonly rateQuestion: Localized;
  readonly question: Localized;
  readonly start: readonly [number, number];
  readonly rate: readonly [number, number];
}

const contexts: readonly Context[] = [
  {
    sign: 1,
    title: text('Savings (dollars)', 'Ahorros (dólares)'),
    unit: text('dollars', 'dólares'),
    column: (i) => text(`Week ${i}`, `Semana ${i}`),
    stem: (target) =>
      text(
        `The table shows how much money Lucía has saved. She saves the same amount every week and wants to reach $${target}$ dollars.`,
        `La tabla muestra cuánto dinero ha ahorrado Lucía. Ahorra la misma cantidad cada semana y quiere llegar a $${target}$ dólares.`,
      ),
    rateQuestion: text('How many dollars does she save each week?', '¿Cuántos dólares ahorra cada semana?'),
    question: text(
      'In which week will she have exactly that amount?',
      '¿En qué semana tendrá exactamente esa cantidad?',
    ),
    start: [5, 60],
    rate: [3, 25],
  },
  {
    sign: 1,
    title: text('Height of a bean plant (cm)', 'Altura de una planta de frijol (cm)'),
    unit: text('cm', 'cm'),
    column: (i) => text(`Day ${i}`, `Día ${i}`),
    stem: (target) =>
      text(
        `The table shows the height of a bean plant, which grows the same amount every day. When will it be $${target}$ cm tall?`,
        `La tabla muestra la altura de una planta de frijol, que crece lo mismo cada día. ¿Cuándo medirá $${target}$ cm?`,
      ),
    rateQuestion: text('How many cm does it grow each day?', '¿Cuántos cm crece cada día?'),
    question: text('On which day will it be that tall?', '¿Qué día alcanzará esa altura?'),
    start: [2, 15],
    rate: [2, 6],
  },
  {
    sign: 1,
    title: text('Water in a tank (litres)', 'Agua en un depósito (litros)'),
    unit: text('litres', 'litros'),
    column: (i) => text(`Minute ${i}`, `Minuto ${i}`),
    stem: (target) =>
      text(
        `A tank is being filled at a steady rate. The table shows how much water is in it. When will it hold $${target}$ litres?`,
        `Un depósito se llena a ritmo constante. La tabla muestra cuánta agua contiene. ¿Cuándo tendrá $${target}$ litros?`,
      ),
    rateQuestion: text('How many litres flow in each minute?', '¿Cuántos litros entran cada minuto?'),
    question: text(
      'After how many minutes will it hold that much?',
      '¿Después de cuántos minutos tendrá esa cantidad?',
    ),
    start: [10, 80],
    rate: [4, 20],
  },
  {
    sign: -1,
    title: text('Phone battery (%)', 'Batería del teléfono (%)'),
    unit: text('percentage points', 'puntos porcentuales'),
    column: (i) => text(`Hour ${i}`, `Hora ${i}`),
    stem: (target) =>
      text(
        `The table shows a phone’s battery level, which goes down the same amount every hour. When will it be at $${target}$ %?`,
        `La tabla muestra el nivel de batería de un teléfono, que baja lo mismo cada hora. ¿Cuándo estará al $${target}$ %?`,
      ),
    rateQuestion: text('By how many points does it go down each hour?', '¿Cuántos puntos baja cada hora?'),
    question: text(
      'After how many hours will it be at that level?',
      '¿Después de cuántas horas estará a ese nivel?',
    ),
    start: [100, 100],
    rate: [3, 9],
  },
  {
    sign: -1,
    title: text('Fuel in a car (litres)', 'Combustible de un coche (litros)'),
    unit: text('litres', 'litros'),
    column: (i) => text(`Hour ${i}`, `Hora ${i}`),
    stem: (target) =>
      text(
        `On a long trip, a car uses the same amount of fuel every hour. The table shows the fuel left in the tank. When will $${target}$ litres be left?`,
        `En un viaje largo, un coche gasta la misma cantidad de combustible cada hora. La tabla muestra el combustible que queda en el depósito. ¿Cuándo quedarán $${target}$ litros?`,
      ),
    rateQuestion: text('How many litres does it use each hour?', '¿Cuántos litros gasta cada hora?'),
    question: text(
      'After how many hours will that much be left?',
      '¿Después de cuántas horas quedará esa cantidad?',
    ),
    start: [40, 60],
    rate: [2, 5],
  },
];

/** A table of values that change at a steady rate: read the start and the rate, then find when a target is reached. */
export const linearWordProblemsTableFamily = defineFamily({
  id: 'alg.linear-word-problems.table',
  skillId: 'alg.linear-word-problems',
  name: text('Steady change in a table', 'Cambio constante en una tabla'),
  build(rng, difficulty) {
    const context = rng.pick(difficulty === 1 ? contexts.filter((c) => c.sign === 1) : contexts);
    const start = rng.int(context.start[0], context.start[1]);
    const rate = rng.int(context.rate[0], difficulty === 1 ? Math.min(context.rate[1], 10) : context.rate[1]);
    const shown = difficulty === 3 ? 3 : 4;
    // the target stays in range: a shrinking amount must not go below zero
    const maxSteps = context.sign === 1 ? (difficulty === 1 ? 10 : 20) : Math.floor((start - 1) / rate);
    const steps = rng.int(shown + 1, Math.max(shown + 1, maxSteps));
    const target = start + context.sign * rate * steps;
    const values = Array.from({ length: shown }, (_, i) => start + context.sign * rate * i);
    const op = context.sign === 1 ? '+' : '-';
    const gap = Math.abs(target - start);
    return {
      stem: context.stem(target),
      figure: {
        kind: 'table',
        title: context.title,
        labels: values.map((_, i) => context.column(i)),
        values,
      },
      steps: [
        step({
          id: 'rate',
          prompt: context.rateQuestion,
          answer: num(rate),
          guidingQuestion: text(
            'What happens from one column of the table to the next?',
            '¿Qué pasa de una columna de la tabla a la siguiente?',
          ),
          hints: [
            text('Compare two neighbouring columns.', 'Compara dos columnas vecinas.'),
            text(
              'Find the difference between the values in two neighbouring columns.',
              'Calcula la diferencia entre los valores de dos columnas vecinas.',
            ),
          ],
          misconceptions: [misconception('ignored-fixed-part', num(start + context.sign * rate))],
          worked: [
            text(
              `$${context.sign === 1 ? `${values[1]} - ${values[0]}` : `${values[0]} - ${values[1]}`} = ${rate}$`,
              `$${context.sign === 1 ? `${values[1]} - ${values[0]}` : `${values[0]} - ${values[1]}`} = ${rate}$`,
            ),
            text(
              `So it ${context.sign === 1 ? 'goes up' : 'goes down'} by $${rate}$ ${context.unit.en} from each column to the next.`,
              `Así que ${context.sign === 1 ? 'sube' : 'baja'} $${rate}$ ${context.unit.es} de cada columna a la siguiente.`,
            ),
          ],
        }),
        step({
          id: 'solution',
          prompt: context.question,
          answer: num(steps),
          guidingQuestion: text(
            'Which value do you start from, and how much has to change to reach the target?',
            '¿De qué valor partes y cuánto tiene que cambiar para llegar al objetivo?',
          ),
          hints: [
            text(
              `Write an equation: the value at the start ${op} the rate times $n$ equals the target.`,
              `Escribe una ecuación: el valor inicial ${op === '+' ? 'más' : 'menos'} la tasa por $n$ es igual al objetivo.`,
            ),
            text(
              'Find how far the target is from the starting value, then divide by the rate.',
              'Calcula cuánto dista el objetivo del valor inicial y después divide entre la tasa.',
            ),
          ],
          misconceptions: [
            misconception('ignored-fixed-part', { kind: 'fraction', value: ratio(target, rate) }),
            misconception('stopped-before-dividing', num(gap)),
          ],
          worked: [
            text(`$${start} ${op} ${rate}n = ${target}$`, `$${start} ${op} ${rate}n = ${target}$`),
            context.sign === 1
              ? text(
                  `Subtract $${start}$ from both sides: $${rate}n = ${gap}$`,
                  `Resta $${start}$ en ambos lados: $${rate}n = ${gap}$`,
                )
              : text(
                  `Add $${rate}n$ and subtract $${target}$ on both sides: $${gap} = ${rate}n$`,
                  `Suma $${rate}n$ y resta $${target}$ en ambos lados: $${gap} = ${rate}n$`,
                ),
            text(
              `Divide both sides by $${rate}$: $n = ${steps}$`,
              `Divide ambos lados entre $${rate}$: $n = ${steps}$`,
            ),
          ],
        }),
      ],
    };
  },
});
