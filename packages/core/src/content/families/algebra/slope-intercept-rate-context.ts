import { type Localized, text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import { linear, n } from '../../math-format.ts';
import { defineFamily, misconception, num, step } from '../family-kit.ts';

const line = (m: number, b: number): AnswerSpec => ({
  kind: 'relation',
  value: `y = ${linear(m, b, 'x')}`,
  variables: ['x', 'y'],
  form: 'solved',
});

interface Setting {
  /** The story with a starting amount b and a change m per unit (m given as a size). */
  story(size: string, b: number): Localized;
  readonly falling: boolean;
  readonly start: readonly [number, number, number];
  readonly size: readonly [number, number];
  /** Whether a half unit makes sense for the rate (money). */
  readonly halves: boolean;
}

const settings: readonly Setting[] = [
  {
    story: (m, b) =>
      text(
        `A taxi ride costs a fixed $${b}$ dollars plus $${m}$ dollars for every kilometre. The cost $y$ in dollars of a ride of $x$ km lies on a line.`,
        `Un viaje en taxi cuesta $${b}$ dólares fijos más $${m}$ dólares por cada kilómetro. El costo $y$ en dólares de un viaje de $x$ km está sobre una recta.`,
      ),
    falling: false,
    start: [2, 8, 1],
    size: [2, 4],
    halves: true,
  },
  {
    story: (m, b) =>
      text(
        `A climbing gym charges a $${b}$-dollar membership and then $${m}$ dollars per visit. The total $y$ in dollars for $x$ visits lies on a line.`,
        `Un gimnasio de escalada cobra una cuota de $${b}$ dólares y luego $${m}$ dólares por visita. El total $y$ en dólares por $x$ visitas está sobre una recta.`,
      ),
    falling: false,
    start: [10, 40, 5],
    size: [3, 9],
    halves: true,
  },
  {
    story: (m, b) =>
      text(
        `A tomato seedling is $${b}$ cm tall when it is planted and grows $${m}$ cm each week. Its height $y$ in cm after $x$ weeks lies on a line.`,
        `Una plántula de tomate mide $${b}$ cm al plantarla y crece $${m}$ cm cada semana. Su altura $y$ en cm después de $x$ semanas está sobre una recta.`,
      ),
    falling: false,
    start: [3, 12, 1],
    size: [2, 6],
    halves: false,
  },
  {
    story: (m, b) =>
      text(
        `A pool holds $${b}$ litres and a pump takes out $${m}$ litres every minute. The water $y$ in litres left after $x$ minutes lies on a line.`,
        `Una piscina tiene $${b}$ litros y una bomba saca $${m}$ litros cada minuto. El agua $y$ en litros que queda después de $x$ minutos está sobre una recta.`,
      ),
    falling: true,
    start: [200, 900, 50],
    size: [10, 40],
    halves: false,
  },
  {
    story: (m, b) =>
      text(
        `A gift card starts with $${b}$ dollars and each smoothie takes $${m}$ dollars off it. The balance $y$ in dollars after $x$ smoothies lies on a line.`,
        `Una tarjeta regalo empieza con $${b}$ dólares y cada batido le descuenta $${m}$ dólares. El saldo $y$ en dólares después de $x$ batidos está sobre una recta.`,
      ),
    falling: true,
    start: [20, 60, 5],
    size: [3, 7],
    halves: true,
  },
];

/** Slope and intercept as rate and starting value in a story, then the equation y = mx + b. */
export const slopeInterceptRateContextFamily = defineFamily({
  id: 'alg.slope-intercept.rate-context',
  skillId: 'alg.slope-intercept',
  name: text(
    'Slope and intercept in a real situation',
    'Pendiente y ordenada al origen en una situación real',
  ),
  build(rng, difficulty) {
    const setting = rng.pick(difficulty === 1 ? settings.filter((s) => !s.falling) : settings);
    const [lo, hi, unit] = setting.start;
    const b = rng.int(lo / unit, hi / unit) * unit;
    let size = rng.int(setting.size[0], setting.size[1]);
    if (difficulty === 3 && setting.halves) size += 0.5;
    if (size === b) size += 1;
    const m = setting.falling ? -size : size;
    const equation = `y = ${linear(m, b, 'x')}`;
    return {
      stem: setting.story(n(size), b),
      steps: [
        step({
          id: 'slope',
          prompt: text('What is the slope of this line?', '¿Cuál es la pendiente de esta recta?'),
          answer: num(m),
          guidingQuestion: text(
            'The slope is how much $y$ changes when $x$ goes up by $1$. Which number in the story does that?',
            'La pendiente es cuánto cambia $y$ cuando $x$ aumenta en $1$. ¿Qué número de la historia hace eso?',
          ),
          hints: [
            text(
              'Look for the amount that is added or taken away for each single unit of $x$.',
              'Busca la cantidad que se suma o se quita por cada unidad de $x$.',
            ),
            text(
              'If the amount goes down as $x$ grows, the slope is negative.',
              'Si la cantidad baja cuando $x$ crece, la pendiente es negativa.',
            ),
          ],
          misconceptions: [
            misconception('slope-intercept-confusion', num(b)),
            ...(setting.falling ? [misconception('sign-error', num(size))] : []),
          ],
          worked: [
            text(
              `Each unit of $x$ changes $y$ by $${n(m)}$, so the slope is $m = ${n(m)}$.`,
              `Cada unidad de $x$ cambia $y$ en $${n(m)}$, así que la pendiente es $m = ${n(m)}$.`,
            ),
          ],
        }),
        step({
          id: 'intercept',
          prompt: text(
            'What is the $y$-intercept (the value of $y$ when $x = 0$)?',
            '¿Cuál es la ordenada al origen (el valor de $y$ cuando $x = 0$)?',
          ),
          answer: num(b),
          guidingQuestion: text(
            'What does $x = 0$ mean in the story, and how much is there at that moment?',
            '¿Qué significa $x = 0$ en la historia y cuánto hay en ese momento?',
          ),
          hints: [
            text(
              'At $x = 0$ nothing has been added or taken away yet.',
              'Con $x = 0$ todavía no se ha sumado ni quitado nada.',
            ),
            text(
              'The intercept is the starting amount, the part that does not depend on $x$.',
              'La ordenada al origen es la cantidad inicial, la parte que no depende de $x$.',
            ),
          ],
          misconceptions: [misconception('slope-intercept-confusion', num(m))],
          worked: [
            text(
              `At the start ($x = 0$) there are $${b}$, so $b = ${b}$.`,
              `Al principio ($x = 0$) hay $${b}$, así que $b = ${b}$.`,
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
            'You have the slope and the intercept. Where does each one go in $y = mx + b$?',
            'Ya tienes la pendiente y la ordenada al origen. ¿Dónde va cada una en $y = mx + b$?',
          ),
          hints: [
            text('The slope multiplies $x$.', 'La pendiente multiplica a $x$.'),
            text(
              'The intercept is added on its own, with its sign.',
              'La ordenada al origen se suma sola, con su signo.',
            ),
          ],
          misconceptions: [
            misconception('slope-intercept-confusion', line(b, m)),
            ...(setting.falling ? [misconception('sign-error', line(size, b))] : []),
          ],
          worked: [
            text(
              `Put $m = ${n(m)}$ and $b = ${b}$ into $y = mx + b$: $${equation}$`,
              `Pon $m = ${n(m)}$ y $b = ${b}$ en $y = mx + b$: $${equation}$`,
            ),
          ],
        }),
      ],
    };
  },
});
