import { type Localized, text } from '../../../language/localized.ts';
import { n, p } from '../../math-format.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

interface Setting {
  /** A steady change of `rate` per unit for `count` units. */
  repeated(rate: number, count: number): Localized;
  /** A total change of `total` spread evenly over `count` units. */
  shared(total: number, count: number): Localized;
  /** "each hour" */
  each: Localized;
}

const settings: readonly Setting[] = [
  {
    repeated: (r, t) =>
      text(
        `During a cold night the temperature falls $${r}$ °C every hour, for $${t}$ hours.`,
        `Durante una noche fría, la temperatura baja $${r}$ °C cada hora, durante $${t}$ horas.`,
      ),
    shared: (total, t) =>
      text(
        `During a cold night the temperature changes by $${n(total)}$ °C in $${t}$ hours, the same amount every hour.`,
        `Durante una noche fría, la temperatura cambia $${n(total)}$ °C en $${t}$ horas, lo mismo cada hora.`,
      ),
    each: text('each hour', 'cada hora'),
  },
  {
    repeated: (r, t) =>
      text(
        `A submarine goes down $${r}$ m every minute, for $${t}$ minutes.`,
        `Un submarino desciende $${r}$ m cada minuto, durante $${t}$ minutos.`,
      ),
    shared: (total, t) =>
      text(
        `A submarine's depth changes by $${n(total)}$ m in $${t}$ minutes, the same amount every minute.`,
        `La profundidad de un submarino cambia $${n(total)}$ m en $${t}$ minutos, lo mismo cada minuto.`,
      ),
    each: text('each minute', 'cada minuto'),
  },
  {
    repeated: (r, t) =>
      text(
        `A small shop loses $${r}$ € every day, for $${t}$ days.`,
        `Una pequeña tienda pierde $${r}$ € cada día, durante $${t}$ días.`,
      ),
    shared: (total, t) =>
      text(
        `A small shop's savings change by $${n(total)}$ € in $${t}$ days, the same amount every day.`,
        `Los ahorros de una pequeña tienda cambian $${n(total)}$ € en $${t}$ días, lo mismo cada día.`,
      ),
    each: text('each day', 'cada día'),
  },
  {
    repeated: (r, t) =>
      text(
        `A leaking tank loses $${r}$ litres of water every minute, for $${t}$ minutes.`,
        `Un depósito con una fuga pierde $${r}$ litros de agua cada minuto, durante $${t}$ minutos.`,
      ),
    shared: (total, t) =>
      text(
        `The water in a leaking tank changes by $${n(total)}$ litres in $${t}$ minutes, the same amount every minute.`,
        `El agua de un depósito con una fuga cambia $${n(total)}$ litros en $${t}$ minutos, lo mismo cada minuto.`,
      ),
    each: text('each minute', 'cada minuto'),
  },
];

const sizes = { 1: [6, 6], 2: [9, 12], 3: [15, 12] } as const;

/** Multiplying and dividing integers in context: a steady loss repeated, or a total loss shared out. */
export const integersMultiplyRateFamily = defineFamily({
  id: 'alg.integers-multiply.steady-change',
  skillId: 'alg.integers-multiply',
  name: text('Steady changes', 'Cambios constantes'),
  build(rng, difficulty) {
    const setting = rng.pick(settings);
    const [rateSize, countSize] = sizes[difficulty];
    const rate = -rng.int(2, rateSize);
    const count = rng.int(2, countSize);
    const share = difficulty === 3 ? rng.next() < 0.6 : difficulty === 2 && rng.next() < 0.3;
    const total = rate * count;
    const answer = share ? rate : total;
    const stem = share ? setting.shared(total, count) : setting.repeated(-rate, count);
    const expression = share ? `${n(total)} \\div ${count}` : `${count} \\times ${p(rate)}`;
    return {
      stem,
      steps: [
        step({
          id: 'change',
          prompt: share
            ? text(
                `What is the change ${setting.each.en}, as a signed number?`,
                `¿Cuál es el cambio ${setting.each.es}, como número con signo?`,
              )
            : text(
                'What is the total change, as a signed number (negative for a loss or a drop)?',
                '¿Cuál es el cambio total, como número con signo (negativo si es una pérdida o una bajada)?',
              ),
          answer: num(answer),
          guidingQuestion: share
            ? text(
                'If the same change happens every time, how do you find the size of one part of the total?',
                'Si cada vez ocurre el mismo cambio, ¿cómo encuentras el tamaño de una parte del total?',
              )
            : text(
                'When the same change repeats, which operation counts it up quickly?',
                'Cuando el mismo cambio se repite, ¿qué operación lo cuenta rápidamente?',
              ),
          hints: [
            text(
              'Write the change as a signed number first: a loss or a drop is negative.',
              'Escribe primero el cambio como número con signo: una pérdida o una bajada es negativa.',
            ),
            share
              ? text(
                  'Sharing a total into equal parts is a division.',
                  'Repartir un total en partes iguales es una división.',
                )
              : text(
                  'A change repeated several times is a multiplication.',
                  'Un cambio que se repite varias veces es una multiplicación.',
                ),
            text(
              'A negative number multiplied or divided by a positive number gives a negative result.',
              'Un número negativo multiplicado o dividido por uno positivo da un resultado negativo.',
            ),
          ],
          scaffolds: [
            share
              ? scaffold(
                  'total',
                  text(
                    'Write the total change as a signed number.',
                    'Escribe el cambio total como número con signo.',
                  ),
                  num(total),
                  [misconception('sign-error', num(-total))],
                )
              : scaffold(
                  'rate',
                  text(
                    `Write the change ${setting.each.en} as a signed number.`,
                    `Escribe el cambio de ${setting.each.es} como número con signo.`,
                  ),
                  num(rate),
                  [misconception('sign-error', num(-rate))],
                ),
          ],
          misconceptions: [
            misconception('sign-error', num(-answer)),
            misconception('added-instead-of-multiplied', num(share ? total + count : rate + count)),
          ],
          worked: [
            share
              ? text(
                  `Total change: $${n(total)}$, shared over $${count}$ equal parts`,
                  `Cambio total: $${n(total)}$, repartido en $${count}$ partes iguales`,
                )
              : text(
                  `Change each time: $${n(rate)}$, repeated $${count}$ times`,
                  `Cambio cada vez: $${n(rate)}$, repetido $${count}$ veces`,
                ),
            text(`$${expression} = ${n(answer)}$`, `$${expression} = ${n(answer)}$`),
          ],
        }),
      ],
    };
  },
});
