import { type Localized, text } from '../../../language/localized.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

/** Category sets for charts; each label in English and Spanish. */
export const chartTopics: readonly { title: Localized; unit: Localized; labels: readonly Localized[] }[] = [
  {
    title: text('Books borrowed from the library', 'Libros prestados en la biblioteca'),
    unit: text('books', 'libros'),
    labels: [
      text('Monday', 'lunes'),
      text('Tuesday', 'martes'),
      text('Wednesday', 'miércoles'),
      text('Thursday', 'jueves'),
      text('Friday', 'viernes'),
    ],
  },
  {
    title: text('Favourite sport in a class survey', 'Deporte favorito en una encuesta de clase'),
    unit: text('students', 'estudiantes'),
    labels: [
      text('Football', 'fútbol'),
      text('Basketball', 'baloncesto'),
      text('Swimming', 'natación'),
      text('Tennis', 'tenis'),
      text('Cycling', 'ciclismo'),
    ],
  },
  {
    title: text('Trees planted by each team', 'Árboles plantados por cada equipo'),
    unit: text('trees', 'árboles'),
    labels: [
      text('Team A', 'equipo A'),
      text('Team B', 'equipo B'),
      text('Team C', 'equipo C'),
      text('Team D', 'equipo D'),
    ],
  },
];

/** Reading a bar chart: how many more in one category than in another. */
export const readBarChartFamily = defineFamily({
  id: 'data.read-bar-chart.difference',
  skillId: 'data.read-bar-chart',
  name: text('Read a bar chart', 'Leer un gráfico de barras'),
  build(rng, difficulty) {
    const topic = rng.pick(chartTopics);
    const step5 = difficulty === 1 ? 1 : difficulty === 2 ? 5 : 2;
    const values = topic.labels.map(() => rng.int(2, difficulty === 3 ? 60 : 20) * step5);
    const [i, j] = rng.shuffle(topic.labels.map((_, k) => k));
    let [hi, lo] = [i ?? 0, j ?? 1];
    if (values[hi]! === values[lo]!) values[hi] = values[hi]! + step5;
    if (values[hi]! < values[lo]!) [hi, lo] = [lo, hi];
    const [big, small] = [values[hi]!, values[lo]!];
    const [bigLabel, smallLabel] = [topic.labels[hi]!, topic.labels[lo]!];
    return {
      stem: text(
        `The bar chart "${topic.title.en}" shows ${topic.unit.en} per category.`,
        `El gráfico de barras "${topic.title.es}" muestra ${topic.unit.es} por categoría.`,
      ),
      figure: {
        kind: 'bar',
        title: topic.title,
        labels: topic.labels,
        values,
        axis: { min: 0, max: Math.max(...values) + step5 * 2, label: topic.unit },
      },
      steps: [
        step({
          id: 'difference',
          prompt: text(
            `How many more ${topic.unit.en} for ${bigLabel.en} than for ${smallLabel.en}?`,
            `¿Cuántos ${topic.unit.es} más hay en ${bigLabel.es} que en ${smallLabel.es}?`,
          ),
          answer: num(big - small),
          guidingQuestion: text(
            'Which bars does the question talk about, and what does "how many more" ask you to do with them?',
            '¿De qué barras habla la pregunta y qué te pide hacer con ellas "cuántos más"?',
          ),
          hints: [
            text(
              `Find the bars for ${bigLabel.en} and ${smallLabel.en}.`,
              `Busca las barras de ${bigLabel.es} y ${smallLabel.es}.`,
            ),
            text(
              'Read the height of each bar on the vertical axis.',
              'Lee la altura de cada barra en el eje vertical.',
            ),
            text(
              '"How many more" is a difference: subtract the smaller from the larger.',
              '"Cuántos más" es una diferencia: resta el menor al mayor.',
            ),
          ],
          scaffolds: [
            scaffold(
              'big',
              text(
                `What is the value of the ${bigLabel.en} bar?`,
                `¿Cuál es el valor de la barra de ${bigLabel.es}?`,
              ),
              num(big),
            ),
            scaffold(
              'small',
              text(
                `What is the value of the ${smallLabel.en} bar?`,
                `¿Cuál es el valor de la barra de ${smallLabel.es}?`,
              ),
              num(small),
            ),
          ],
          misconceptions: [
            misconception('read-one-value-only', num(big)),
            misconception('read-one-value-only', num(small)),
            misconception('added-instead-of-compared', num(big + small)),
          ],
        }),
      ],
    };
  },
});
