import { type Localized, text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import type { Misconception } from '../../item.ts';
import type { SeededRandom } from '../../seeded-random.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const expr = (value: string, variables: readonly string[]): AnswerSpec => ({
  kind: 'expression',
  value,
  variables,
});

interface Plan {
  readonly stem: Localized;
  readonly prompt: Localized;
  readonly answer: string;
  readonly variables: readonly string[];
  readonly misconceptions: readonly Misconception[];
  readonly rate: { readonly prompt: Localized; readonly value: number };
  readonly worked: readonly Localized[];
}

type Setting = (rng: SeededRandom) => Plan;

const gym: Setting = (rng) => {
  const fee = rng.int(10, 40);
  const rate = rng.int(8, 25);
  const v = ['m'];
  return {
    stem: text(
      `A gym charges a joining fee of $${fee}$ € and then $${rate}$ € every month.`,
      `Un gimnasio cobra una cuota de inscripción de $${fee}$ € y después $${rate}$ € cada mes.`,
    ),
    prompt: text(
      'Write an expression for the total cost, in €, after $m$ months.',
      'Escribe una expresión para el costo total, en €, después de $m$ meses.',
    ),
    answer: `${rate}m + ${fee}`,
    variables: v,
    misconceptions: [misconception('added-instead-of-multiplied', expr(`m + ${rate} + ${fee}`, v))],
    rate: {
      prompt: text('By how much does the cost grow each month?', '¿Cuánto aumenta el costo cada mes?'),
      value: rate,
    },
    worked: [
      text(
        `Each month adds $${rate}$ €: after $m$ months that is $${rate}m$.`,
        `Cada mes suma $${rate}$ €: en $m$ meses son $${rate}m$.`,
      ),
      text(`Add the joining fee: $${rate}m + ${fee}$`, `Suma la inscripción: $${rate}m + ${fee}$`),
    ],
  };
};

const savings: Setting = (rng) => {
  const start = rng.int(15, 60);
  const rate = rng.int(3, 12);
  const v = ['w'];
  const name = rng.pick(['Nora', 'Tomás', 'Aisha', 'Bruno']);
  return {
    stem: text(
      `${name} has $${start}$ € saved and puts in $${rate}$ € every week.`,
      `${name} tiene $${start}$ € ahorrados y añade $${rate}$ € cada semana.`,
    ),
    prompt: text(
      'Write an expression for the savings, in €, after $w$ weeks.',
      'Escribe una expresión para los ahorros, en €, después de $w$ semanas.',
    ),
    answer: `${start} + ${rate}w`,
    variables: v,
    misconceptions: [misconception('added-instead-of-multiplied', expr(`${start} + ${rate} + w`, v))],
    rate: {
      prompt: text('By how much do the savings grow each week?', '¿Cuánto aumentan los ahorros cada semana?'),
      value: rate,
    },
    worked: [
      text(
        `Each week adds $${rate}$ €: after $w$ weeks that is $${rate}w$.`,
        `Cada semana suma $${rate}$ €: en $w$ semanas son $${rate}w$.`,
      ),
      text(`Start from the savings: $${start} + ${rate}w$`, `Parte de lo ahorrado: $${start} + ${rate}w$`),
    ],
  };
};

const candle: Setting = (rng) => {
  const height = rng.int(15, 30);
  const rate = rng.int(2, 4);
  const v = ['h'];
  return {
    stem: text(
      `A candle is $${height}$ cm tall. Once lit, it gets $${rate}$ cm shorter every hour.`,
      `Una vela mide $${height}$ cm. Una vez encendida, se acorta $${rate}$ cm cada hora.`,
    ),
    prompt: text(
      'Write an expression for its height, in cm, after burning for $h$ hours.',
      'Escribe una expresión para su altura, en cm, después de arder $h$ horas.',
    ),
    answer: `${height} - ${rate}h`,
    variables: v,
    misconceptions: [
      misconception('reversed-subtraction-in-words', expr(`${rate}h - ${height}`, v)),
      misconception('added-instead-of-multiplied', expr(`${height} - ${rate} - h`, v)),
    ],
    rate: {
      prompt: text('By how much does the candle shrink each hour?', '¿Cuánto se acorta la vela cada hora?'),
      value: rate,
    },
    worked: [
      text(`In $h$ hours it loses $${rate}h$ cm.`, `En $h$ horas pierde $${rate}h$ cm.`),
      text(
        `Take that from the starting height: $${height} - ${rate}h$`,
        `Réstalo de la altura inicial: $${height} - ${rate}h$`,
      ),
    ],
  };
};

const tank: Setting = (rng) => {
  const volume = rng.int(10, 50) * 10;
  const rate = rng.int(5, 15);
  const v = ['t'];
  return {
    stem: text(
      `A pool holds $${volume}$ litres. When it is emptied, $${rate}$ litres flow out every minute.`,
      `Una piscina tiene $${volume}$ litros. Al vaciarla, salen $${rate}$ litros cada minuto.`,
    ),
    prompt: text(
      'Write an expression for the water left, in litres, after $t$ minutes.',
      'Escribe una expresión para el agua que queda, en litros, después de $t$ minutos.',
    ),
    answer: `${volume} - ${rate}t`,
    variables: v,
    misconceptions: [
      misconception('reversed-subtraction-in-words', expr(`${rate}t - ${volume}`, v)),
      misconception('added-instead-of-multiplied', expr(`${volume} - ${rate} - t`, v)),
    ],
    rate: {
      prompt: text('How much water flows out each minute?', '¿Cuánta agua sale cada minuto?'),
      value: rate,
    },
    worked: [
      text(`In $t$ minutes, $${rate}t$ litres flow out.`, `En $t$ minutos salen $${rate}t$ litros.`),
      text(
        `Take that from the full pool: $${volume} - ${rate}t$`,
        `Réstalo de la piscina llena: $${volume} - ${rate}t$`,
      ),
    ],
  };
};

const cinema: Setting = (rng) => {
  const adult = rng.int(7, 12);
  let child = rng.int(4, 8);
  if (child === adult) child -= 1;
  const fee = rng.int(1, 3);
  const v = ['a', 'c'];
  return {
    stem: text(
      `A cinema charges $${adult}$ € for each adult ticket and $${child}$ € for each child ticket, plus a booking fee of $${fee}$ € per order.`,
      `Un cine cobra $${adult}$ € por cada entrada de adulto y $${child}$ € por cada entrada infantil, más $${fee}$ € de gastos de reserva por pedido.`,
    ),
    prompt: text(
      'Write an expression for the cost, in €, of one order with $a$ adults and $c$ children.',
      'Escribe una expresión para el costo, en €, de un pedido con $a$ adultos y $c$ niños.',
    ),
    answer: `${adult}a + ${child}c + ${fee}`,
    variables: v,
    misconceptions: [
      misconception('added-instead-of-multiplied', expr(`${adult} + a + ${child} + c + ${fee}`, v)),
    ],
    rate: {
      prompt: text('How much does each adult add to the cost?', '¿Cuánto añade cada adulto al costo?'),
      value: adult,
    },
    worked: [
      text(`Adults: $${adult}a$; children: $${child}c$`, `Adultos: $${adult}a$; niños: $${child}c$`),
      text(
        `Add the fee: $${adult}a + ${child}c + ${fee}$`,
        `Suma los gastos: $${adult}a + ${child}c + ${fee}$`,
      ),
    ],
  };
};

const settings = { 1: [gym, savings], 2: [gym, savings, candle, tank], 3: [candle, tank, cinema] } as const;

/** Writing an expression for a real plan: a fixed part plus (or minus) a rate times the number of units. */
export const writeExpressionsPlanFamily = defineFamily({
  id: 'alg.write-expressions.price-plan',
  skillId: 'alg.write-expressions',
  name: text('Write an expression for a plan', 'Escribe una expresión para un plan'),
  build(rng, difficulty) {
    const plan = rng.pick<Setting>(settings[difficulty])(rng);
    return {
      stem: plan.stem,
      steps: [
        step({
          id: 'expression',
          prompt: plan.prompt,
          answer: expr(plan.answer, plan.variables),
          guidingQuestion: text(
            'Which amount stays fixed, and which amount changes with each unit of time or each person?',
            '¿Qué cantidad se queda fija y cuál cambia con cada unidad de tiempo o con cada persona?',
          ),
          hints: [
            text(
              'Try a small case first: what would the amount be after a couple of units? Which numbers did you use, and how?',
              'Prueba primero un caso pequeño: ¿cuánto sería después de un par de unidades? ¿Qué números usaste y cómo?',
            ),
            text(
              'The part that changes is the amount per unit times the letter.',
              'La parte que cambia es la cantidad por unidad multiplicada por la letra.',
            ),
            text(
              'Then add the fixed part, or take the change away from it when the amount goes down.',
              'Después suma la parte fija, o réstale el cambio cuando la cantidad disminuye.',
            ),
          ],
          scaffolds: [scaffold('rate', plan.rate.prompt, num(plan.rate.value))],
          misconceptions: plan.misconceptions,
          worked: plan.worked,
        }),
      ],
    };
  },
});
