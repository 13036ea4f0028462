import { text } from '../../../language/localized.ts';
import { defineFamily, misconception, num, percent, scaffold, step } from '../family-kit.ts';

const categories = [
  text('Walk', 'A pie'),
  text('Bus', 'Autobús'),
  text('Bike', 'Bicicleta'),
  text('Car', 'Coche'),
];
const splits = [
  [40, 30, 20, 10],
  [25, 25, 35, 15],
  [50, 20, 10, 20],
  [30, 45, 15, 10],
  [35, 20, 25, 20],
] as const;

/** Reading a pie chart of percents and turning a slice into a count. */
export const pieChartFamily = defineFamily({
  id: 'data.pie-chart.count',
  skillId: 'data.pie-chart',
  name: text('Read a pie chart', 'Leer un gráfico circular'),
  build(rng, difficulty) {
    const split = rng.pick(splits);
    const total = rng.int(2, 12) * (difficulty === 1 ? 20 : 40);
    const index = rng.int(0, categories.length - 1);
    const pct = split[index]!;
    const label = categories[index]!;
    const answer = (pct * total) / 100;
    return {
      stem: text(
        `The pie chart shows how $${total}$ students travel to school.`,
        `El gráfico circular muestra cómo van a la escuela $${total}$ estudiantes.`,
      ),
      figure: {
        kind: 'pie',
        title: text('How students travel to school (%)', 'Cómo van los estudiantes a la escuela (%)'),
        labels: categories,
        values: [...split],
      },
      steps: [
        step({
          id: 'count',
          prompt: text(
            `How many students travel by "${label.en}"?`,
            `¿Cuántos estudiantes van en "${label.es}"?`,
          ),
          answer: num(answer),
          guidingQuestion: text(
            'The slice gives a percent. A percent of what?',
            'La porción da un porcentaje. ¿Porcentaje de qué?',
          ),
          hints: [
            text(
              `Find the "${label.en}" slice and read its percent.`,
              `Busca la porción "${label.es}" y lee su porcentaje.`,
            ),
            text(
              'That percent is a part of all the students in the survey.',
              'Ese porcentaje es una parte de todos los estudiantes de la encuesta.',
            ),
            text(
              'Write the percent as a decimal and multiply it by the number of students.',
              'Escribe el porcentaje como decimal y multiplícalo por el número de estudiantes.',
            ),
          ],
          scaffolds: [
            scaffold(
              'percent',
              text(
                `What percent is the "${label.en}" slice?`,
                `¿Qué porcentaje es la porción "${label.es}"?`,
              ),
              percent(pct),
            ),
          ],
          misconceptions: [
            misconception('gave-percent-not-count', num(pct)),
            misconception('forgot-divide-by-100', num(pct * total)),
          ],
        }),
      ],
    };
  },
});
