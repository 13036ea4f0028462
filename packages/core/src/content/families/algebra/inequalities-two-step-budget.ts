import type { Localized } from '../../../language/localized.ts';
import { text } from '../../../language/localized.ts';
import { defineFamily, misconception, num, ratio, scaffold, solved, step } from '../family-kit.ts';

type Kind = 'cost' | 'save' | 'drain';

interface Setting {
  readonly kind: Kind;
  /** The situation, with the fixed part b, the rate a and the limit c. */
  story(a: number, b: number, c: number): Localized;
  /** What n counts, plural ("rides", "atracciones"). */
  readonly unit: Localized;
  /** The amounts are percents (at most 100). */
  readonly percent?: boolean;
}

const settings: readonly Setting[] = [
  {
    kind: 'cost',
    story: (a, b, c) =>
      text(
        `At the fair, Lena pays a $${b}$-dollar entrance fee and then $${a}$ dollars for each ride. She can spend at most $${c}$ dollars. Let $n$ be the number of rides.`,
        `En la feria, Lena paga una entrada de $${b}$ dólares y luego $${a}$ dólares por cada atracción. Puede gastar como máximo $${c}$ dólares. Sea $n$ el número de atracciones.`,
      ),
    unit: text('rides', 'atracciones'),
  },
  {
    kind: 'cost',
    story: (a, b, c) =>
      text(
        `A taxi charges $${b}$ dollars to start plus $${a}$ dollars per kilometre. Omar has at most $${c}$ dollars for the ride. Let $n$ be the number of kilometres.`,
        `Un taxi cobra $${b}$ dólares al subir más $${a}$ dólares por kilómetro. Omar tiene como máximo $${c}$ dólares para el viaje. Sea $n$ el número de kilómetros.`,
      ),
    unit: text('kilometres', 'kilómetros'),
  },
  {
    kind: 'cost',
    story: (a, b, c) =>
      text(
        `At the bowling alley, shoe rental costs $${b}$ dollars and each game costs $${a}$ dollars. Mei wants to spend no more than $${c}$ dollars. Let $n$ be the number of games.`,
        `En la bolera, el alquiler de zapatos cuesta $${b}$ dólares y cada partida cuesta $${a}$ dólares. Mei no quiere gastar más de $${c}$ dólares. Sea $n$ el número de partidas.`,
      ),
    unit: text('games', 'partidas'),
  },
  {
    kind: 'save',
    story: (a, b, c) =>
      text(
        `Leo has already saved $${b}$ dollars and adds $${a}$ dollars every week. He wants to have at least $${c}$ dollars for a bike. Let $n$ be the number of weeks.`,
        `Leo ya ahorró $${b}$ dólares y añade $${a}$ dólares cada semana. Quiere tener al menos $${c}$ dólares para una bicicleta. Sea $n$ el número de semanas.`,
      ),
    unit: text('weeks', 'semanas'),
  },
  {
    kind: 'save',
    story: (a, b, c) =>
      text(
        `A sunflower is $${b}$ cm tall and grows $${a}$ cm every week. The class wants to measure it once it is at least $${c}$ cm tall. Let $n$ be the number of weeks.`,
        `Un girasol mide $${b}$ cm y crece $${a}$ cm cada semana. La clase quiere medirlo cuando mida al menos $${c}$ cm. Sea $n$ el número de semanas.`,
      ),
    unit: text('weeks', 'semanas'),
  },
  {
    kind: 'drain',
    story: (a, b, c) =>
      text(
        `A phone battery is at $${b}\\%$ and loses $${a}\\%$ every hour of video. Ana wants it to stay at $${c}\\%$ or more. Let $n$ be the number of hours.`,
        `La batería de un teléfono está al $${b}\\%$ y pierde un $${a}\\%$ por cada hora de video. Ana quiere que se quede en el $${c}\\%$ o más. Sea $n$ el número de horas.`,
      ),
    unit: text('hours', 'horas'),
    percent: true,
  },
  {
    kind: 'drain',
    story: (a, b, c) =>
      text(
        `A water tank holds $${b}$ litres and a tap lets out $${a}$ litres per minute. The tank must keep at least $${c}$ litres. Let $n$ be the number of minutes the tap is open.`,
        `Un depósito tiene $${b}$ litros y un grifo deja salir $${a}$ litros por minuto. El depósito debe conservar al menos $${c}$ litros. Sea $n$ el número de minutos que el grifo está abierto.`,
      ),
    unit: text('minutes', 'minutos'),
  },
];

/** LaTeX for the exact value p/q. */
function exact(p: number, q: number): string {
  const value = ratio(p, q);
  if (!value.includes('/')) return value;
  const [top, bottom] = value.replace('-', '').split('/');
  return `${value.startsWith('-') ? '-' : ''}\\frac{${top}}{${bottom}}`;
}

/** Word problems with a fixed part and a rate: write and solve the two-step inequality, then pick the whole number. */
export const inequalitiesTwoStepBudgetFamily = defineFamily({
  id: 'alg.inequalities-two-step.budget-word',
  skillId: 'alg.inequalities-two-step',
  name: text(
    'Inequalities in budget and saving problems',
    'Desigualdades en problemas de presupuesto y ahorro',
  ),
  build(rng, difficulty) {
    const pool = settings.filter((s) =>
      difficulty === 1 ? s.kind === 'cost' : difficulty === 2 ? s.kind !== 'drain' : true,
    );
    const setting = rng.pick(
      difficulty === 3 && rng.next() < 0.6 ? settings.filter((s) => s.kind === 'drain') : pool,
    );
    const whole = difficulty === 1 || (difficulty === 2 && rng.next() < 0.6);
    let a: number;
    let b: number;
    let c: number;
    let bound: string;
    let answerN: number;
    let inequalityTex: string;
    let inequalityAscii: string;
    const q = rng.int(3, 12);
    if (setting.kind === 'drain') {
      a = setting.percent ? rng.int(3, 7) : rng.int(4, 15);
      const hours = setting.percent ? Math.min(q, Math.floor(80 / a)) : q;
      const extra = whole ? 0 : rng.int(1, a - 1);
      c = setting.percent ? rng.int(1, Math.floor((100 - a * hours - extra) / 5)) * 5 : rng.int(2, 8) * 10;
      b = c + a * hours + extra;
      bound = ratio(b - c, a);
      answerN = Math.floor((b - c) / a);
      inequalityTex = `${b} - ${a}n \\ge ${c}`;
      inequalityAscii = `${b} - ${a}n >= ${c}`;
    } else {
      a = setting.kind === 'save' ? rng.int(3, 15) : rng.int(2, difficulty === 1 ? 5 : 8);
      b = setting.kind === 'save' ? rng.int(4, 40) : rng.int(3, 15);
      const extra = whole ? 0 : rng.int(1, a - 1);
      c = setting.kind === 'cost' ? b + a * q + extra : b + a * q - extra;
      bound = ratio(c - b, a);
      answerN = setting.kind === 'cost' ? Math.floor((c - b) / a) : Math.ceil((c - b) / a);
      const op = setting.kind === 'cost' ? '\\le' : '\\ge';
      inequalityTex = `${a}n + ${b} ${op} ${c}`;
      inequalityAscii = `${a}n + ${b} ${setting.kind === 'cost' ? '<=' : '>='} ${c}`;
    }
    const op = setting.kind === 'save' ? '>=' : '<=';
    const opTex = op === '>=' ? '\\ge' : '\\le';
    const greatest = setting.kind !== 'save';
    const solvedTex = `n ${opTex} ${setting.kind === 'drain' ? exact(b - c, a) : exact(c - b, a)}`;
    const relation = {
      kind: 'relation' as const,
      value: inequalityAscii,
      variables: ['n'],
      form: 'any' as const,
    };

    const stepOneMisconceptions =
      setting.kind === 'drain'
        ? [
            misconception('forgot-to-flip-inequality', solved('n', '>=', bound)),
            misconception('same-operation-not-inverse', solved('n', '<=', ratio(-(b + c), a))),
          ]
        : [
            misconception('flipped-inequality-unnecessarily', solved('n', op === '<=' ? '>=' : '<=', bound)),
            misconception('ignored-fixed-part', solved('n', op, ratio(c, a))),
            misconception('same-operation-not-inverse', solved('n', op, ratio(c + b, a))),
          ];
    const ignoredFixed =
      setting.kind === 'cost' ? Math.floor(c / a) : setting.kind === 'save' ? Math.ceil(c / a) : null;

    const subtractLine =
      setting.kind === 'drain'
        ? text(
            `Subtract $${b}$ from both sides: $-${a}n \\ge ${c - b}$`,
            `Resta $${b}$ en ambos lados: $-${a}n \\ge ${c - b}$`,
          )
        : text(
            `Subtract $${b}$ from both sides: $${a}n ${opTex} ${c - b}$`,
            `Resta $${b}$ en ambos lados: $${a}n ${opTex} ${c - b}$`,
          );
    const divideLine =
      setting.kind === 'drain'
        ? text(
            `Divide both sides by $-${a}$ and reverse the sign: $${solvedTex}$`,
            `Divide ambos lados entre $-${a}$ e invierte el signo: $${solvedTex}$`,
          )
        : text(
            `Divide both sides by $${a}$: $${solvedTex}$`,
            `Divide ambos lados entre $${a}$: $${solvedTex}$`,
          );

    return {
      stem: setting.story(a, b, c),
      steps: [
        step({
          id: 'inequality',
          prompt: text(
            'Write an inequality for $n$ and solve it. Give the solution as an inequality (a fraction is fine).',
            'Escribe una desigualdad para $n$ y resuélvela. Da la solución como una desigualdad (puedes usar una fracción).',
          ),
          answer: solved('n', op, bound),
          guidingQuestion: text(
            'Which amount is fixed, which one changes with $n$, and is the limit a largest or a smallest value?',
            '¿Qué cantidad es fija, cuál cambia con $n$ y el límite es un valor máximo o mínimo?',
          ),
          hints: [
            text(
              'Build the left side from the fixed amount and the rate times $n$; compare it with the limit using $\\le$ or $\\ge$.',
              'Arma el lado izquierdo con la cantidad fija y la tasa por $n$; compáralo con el límite usando $\\le$ o $\\ge$.',
            ),
            text(
              'Solve it as you would an equation: first remove the fixed amount from both sides, then divide by the number in front of $n$.',
              'Resuélvela como si fuera una ecuación: primero quita la cantidad fija de ambos lados y luego divide entre el número que multiplica a $n$.',
            ),
            setting.kind === 'drain'
              ? text(
                  'Here the amount goes down, so the term with $n$ is negative. What happens to the sign when you divide by a negative number?',
                  'Aquí la cantidad baja, así que el término con $n$ es negativo. ¿Qué le pasa al signo cuando divides entre un número negativo?',
                )
              : text(
                  'You divide by a positive number here, so the direction of the sign stays as it is.',
                  'Aquí divides entre un número positivo, así que el sentido del signo no cambia.',
                ),
          ],
          scaffolds: [
            scaffold(
              'model',
              text('Which inequality describes the situation?', '¿Qué desigualdad describe la situación?'),
              relation,
            ),
          ],
          misconceptions: stepOneMisconceptions,
          worked: [text(`$${inequalityTex}$`, `$${inequalityTex}$`), subtractLine, divideLine],
        }),
        step({
          id: 'whole',
          prompt: greatest
            ? text(
                `What is the greatest whole number of ${setting.unit.en} that fits?`,
                `¿Cuál es el mayor número entero de ${setting.unit.es} que cumple la condición?`,
              )
            : text(
                `What is the least whole number of ${setting.unit.en} that is enough?`,
                `¿Cuál es el menor número entero de ${setting.unit.es} que basta?`,
              ),
          answer: num(answerN),
          guidingQuestion: text(
            greatest
              ? 'Your solution allows a range of values. Which whole numbers are inside it, and which is the largest?'
              : 'Your solution allows a range of values. Which whole numbers are inside it, and which is the smallest?',
            greatest
              ? 'Tu solución permite un rango de valores. ¿Qué números enteros están dentro y cuál es el mayor?'
              : 'Tu solución permite un rango de valores. ¿Qué números enteros están dentro y cuál es el menor?',
          ),
          hints: [
            text(
              'If the bound is a whole number, it is allowed itself, because the sign includes equality.',
              'Si el límite es un número entero, ese mismo número vale, porque el signo incluye la igualdad.',
            ),
            greatest
              ? text(
                  'If the bound is a fraction, round down: rounding up would break the limit.',
                  'Si el límite es una fracción, redondea hacia abajo: redondear hacia arriba rompería el límite.',
                )
              : text(
                  'If the bound is a fraction, round up: rounding down would not reach the goal.',
                  'Si el límite es una fracción, redondea hacia arriba: redondear hacia abajo no alcanzaría la meta.',
                ),
            text(
              'Check your number in the story: does it keep within the limit?',
              'Comprueba tu número en la historia: ¿respeta el límite?',
            ),
          ],
          misconceptions: [
            ...(ignoredFixed !== null ? [misconception('ignored-fixed-part', num(ignoredFixed))] : []),
            ...(setting.kind === 'drain'
              ? [misconception('forgot-to-flip-inequality', num(Math.ceil((b - c) / a)))]
              : [
                  misconception(
                    'same-operation-not-inverse',
                    num(greatest ? Math.floor((c + b) / a) : Math.ceil((c + b) / a)),
                  ),
                ]),
          ],
          worked: [
            text(`$${solvedTex}$`, `$${solvedTex}$`),
            greatest
              ? text(
                  `The greatest whole number that fits is $${answerN}$.`,
                  `El mayor número entero que cumple es $${answerN}$.`,
                )
              : text(
                  `The least whole number that is enough is $${answerN}$.`,
                  `El menor número entero que basta es $${answerN}$.`,
                ),
          ],
        }),
      ],
    };
  },
});
