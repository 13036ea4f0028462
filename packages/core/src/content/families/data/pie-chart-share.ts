import { type Localized, text } from '../../../language/localized.ts';
import { n } from '../../math-format.ts';
import { defineFamily, misconception, num, percent, scaffold, step } from '../family-kit.ts';

interface Context {
  readonly intro: Localized;
  readonly title: Localized;
  readonly unit: Localized;
  /** "Cuántos" or "Cuántas", agreeing with the Spanish unit. */
  readonly cuantos: string;
  readonly labels: readonly Localized[];
  /** Every slice is a multiple of this. */
  readonly scale: number;
}

const contexts: readonly Context[] = [
  {
    intro: text(
      'The pie chart shows how a family spent its money last month, in euros.',
      'El gráfico circular muestra cómo gastó su dinero una familia el mes pasado, en euros.',
    ),
    title: text('Family spending (euros)', 'Gastos de la familia (euros)'),
    unit: text('euros', 'euros'),
    cuantos: 'Cuántos',
    labels: [
      text('Rent', 'Alquiler'),
      text('Food', 'Comida'),
      text('Transport', 'Transporte'),
      text('Savings', 'Ahorro'),
      text('Leisure', 'Ocio'),
    ],
    scale: 10,
  },
  {
    intro: text(
      'A school voted for its new mascot. The pie chart shows the number of votes for each animal.',
      'Un colegio votó su nueva mascota. El gráfico circular muestra el número de votos de cada animal.',
    ),
    title: text('Votes for the new mascot', 'Votos para la nueva mascota'),
    unit: text('votes', 'votos'),
    cuantos: 'Cuántos',
    labels: [
      text('Owl', 'Búho'),
      text('Fox', 'Zorro'),
      text('Bear', 'Oso'),
      text('Dolphin', 'Delfín'),
      text('Eagle', 'Águila'),
    ],
    scale: 1,
  },
  {
    intro: text(
      'A coach planned a football training session. The pie chart shows how many minutes go to each activity.',
      'Una entrenadora planificó una sesión de entrenamiento de fútbol. El gráfico circular muestra cuántos minutos dedica a cada actividad.',
    ),
    title: text('Training session (minutes)', 'Sesión de entrenamiento (minutos)'),
    unit: text('minutes', 'minutos'),
    cuantos: 'Cuántos',
    labels: [
      text('Warm-up', 'Calentamiento'),
      text('Passing', 'Pases'),
      text('Shooting', 'Tiros'),
      text('Match', 'Partido'),
      text('Stretching', 'Estiramientos'),
    ],
    scale: 1,
  },
  {
    intro: text(
      'A bakery counted the loaves it sold on Saturday. The pie chart shows how many of each kind it sold.',
      'Una panadería contó las barras de pan que vendió el sábado. El gráfico circular muestra cuántas vendió de cada tipo.',
    ),
    title: text('Loaves sold on Saturday', 'Barras de pan vendidas el sábado'),
    unit: text('loaves', 'barras'),
    cuantos: 'Cuántas',
    labels: [
      text('White', 'Blanco'),
      text('Wholemeal', 'Integral'),
      text('Rye', 'Centeno'),
      text('Seeded', 'Semillas'),
      text('Spelt', 'Espelta'),
    ],
    scale: 1,
  },
];

/** Percent splits by difficulty: tens, then fives, then fours over five slices. */
const splits: Readonly<Record<1 | 2 | 3, readonly (readonly number[])[]>> = {
  1: [
    [50, 20, 20, 10],
    [40, 30, 20, 10],
    [30, 30, 20, 20],
    [60, 20, 10, 10],
  ],
  2: [
    [35, 25, 25, 15],
    [45, 30, 15, 10],
    [40, 25, 20, 15],
    [55, 20, 15, 10],
    [30, 35, 25, 10],
  ],
  3: [
    [36, 24, 20, 12, 8],
    [32, 28, 16, 12, 12],
    [44, 20, 16, 12, 8],
    [28, 24, 24, 16, 8],
  ],
};

/** A pie chart of amounts: the whole, then what percent of it one slice is. */
export const pieChartShareFamily = defineFamily({
  id: 'data.pie-chart.share',
  skillId: 'data.pie-chart',
  name: text('From a slice to a percent', 'De una porción a un porcentaje'),
  build(rng, difficulty) {
    const context = rng.pick(contexts);
    const split = rng.shuffle(rng.pick(splits[difficulty]));
    // Totals that make every slice whole: a multiple of 10, 20 or 25 for tens, fives or fours.
    const whole =
      (difficulty === 1
        ? rng.int(2, 10) * 10
        : difficulty === 2
          ? rng.int(2, 12) * 20
          : rng.int(2, 12) * 25) * context.scale;
    const values = split.map((p) => (p * whole) / 100);
    const labels = context.labels.slice(0, split.length);
    const index = rng.int(0, split.length - 1);
    const [label, part, pct] = [labels[index]!, values[index]!, split[index]!];
    const u = context.unit;
    return {
      stem: context.intro,
      figure: { kind: 'pie', title: context.title, labels, values },
      steps: [
        step({
          id: 'whole',
          prompt: text(
            `How many ${u.en} does the whole chart show?`,
            `¿${context.cuantos} ${u.es} muestra el gráfico entero?`,
          ),
          answer: num(whole),
          guidingQuestion: text(
            'The whole circle stands for everything together. How do you get that from the slices?',
            'El círculo entero representa todo junto. ¿Cómo lo obtienes a partir de las porciones?',
          ),
          hints: [
            text('Every slice is one part of the whole.', 'Cada porción es una parte del total.'),
            text('Add the values of all the slices.', 'Suma los valores de todas las porciones.'),
          ],
          worked: [
            text(`$${values.join(' + ')} = ${whole}$ ${u.en}`, `$${values.join(' + ')} = ${whole}$ ${u.es}`),
          ],
        }),
        step({
          id: 'percent',
          prompt: text(
            `What percent of the whole is the "${label.en}" slice?`,
            `¿Qué porcentaje del total es la porción "${label.es}"?`,
          ),
          answer: percent(pct),
          guidingQuestion: text(
            'A percent compares a part with the whole. Which number is the part here, and which is the whole?',
            'Un porcentaje compara una parte con el total. ¿Qué número es aquí la parte y cuál es el total?',
          ),
          hints: [
            text(
              'Write the slice as a fraction of the whole: the slice on top, the whole at the bottom.',
              'Escribe la porción como fracción del total: la porción arriba y el total abajo.',
            ),
            text(
              'Turn that fraction into a decimal, then into a percent by multiplying by one hundred.',
              'Convierte esa fracción en decimal y luego en porcentaje multiplicando por cien.',
            ),
          ],
          scaffolds: [
            scaffold(
              'fraction',
              text(
                `What fraction of the whole is the "${label.en}" slice?`,
                `¿Qué fracción del total es la porción "${label.es}"?`,
              ),
              { kind: 'fraction', value: `${part}/${whole}` },
            ),
          ],
          misconceptions: [misconception('percent-as-decimal', num(pct / 100, 1e-9))],
          worked: [
            text(
              `$\\frac{${part}}{${whole}} = ${n(pct / 100)}$`,
              `$\\frac{${part}}{${whole}} = ${n(pct / 100)}$`,
            ),
            text(`$${n(pct / 100)} \\times 100 = ${pct}\\%$`, `$${n(pct / 100)} \\times 100 = ${pct}\\%$`),
          ],
        }),
      ],
    };
  },
});
