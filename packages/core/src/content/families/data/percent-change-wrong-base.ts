import { text } from '../../../language/localized.ts';
import { n } from '../../math-format.ts';
import { choice, defineFamily, misconception, num, percent, step } from '../family-kit.ts';

/** New value over old value, as [new, old]: both the right percent and the mistaken one are exact. */
const ratios: Record<1 | 2 | 3, readonly (readonly [number, number])[]> = {
  1: [
    [5, 4],
    [4, 5],
    [2, 1],
    [1, 2],
  ],
  2: [
    [5, 2],
    [2, 5],
    [8, 5],
    [5, 8],
    [5, 4],
    [4, 5],
  ],
  3: [
    [25, 16],
    [16, 25],
    [32, 25],
    [25, 32],
    [4, 1],
    [1, 4],
    [8, 5],
    [5, 8],
  ],
};

const baseOptions = [
  { id: 'b', text: text('The value after the change', 'El valor después del cambio') },
  { id: 'c', text: text('The value before the change', 'El valor antes del cambio') },
  { id: 'd', text: text('The sum of the two values', 'La suma de los dos valores') },
];

const contexts = [
  {
    what: text('The price of a concert ticket', 'El precio de una entrada de concierto'),
    unit: text('dollars', 'dólares'),
  },
  {
    what: text('The number of pupils in the school choir', 'El número de alumnos del coro del colegio'),
    unit: text('pupils', 'alumnos'),
  },
  {
    what: text('The number of followers of the school blog', 'El número de seguidores del blog del colegio'),
    unit: text('followers', 'seguidores'),
  },
  {
    what: text('The water in a rain barrel', 'El agua de un barril de lluvia'),
    unit: text('litres', 'litros'),
  },
];

const names = ['Maya', 'Diego', 'Nora', 'Tom', 'Inés'];

/** Error analysis: a classmate divided the change by the new value; find which value, then the right percent. */
export const percentChangeWrongBaseFamily = defineFamily({
  id: 'data.percent-change.wrong-base',
  skillId: 'data.percent-change',
  name: text('Fix a percent change', 'Corregir un cambio porcentual'),
  build(rng, difficulty) {
    const [a, b] = rng.pick(ratios[difficulty]);
    const k = rng.int(
      Math.ceil(10 / Math.min(a, b)),
      Math.max(Math.ceil(10 / Math.min(a, b)) + 2, Math.floor(240 / Math.max(a, b))),
    );
    const before = b * k;
    const after = a * k;
    const increase = after > before;
    const change = Math.abs(after - before);
    const right = (change / before) * 100;
    const claimed = (change / after) * 100;
    const context = rng.pick(contexts);
    const name = rng.pick(names);
    const word = increase ? text('increase', 'aumento') : text('decrease', 'disminución');
    return {
      stem: text(
        `${context.what.en} went from $${before}$ to $${after}$ ${context.unit.en}. ${name} says that is a $${n(claimed)}\\%$ ${word.en}, but the teacher says the change was divided by the wrong value.`,
        `${context.what.es} pasó de $${before}$ a $${after}$ ${context.unit.es}. ${name} dice que es un $${n(claimed)}\\%$ de ${word.es}, pero el profesor dice que dividió el cambio entre el valor equivocado.`,
      ),
      steps: [
        step({
          id: 'base',
          prompt: text(
            `Which value did ${name} divide the change by?`,
            `¿Entre qué valor dividió ${name} el cambio?`,
          ),
          answer: choice(baseOptions, 'b'),
          guidingQuestion: text(
            `How could you test which division gives ${name}'s percent?`,
            `¿Cómo podrías comprobar qué división da el porcentaje de ${name}?`,
          ),
          hints: [
            text(
              'Find the change first: subtract the smaller value from the larger one.',
              'Calcula primero el cambio: resta el valor menor del mayor.',
            ),
            text(
              'Divide the change by each candidate value and write the result as a percent.',
              'Divide el cambio entre cada valor posible y escribe el resultado como porcentaje.',
            ),
            text(
              `Which of those percents matches what ${name} says?`,
              `¿Cuál de esos porcentajes coincide con lo que dice ${name}?`,
            ),
          ],
          worked: [
            text(
              `Change: $${Math.max(before, after)} - ${Math.min(before, after)} = ${change}$`,
              `Cambio: $${Math.max(before, after)} - ${Math.min(before, after)} = ${change}$`,
            ),
            text(
              `$${change} \\div ${after} = ${n(claimed / 100)}$, that is $${n(claimed)}\\%$: ${name} divided by the value after the change`,
              `$${change} \\div ${after} = ${n(claimed / 100)}$, es decir, $${n(claimed)}\\%$: ${name} dividió entre el valor después del cambio`,
            ),
          ],
        }),
        step({
          id: 'percent',
          prompt: text(
            `What is the correct percent ${word.en}?`,
            `¿Cuál es el porcentaje de ${word.es} correcto?`,
          ),
          answer: percent(right, 0.05),
          guidingQuestion: text(
            'A percent change says how big the change is compared with where you started. Which value is the start?',
            'Un cambio porcentual dice cuánto es el cambio comparado con el punto de partida. ¿Qué valor es el de partida?',
          ),
          hints: [
            text(
              `Divide the change by the value before it happened, not by ${name}'s choice.`,
              `Divide el cambio entre el valor que había antes, no entre el que eligió ${name}.`,
            ),
            text(
              'Write that decimal as a percent: how many hundredths is it?',
              'Escribe ese decimal como porcentaje: ¿cuántas centésimas son?',
            ),
          ],
          misconceptions: [
            misconception('wrong-base-for-change', percent(claimed, 0.05)),
            misconception('absolute-instead-of-percent', num(change)),
            // NOTE: the catalog's feedback for this one names 100, which would give away a 100% change.
            ...(right === 100 ? [] : [misconception('percent-as-decimal', num(right / 100, 1e-9))]),
          ],
          worked: [
            text(
              `$${change} \\div ${before} = ${n(right / 100)}$`,
              `$${change} \\div ${before} = ${n(right / 100)}$`,
            ),
            text(
              `$${n(right / 100)} \\times 100 = ${n(right)}$, a $${n(right)}\\%$ ${word.en}`,
              `$${n(right / 100)} \\times 100 = ${n(right)}$, un $${n(right)}\\%$ de ${word.es}`,
            ),
          ],
        }),
      ],
    };
  },
});
