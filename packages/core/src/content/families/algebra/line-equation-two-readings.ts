import { type Localized, text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import { linear, n, p } from '../../math-format.ts';
import { defineFamily, misconception, num, ratio, scaffold, step } from '../family-kit.ts';

const frac = (value: string): AnswerSpec => ({ kind: 'fraction', value });
const line = (m: number, b: number): AnswerSpec => ({
  kind: 'relation',
  value: `y = ${linear(m, b, 'x')}`,
  variables: ['x', 'y'],
  form: 'solved',
});

interface Setting {
  story(x1: number, y1: number, x2: number, y2: number): Localized;
  readonly falling: boolean;
  /** Ranges of the intercept and of the size of the slope. */
  readonly start: readonly [number, number];
  readonly size: readonly [number, number];
}

const settings: readonly Setting[] = [
  {
    story: (x1, y1, x2, y2) =>
      text(
        `A plumber charges a call-out fee plus a fixed rate per hour. A $${x1}$-hour job costs $${y1}$ dollars and a $${x2}$-hour job costs $${y2}$ dollars. Let $x$ be the hours and $y$ the cost in dollars.`,
        `Un fontanero cobra una tarifa de visita más una cantidad fija por hora. Un trabajo de $${x1}$ horas cuesta $${y1}$ dólares y uno de $${x2}$ horas cuesta $${y2}$ dólares. Sea $x$ el número de horas e $y$ el costo en dólares.`,
      ),
    falling: false,
    start: [20, 60],
    size: [15, 40],
  },
  {
    story: (x1, y1, x2, y2) =>
      text(
        `A spring hangs from a hook. With $${x1}$ kg attached it is $${y1}$ cm long, and with $${x2}$ kg it is $${y2}$ cm long. Let $x$ be the mass in kg and $y$ the length in cm.`,
        `Un resorte cuelga de un gancho. Con $${x1}$ kg colgados mide $${y1}$ cm y con $${x2}$ kg mide $${y2}$ cm. Sea $x$ la masa en kg e $y$ la longitud en cm.`,
      ),
    falling: false,
    start: [8, 20],
    size: [2, 5],
  },
  {
    story: (x1, y1, x2, y2) =>
      text(
        `A car rental company charges a booking fee plus a daily price. Renting for $${x1}$ days costs $${y1}$ dollars and for $${x2}$ days costs $${y2}$ dollars. Let $x$ be the days and $y$ the cost in dollars.`,
        `Una empresa de alquiler de coches cobra una tarifa de reserva más un precio por día. Alquilar $${x1}$ días cuesta $${y1}$ dólares y $${x2}$ días cuesta $${y2}$ dólares. Sea $x$ el número de días e $y$ el costo en dólares.`,
      ),
    falling: false,
    start: [10, 50],
    size: [25, 60],
  },
  {
    story: (x1, y1, x2, y2) =>
      text(
        `A candle burns at a steady rate. After $${x1}$ hours it is $${y1}$ cm tall and after $${x2}$ hours it is $${y2}$ cm tall. Let $x$ be the hours and $y$ the height in cm.`,
        `Una vela se consume a ritmo constante. A las $${x1}$ horas mide $${y1}$ cm y a las $${x2}$ horas mide $${y2}$ cm. Sea $x$ el número de horas e $y$ la altura en cm.`,
      ),
    falling: true,
    start: [24, 40],
    size: [2, 4],
  },
  {
    story: (x1, y1, x2, y2) =>
      text(
        `A water tank is drained at a steady rate. After $${x1}$ minutes it holds $${y1}$ litres and after $${x2}$ minutes it holds $${y2}$ litres. Let $x$ be the minutes and $y$ the litres.`,
        `Un tanque de agua se vacía a ritmo constante. A los $${x1}$ minutos tiene $${y1}$ litros y a los $${x2}$ minutos tiene $${y2}$ litros. Sea $x$ el número de minutos e $y$ los litros.`,
      ),
    falling: true,
    start: [300, 500],
    size: [10, 30],
  },
];

/** The equation of a line from two readings in a story: the rate first, then y = mx + b. */
export const lineEquationTwoReadingsFamily = defineFamily({
  id: 'alg.line-equation.two-readings',
  skillId: 'alg.line-equation',
  name: text('Write a linear model from two data points', 'Escribir un modelo lineal a partir de dos datos'),
  build(rng, difficulty) {
    const setting = rng.pick(difficulty === 1 ? settings.filter((s) => !s.falling) : settings);
    const size = rng.int(setting.size[0], setting.size[1]);
    const m = setting.falling ? -size : size;
    let b = rng.int(setting.start[0], setting.start[1]);
    if (b === size) b += 1;
    const x1 = rng.int(1, difficulty === 3 ? 5 : 3);
    const x2 = x1 + rng.int(1, difficulty === 1 ? 2 : 4);
    const [y1, y2] = [m * x1 + b, m * x2 + b];
    const [rise, run] = [y2 - y1, x2 - x1];
    const equation = `y = ${linear(m, b, 'x')}`;
    return {
      stem: setting.story(x1, y1, x2, y2),
      steps: [
        step({
          id: 'slope',
          prompt: text(
            'What is the slope $m$ (the change in $y$ for each unit of $x$)?',
            '¿Cuál es la pendiente $m$ (el cambio en $y$ por cada unidad de $x$)?',
          ),
          answer: frac(String(m)),
          guidingQuestion: text(
            'From one data point to the other, how much did $y$ change, and over how many units of $x$?',
            'De un dato al otro, ¿cuánto cambió $y$ y en cuántas unidades de $x$?',
          ),
          hints: [
            text(
              'Slope is the change in $y$ divided by the change in $x$.',
              'La pendiente es el cambio en $y$ dividido entre el cambio en $x$.',
            ),
            text(
              'Subtract in the same order: the later $y$ minus the earlier $y$ on top, the later $x$ minus the earlier $x$ at the bottom.',
              'Resta en el mismo orden: el $y$ posterior menos el anterior arriba, y el $x$ posterior menos el anterior abajo.',
            ),
          ],
          misconceptions: [
            ...(run > 1 ? [misconception('stopped-before-dividing', num(rise))] : []),
            misconception('run-over-rise', frac(ratio(run, rise))),
            misconception('mixed-subtraction-order', frac(String(-m))),
          ],
          worked: [
            text(
              `$m = \\dfrac{${y2} - ${y1}}{${x2} - ${x1}} = \\dfrac{${rise}}{${run}} = ${n(m)}$`,
              `$m = \\dfrac{${y2} - ${y1}}{${x2} - ${x1}} = \\dfrac{${rise}}{${run}} = ${n(m)}$`,
            ),
          ],
        }),
        step({
          id: 'equation',
          prompt: text(
            'Write the equation of the line in the form $y = mx + b$.',
            'Escribe la ecuación de la recta en la forma $y = mx + b$.',
          ),
          answer: line(m, b),
          guidingQuestion: text(
            'You know the slope. Which data point can you use to find $b$, and how?',
            'Ya conoces la pendiente. ¿Qué dato puedes usar para hallar $b$ y cómo?',
          ),
          hints: [
            text(
              'Either data point lies on the line, so it makes $y = mx + b$ true.',
              'Cualquiera de los datos está en la recta, así que cumple $y = mx + b$.',
            ),
            text(
              `Put $x = ${x1}$ and $y = ${y1}$ into the equation with your slope, then solve for $b$.`,
              `Pon $x = ${x1}$ e $y = ${y1}$ en la ecuación con tu pendiente y despeja $b$.`,
            ),
            text(
              'In the story, $b$ is the value when $x = 0$, before any hours, kilograms, days or minutes.',
              'En la historia, $b$ es el valor cuando $x = 0$, antes de contar horas, kilos, días o minutos.',
            ),
          ],
          scaffolds: [
            scaffold(
              'intercept',
              text('What is $b$, the $y$-intercept?', '¿Cuánto vale $b$, la ordenada al origen?'),
              num(b),
              [
                misconception('point-coordinate-as-intercept', num(y1)),
                misconception('moved-term-without-changing-sign', num(y1 + m * x1)),
              ],
            ),
          ],
          misconceptions: [
            misconception('point-coordinate-as-intercept', line(m, y1)),
            misconception('moved-term-without-changing-sign', line(m, y1 + m * x1)),
            misconception('slope-intercept-confusion', line(b, m)),
          ],
          worked: [
            text(
              `$${y1} = ${n(m)} \\cdot ${p(x1)} + b$, so $${y1} = ${n(m * x1)} + b$`,
              `$${y1} = ${n(m)} \\cdot ${p(x1)} + b$, así que $${y1} = ${n(m * x1)} + b$`,
            ),
            text(`$b = ${y1} - ${p(m * x1)} = ${b}$`, `$b = ${y1} - ${p(m * x1)} = ${b}$`),
            text(`The equation is $${equation}$.`, `La ecuación es $${equation}$.`),
          ],
        }),
      ],
    };
  },
});
