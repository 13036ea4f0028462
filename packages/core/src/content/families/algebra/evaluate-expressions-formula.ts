import { type Localized, text } from '../../../language/localized.ts';
import type { Misconception } from '../../item.ts';
import { n } from '../../math-format.ts';
import type { SeededRandom } from '../../seeded-random.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

interface Use {
  readonly stem: Localized;
  readonly prompt: Localized;
  readonly answer: number;
  /** The part to compute first, and its value. */
  readonly first: { readonly written: string; readonly value: number };
  readonly misconceptions: readonly Misconception[];
  readonly worked: readonly string[];
}

type Setting = (rng: SeededRandom, difficulty: 1 | 2 | 3) => Use;

const taxi: Setting = (rng) => {
  const base = rng.int(2, 6);
  const rate = rng.int(2, 5);
  const km = rng.int(2, 9);
  const answer = base + rate * km;
  return {
    stem: text(
      `A taxi ride costs $C = ${base} + ${rate}k$ euros, where $k$ is the number of kilometres. A ride is $${km}$ km long.`,
      `Un viaje en taxi cuesta $C = ${base} + ${rate}k$ euros, donde $k$ es el número de kilómetros. Un viaje mide $${km}$ km.`,
    ),
    prompt: text('How much does the ride cost, in euros?', '¿Cuánto cuesta el viaje, en euros?'),
    answer,
    first: { written: `${rate} \\cdot ${km}`, value: rate * km },
    misconceptions: [
      misconception('left-to-right', num((base + rate) * km)),
      misconception('juxtaposition-as-digits', num(base + Number(`${rate}${km}`))),
    ],
    worked: [`C = ${base} + ${rate} \\cdot ${km}`, `C = ${base} + ${rate * km}`, `C = ${answer}`],
  };
};

const perimeter: Setting = (rng, difficulty) => {
  const l = rng.int(3, difficulty === 1 ? 9 : 15);
  let w = rng.int(2, difficulty === 1 ? 9 : 12);
  if (w === l) w = l - 1;
  const answer = 2 * l + 2 * w;
  return {
    stem: text(
      `The perimeter of a rectangle is $P = 2l + 2w$. A garden is $l = ${l}$ m long and $w = ${w}$ m wide.`,
      `El perímetro de un rectángulo es $P = 2l + 2w$. Un jardín mide $l = ${l}$ m de largo y $w = ${w}$ m de ancho.`,
    ),
    prompt: text('What is the perimeter of the garden, in m?', '¿Cuál es el perímetro del jardín, en m?'),
    answer,
    first: { written: `2 \\cdot ${l}`, value: 2 * l },
    misconceptions: [
      misconception('added-instead-of-multiplied', num(2 + l + 2 + w)),
      misconception('juxtaposition-as-digits', num(Number(`2${l}`) + Number(`2${w}`))),
    ],
    worked: [`P = 2 \\cdot ${l} + 2 \\cdot ${w}`, `P = ${2 * l} + ${2 * w}`, `P = ${answer}`],
  };
};

const mountain: Setting = (rng, difficulty) => {
  const ground = rng.int(4, difficulty === 3 ? 12 : 18);
  const km = rng.int(difficulty === 3 ? 3 : 2, difficulty === 3 ? 6 : 4);
  const answer = ground - 6 * km;
  return {
    stem: text(
      `On a day when it is $${ground}$ °C at sea level, the temperature $h$ km up a mountain is about $T = ${ground} - 6h$ °C. A climber is at $h = ${km}$.`,
      `Un día en que hace $${ground}$ °C al nivel del mar, la temperatura a $h$ km de altura en una montaña es de unos $T = ${ground} - 6h$ °C. Una alpinista está a $h = ${km}$.`,
    ),
    prompt: text('What is the temperature there, in °C?', '¿Qué temperatura hace allí, en °C?'),
    answer,
    first: { written: `6 \\cdot ${km}`, value: 6 * km },
    misconceptions: [
      misconception('sign-error', num(-answer)),
      misconception('left-to-right', num((ground - 6) * km)),
    ],
    worked: [`T = ${ground} - 6 \\cdot ${km}`, `T = ${ground} - ${6 * km}`, `T = ${n(answer)}`],
  };
};

const ball: Setting = (rng) => {
  const speed = rng.pick([20, 25, 30]);
  const t = rng.int(1, 4);
  const answer = speed * t - 5 * t * t;
  return {
    stem: text(
      `A ball thrown straight up is $h = ${speed}t - 5t^2$ metres high after $t$ seconds. Take $t = ${t}$.`,
      `Una pelota lanzada hacia arriba está a $h = ${speed}t - 5t^2$ metros de altura después de $t$ segundos. Toma $t = ${t}$.`,
    ),
    prompt: text('How high is the ball then, in m?', '¿A qué altura está entonces la pelota, en m?'),
    answer,
    first: { written: `${t}^2`, value: t * t },
    misconceptions: [misconception('exponent-as-multiplication', num(speed * t - 5 * 2 * t))],
    worked: [
      `h = ${speed} \\cdot ${t} - 5 \\cdot ${t}^2`,
      `h = ${speed * t} - 5 \\cdot ${t * t}`,
      `h = ${speed * t} - ${5 * t * t} = ${n(answer)}`,
    ],
  };
};

const settings = { 1: [taxi, perimeter], 2: [taxi, perimeter, mountain], 3: [mountain, ball] } as const;

/** Substituting into a real formula: a taxi fare, a perimeter, the temperature up a mountain, a ball's height. */
export const evaluateExpressionsFormulaFamily = defineFamily({
  id: 'alg.evaluate-expressions.real-formula',
  skillId: 'alg.evaluate-expressions',
  name: text('Use a formula', 'Usa una fórmula'),
  build(rng, difficulty) {
    const use = rng.pick<Setting>(settings[difficulty])(rng, difficulty);
    return {
      stem: use.stem,
      steps: [
        step({
          id: 'value',
          prompt: use.prompt,
          answer: num(use.answer),
          guidingQuestion: text(
            'Which letter in the formula gets the given value, and what does a number written next to a letter mean?',
            '¿Qué letra de la fórmula recibe el valor dado y qué significa un número escrito junto a una letra?',
          ),
          hints: [
            text(
              'Write the formula again with the value in place of the letter, in parentheses.',
              'Escribe otra vez la fórmula con el valor en lugar de la letra, entre paréntesis.',
            ),
            text(
              'A number next to a letter is a multiplication: compute powers first, then products, then add and subtract.',
              'Un número junto a una letra es una multiplicación: calcula primero las potencias, luego los productos, y después suma y resta.',
            ),
          ],
          scaffolds:
            use.first.value === use.answer
              ? []
              : [
                  scaffold(
                    'first',
                    text(`What is $${use.first.written}$?`, `¿Cuánto es $${use.first.written}$?`),
                    num(use.first.value),
                  ),
                ],
          misconceptions: use.misconceptions,
          worked: use.worked.map((line) => text(`$${line}$`, `$${line}$`)),
        }),
      ],
    };
  },
});
