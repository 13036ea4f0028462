import { type Localized, text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import { defineFamily, misconception, num, ratio, scaffold, step } from '../family-kit.ts';

const frac = (value: string): AnswerSpec => ({ kind: 'fraction', value });

interface Setting {
  /** Two readings (x1, y1) and (x2, y2) told as a story. */
  story(x1: number, y1: number, x2: number, y2: number): Localized;
  /** What y measures, with its article ("the height of the candle"). */
  readonly quantity: Localized;
  /** The rate's unit ("cm per hour"). */
  readonly rate: Localized;
  /** Whether y goes down over time. */
  readonly falling: boolean;
  /** Range of the first value of y and of the size of the slope. */
  readonly start: readonly [number, number];
  readonly size: readonly [number, number];
}

const settings: readonly Setting[] = [
  {
    story: (x1, y1, x2, y2) =>
      text(
        `Nora saves the same amount every week. After $${x1}$ weeks she has $${y1}$ dollars; after $${x2}$ weeks she has $${y2}$ dollars.`,
        `Nora ahorra la misma cantidad cada semana. A las $${x1}$ semanas tiene $${y1}$ dólares; a las $${x2}$ semanas tiene $${y2}$ dólares.`,
      ),
    quantity: text('the money saved', 'el dinero ahorrado'),
    rate: text('dollars per week', 'dólares por semana'),
    falling: false,
    start: [20, 80],
    size: [4, 15],
  },
  {
    story: (x1, y1, x2, y2) =>
      text(
        `A bean plant grows steadily. In week $${x1}$ it is $${y1}$ cm tall and in week $${x2}$ it is $${y2}$ cm tall.`,
        `Una planta de frijol crece de forma constante. En la semana $${x1}$ mide $${y1}$ cm y en la semana $${x2}$ mide $${y2}$ cm.`,
      ),
    quantity: text('the height of the plant', 'la altura de la planta'),
    rate: text('cm per week', 'cm por semana'),
    falling: false,
    start: [4, 15],
    size: [2, 5],
  },
  {
    story: (x1, y1, x2, y2) =>
      text(
        `A candle burns down at a constant rate. After $${x1}$ hours it is $${y1}$ cm tall; after $${x2}$ hours it is $${y2}$ cm tall.`,
        `Una vela se consume a ritmo constante. A las $${x1}$ horas mide $${y1}$ cm; a las $${x2}$ horas mide $${y2}$ cm.`,
      ),
    quantity: text('the height of the candle', 'la altura de la vela'),
    rate: text('cm per hour', 'cm por hora'),
    falling: true,
    start: [24, 36],
    size: [2, 4],
  },
  {
    story: (x1, y1, x2, y2) =>
      text(
        `A pool is being emptied at a steady rate. After $${x1}$ minutes it holds $${y1}$ litres; after $${x2}$ minutes it holds $${y2}$ litres.`,
        `Una piscina se vacía a ritmo constante. A los $${x1}$ minutos tiene $${y1}$ litros; a los $${x2}$ minutos tiene $${y2}$ litros.`,
      ),
    quantity: text('the amount of water in the pool', 'la cantidad de agua de la piscina'),
    rate: text('litres per minute', 'litros por minuto'),
    falling: true,
    start: [300, 600],
    size: [8, 25],
  },
  {
    story: (x1, y1, x2, y2) =>
      text(
        `A hiking trail climbs evenly. At kilometre $${x1}$ the altitude is $${y1}$ m, and at kilometre $${x2}$ it is $${y2}$ m.`,
        `Un sendero sube de forma pareja. En el kilómetro $${x1}$ la altitud es de $${y1}$ m y en el kilómetro $${x2}$ es de $${y2}$ m.`,
      ),
    quantity: text('the altitude', 'la altitud'),
    rate: text('metres per kilometre', 'metros por kilómetro'),
    falling: false,
    start: [300, 900],
    size: [40, 120],
  },
];

/** Slope as a rate of change from two readings in a story: first the change, then the rate. */
export const slopeRateWordFamily = defineFamily({
  id: 'alg.slope.rate-word',
  skillId: 'alg.slope',
  name: text('Slope as a rate of change', 'La pendiente como razón de cambio'),
  build(rng, difficulty) {
    const setting = rng.pick(difficulty === 1 ? settings.filter((s) => !s.falling) : settings);
    const x1 = rng.int(1, 4);
    const run = rng.int(2, difficulty === 1 ? 4 : 6);
    const size = rng.int(setting.size[0], setting.size[1]);
    const sign = setting.falling ? -1 : 1;
    // difficulty 3: the change is not a multiple of the time, so the rate is a fraction
    const extra = difficulty === 3 ? rng.int(1, run - 1) : 0;
    const rise = sign * (size * run + extra);
    const y1 = rng.int(setting.start[0], setting.start[1]) + (setting.falling ? size * (x1 + run) : 0);
    const [x2, y2] = [x1 + run, y1 + rise];
    const slope = ratio(rise, run);
    const slopeTex = slope.includes('/') ? `${rise < 0 ? '-' : ''}\\frac{${Math.abs(rise)}}{${run}}` : slope;
    return {
      stem: setting.story(x1, y1, x2, y2),
      steps: [
        step({
          id: 'change',
          prompt: text(
            `By how much did ${setting.quantity.en} change between the two readings? (Use a negative number for a decrease.)`,
            `¿Cuánto cambió ${setting.quantity.es} entre las dos mediciones? (Usa un número negativo si disminuyó.)`,
          ),
          answer: num(rise),
          guidingQuestion: text(
            'Which reading comes later, and did the amount go up or down?',
            '¿Qué medición es la posterior? ¿La cantidad subió o bajó?',
          ),
          hints: [
            text(
              'A change is the later value minus the earlier value.',
              'Un cambio es el valor posterior menos el valor anterior.',
            ),
            text(`Start from $${y2}$ and take away $${y1}$.`, `Parte de $${y2}$ y réstale $${y1}$.`),
          ],
          misconceptions: [misconception('reversed-change', num(-rise))],
          worked: [text(`Change $= ${y2} - ${y1} = ${rise}$`, `Cambio $= ${y2} - ${y1} = ${rise}$`)],
        }),
        step({
          id: 'slope',
          prompt: text(
            `What is the slope, in ${setting.rate.en}? (A fraction is fine.)`,
            `¿Cuál es la pendiente, en ${setting.rate.es}? (Puedes usar una fracción.)`,
          ),
          answer: frac(slope),
          guidingQuestion: text(
            'The slope tells you how much the amount changes for each single unit of time or distance. How can you share the change out?',
            'La pendiente dice cuánto cambia la cantidad por cada unidad de tiempo o distancia. ¿Cómo puedes repartir el cambio?',
          ),
          hints: [
            text(
              'Slope is the change in the amount divided by the change in time or distance.',
              'La pendiente es el cambio de la cantidad dividido entre el cambio de tiempo o distancia.',
            ),
            text(
              `How many units passed from $${x1}$ to $${x2}$? Divide the change by that number.`,
              `¿Cuántas unidades pasaron de $${x1}$ a $${x2}$? Divide el cambio entre ese número.`,
            ),
            text(
              'If the amount went down, the slope is negative.',
              'Si la cantidad bajó, la pendiente es negativa.',
            ),
          ],
          scaffolds: [
            scaffold(
              'run',
              text(
                'How many units of time or distance passed from one reading to the other?',
                '¿Cuántas unidades de tiempo o distancia pasaron entre una medición y la otra?',
              ),
              num(run),
            ),
          ],
          misconceptions: [
            misconception('run-over-rise', frac(ratio(run, rise))),
            misconception('sign-error', frac(ratio(-rise, run))),
          ],
          worked: [
            text(
              `Slope $= \\dfrac{${y2} - ${y1}}{${x2} - ${x1}} = \\dfrac{${rise}}{${run}}${slope.includes('/') ? '' : ` = ${slopeTex}`}$ ${setting.rate.en}`,
              `Pendiente $= \\dfrac{${y2} - ${y1}}{${x2} - ${x1}} = \\dfrac{${rise}}{${run}}${slope.includes('/') ? '' : ` = ${slopeTex}`}$ ${setting.rate.es}`,
            ),
          ],
        }),
      ],
    };
  },
});
