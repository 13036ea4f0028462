import { type Localized, text } from '../../../language/localized.ts';
import { n } from '../../math-format.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

interface Survey {
  /** The stem, given the known slice's label and count. */
  readonly stem: (label: Localized, count: number) => Localized;
  readonly title: Localized;
  readonly people: Localized;
  /** "Cuántos" or "Cuántas", agreeing with `people` in Spanish. */
  readonly cuantos: string;
  readonly labels: readonly Localized[];
  /** The total in the sentence "How many … in all?". */
  readonly question: Localized;
}

const surveys: readonly Survey[] = [
  {
    stem: (label, count) =>
      text(
        `People in a town were asked for their favourite season. The pie chart shows the percents. $${count}$ people chose ${label.en}.`,
        `Se preguntó a los habitantes de un pueblo por su estación favorita. El gráfico circular muestra los porcentajes. $${count}$ personas eligieron ${label.es}.`,
      ),
    title: text('Favourite season (%)', 'Estación favorita (%)'),
    people: text('people', 'personas'),
    cuantos: 'Cuántas',
    labels: [
      text('spring', 'primavera'),
      text('summer', 'verano'),
      text('autumn', 'otoño'),
      text('winter', 'invierno'),
    ],
    question: text('How many people were asked in all?', '¿A cuántas personas se preguntó en total?'),
  },
  {
    stem: (label, count) =>
      text(
        `The pie chart shows the percent of students who chose each lunch at a school canteen. $${count}$ students chose ${label.en}.`,
        `El gráfico circular muestra el porcentaje de estudiantes que eligió cada menú en el comedor de un colegio. $${count}$ estudiantes eligieron ${label.es}.`,
      ),
    title: text('Lunch choices (%)', 'Menús elegidos (%)'),
    people: text('students', 'estudiantes'),
    cuantos: 'Cuántos',
    labels: [text('pasta', 'pasta'), text('salad', 'ensalada'), text('soup', 'sopa'), text('rice', 'arroz')],
    question: text('How many students had lunch in all?', '¿Cuántos estudiantes comieron en total?'),
  },
  {
    stem: (label, count) =>
      text(
        `A farm's land is split between crops, as the pie chart of percents shows. ${label.en[0]!.toUpperCase()}${label.en.slice(1)} covers $${count}$ hectares.`,
        `La tierra de una granja se reparte entre cultivos, como muestra el gráfico circular de porcentajes. El cultivo de ${label.es} ocupa $${count}$ hectáreas.`,
      ),
    title: text('Land of the farm (%)', 'Tierra de la granja (%)'),
    people: text('hectares', 'hectáreas'),
    cuantos: 'Cuántas',
    labels: [
      text('wheat', 'trigo'),
      text('maize', 'maíz'),
      text('barley', 'cebada'),
      text('sunflowers', 'girasol'),
    ],
    question: text(
      'How many hectares does the farm have in all?',
      '¿Cuántas hectáreas tiene la granja en total?',
    ),
  },
  {
    stem: (label, count) =>
      text(
        `A cinema asked its visitors what kind of film they came to see; the pie chart shows the percents. $${count}$ visitors came for the ${label.en} films.`,
        `Un cine preguntó a sus espectadores qué tipo de película venían a ver; el gráfico circular muestra los porcentajes. $${count}$ espectadores vinieron a ver películas de ${label.es}.`,
      ),
    title: text('Kind of film (%)', 'Tipo de película (%)'),
    people: text('visitors', 'espectadores'),
    cuantos: 'Cuántos',
    labels: [
      text('comedy', 'comedia'),
      text('action', 'acción'),
      text('animation', 'animación'),
      text('drama', 'drama'),
    ],
    question: text(
      'How many visitors were surveyed in all?',
      '¿A cuántos espectadores se preguntó en total?',
    ),
  },
];

/** A label as it stands alone on the chart: "Summer", "Verano". */
function cap(label: Localized): Localized {
  const up = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;
  return text(up(label.en), up(label.es));
}

const splits: Readonly<Record<1 | 2 | 3, readonly (readonly number[])[]>> = {
  1: [
    [50, 25, 15, 10],
    [40, 30, 20, 10],
    [25, 25, 30, 20],
    [20, 50, 20, 10],
  ],
  2: [
    [35, 25, 25, 15],
    [45, 30, 15, 10],
    [15, 40, 25, 20],
    [55, 20, 15, 10],
  ],
  3: [
    [36, 24, 28, 12],
    [32, 28, 16, 24],
    [44, 20, 16, 20],
    [12, 48, 24, 16],
  ],
};

/** A pie chart of percents, going backwards: one slice's count gives the whole, which gives another slice. */
export const pieChartFromSliceFamily = defineFamily({
  id: 'data.pie-chart.from-slice',
  skillId: 'data.pie-chart',
  name: text('From one slice to the whole', 'De una porción al total'),
  build(rng, difficulty) {
    const survey = rng.pick(surveys);
    const split = rng.shuffle(rng.pick(splits[difficulty]));
    // A whole number of hundreds keeps 1% whole; never 100 itself, which the hints name.
    const whole =
      100 * (difficulty === 1 ? rng.int(2, 5) : difficulty === 2 ? rng.int(2, 9) : rng.int(6, 15));
    const known = rng.int(0, split.length - 1);
    // The other slice has a different percent, so its count is not the one the stem gives, and its count is not
    // 100, which the hints of the first step name.
    const others = split.map((_, k) => k).filter((k) => split[k] !== split[known]);
    const clear = others.filter((k) => split[k]! * whole !== 100 * 100);
    const other = rng.pick(clear.length > 0 ? clear : others);
    const [pk, po] = [split[known]!, split[other]!];
    const [ck, co] = [(pk * whole) / 100, (po * whole) / 100];
    const [lk, lo] = [survey.labels[known]!, survey.labels[other]!];
    const [Lk, Lo] = [cap(lk), cap(lo)];
    const one = ck / pk;
    return {
      stem: survey.stem(lk, ck),
      figure: { kind: 'pie', title: survey.title, labels: survey.labels.map(cap), values: [...split] },
      steps: [
        step({
          id: 'whole',
          prompt: survey.question,
          answer: num(whole),
          guidingQuestion: text(
            `The "${Lk.en}" slice is a percent of the whole. If you know what that percent is worth, how could you find what all of it is worth?`,
            `La porción "${Lk.es}" es un porcentaje del total. Si sabes cuánto vale ese porcentaje, ¿cómo podrías saber cuánto vale el total?`,
          ),
          hints: [
            text(
              `Read the percent of the "${Lk.en}" slice: that percent of the whole is the count the problem gives.`,
              `Lee el porcentaje de la porción "${Lk.es}": ese porcentaje del total es la cantidad que da el problema.`,
            ),
            text(
              'Divide the count by the percent to find what one percent is worth.',
              'Divide la cantidad entre el porcentaje para saber cuánto vale un uno por ciento.',
            ),
            text(
              'The whole is made of one hundred of those parts, so multiply the value of one percent by one hundred.',
              'El total está formado por cien de esas partes, así que multiplica el valor de un uno por ciento por cien.',
            ),
          ],
          scaffolds: [
            scaffold(
              'one-percent',
              text(
                `If $${pk}\\%$ is $${ck}$ ${survey.people.en}, how many is $1\\%$?`,
                `Si el $${pk}\\%$ son $${ck}$ ${survey.people.es}, ¿${survey.cuantos.toLowerCase()} ${survey.people.es} son el $1\\%$?`,
              ),
              num(one),
            ),
          ],
          misconceptions: [misconception('added-instead-of-multiplied', num(ck + pk))],
          worked: [
            text(
              `$${pk}\\%$ of the whole is $${ck}$, so $1\\%$ is $${ck} \\div ${pk} = ${n(one)}$`,
              `El $${pk}\\%$ del total es $${ck}$, así que el $1\\%$ es $${ck} \\div ${pk} = ${n(one)}$`,
            ),
            text(`Whole: $${n(one)} \\times 100 = ${whole}$`, `Total: $${n(one)} \\times 100 = ${whole}$`),
          ],
        }),
        step({
          id: 'other',
          prompt: text(
            `How many ${survey.people.en} are in the "${Lo.en}" slice?`,
            `¿${survey.cuantos} ${survey.people.es} hay en la porción "${Lo.es}"?`,
          ),
          answer: num(co),
          guidingQuestion: text(
            'Now you know the whole. What part of it does this slice stand for?',
            'Ahora ya conoces el total. ¿Qué parte de él representa esta porción?',
          ),
          hints: [
            text(`Read the percent of the "${Lo.en}" slice.`, `Lee el porcentaje de la porción "${Lo.es}".`),
            text(
              'Write that percent as a decimal and multiply it by the whole.',
              'Escribe ese porcentaje como decimal y multiplícalo por el total.',
            ),
          ],
          misconceptions: [
            misconception('gave-percent-not-count', num(po)),
            misconception('forgot-divide-by-100', num(po * whole)),
          ],
          worked: [
            text(
              `$${po}\\%$ of $${whole}$: $${n(po / 100)} \\times ${whole} = ${co}$`,
              `El $${po}\\%$ de $${whole}$: $${n(po / 100)} \\times ${whole} = ${co}$`,
            ),
          ],
        }),
      ],
    };
  },
});
