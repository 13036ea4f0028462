import { type Localized, text } from '../../../language/localized.ts';
import { choice, defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';
import { shuffledOptions } from './reading-options.ts';

interface Context {
  readonly title: Localized;
  readonly unit: Localized;
  readonly labels: readonly Localized[];
}

const contexts: readonly Context[] = [
  {
    title: text('Votes for the class trip', 'Votos para la excursión de la clase'),
    unit: text('votes', 'votos'),
    labels: [
      text('Museum', 'Museo'),
      text('Zoo', 'Zoológico'),
      text('Beach', 'Playa'),
      text('Mountains', 'Montaña'),
    ],
  },
  {
    title: text('Songs downloaded by genre', 'Canciones descargadas por género'),
    unit: text('songs', 'canciones'),
    labels: [text('Pop', 'Pop'), text('Rock', 'Rock'), text('Jazz', 'Jazz'), text('Reggaeton', 'Reguetón')],
  },
  {
    title: text('Medals won by each school', 'Medallas ganadas por cada colegio'),
    unit: text('medals', 'medallas'),
    labels: [
      text('North School', 'Colegio Norte'),
      text('South School', 'Colegio Sur'),
      text('East School', 'Colegio Este'),
      text('West School', 'Colegio Oeste'),
    ],
  },
  {
    title: text('Books read in the reading challenge', 'Libros leídos en el reto de lectura'),
    unit: text('books', 'libros'),
    labels: [
      text('Year 7', '1.º ESO'),
      text('Year 8', '2.º ESO'),
      text('Year 9', '3.º ESO'),
      text('Year 10', '4.º ESO'),
    ],
  },
];

/** Judging claims about a bar chart: which of four friends' statements is true. */
export const readBarChartClaimsFamily = defineFamily({
  id: 'data.read-bar-chart.claims',
  skillId: 'data.read-bar-chart',
  name: text('Check claims about a bar chart', 'Comprobar afirmaciones sobre un gráfico de barras'),
  build(rng, difficulty) {
    const context = rng.pick(contexts);
    const scale = difficulty === 1 ? 1 : difficulty === 2 ? 5 : 1;
    const values = context.labels.map(() =>
      difficulty === 3 ? rng.int(12, 98) : rng.int(difficulty === 1 ? 2 : 1, 20) * scale,
    );
    const [i, j] = rng.shuffle(context.labels.map((_, k) => k));
    let [hi, lo] = [i!, j!];
    if (values[hi] === values[lo]) values[hi] = values[hi]! + scale * rng.int(1, 3);
    if (values[hi]! < values[lo]!) [hi, lo] = [lo, hi];
    const [big, small] = [values[hi]!, values[lo]!];
    const d = big - small;
    const [P, Q] = [context.labels[hi]!, context.labels[lo]!];
    const u = context.unit;
    // A claim says either "P has d more than Q" or "Q has d fewer than P".
    const fewer = difficulty > 1 && rng.next() < 0.5;
    const claim = (x: number, swapped: boolean) => {
      const [a, b] = swapped ? [Q, P] : [P, Q];
      return fewer
        ? text(
            `${b.en} has ${x} fewer ${u.en} than ${a.en}.`,
            `${b.es} tiene ${x} ${u.es} menos que ${a.es}.`,
          )
        : text(`${a.en} has ${x} more ${u.en} than ${b.en}.`, `${a.es} tiene ${x} ${u.es} más que ${b.es}.`);
    };
    const { options, id } = shuffledOptions(rng, [
      { key: 'right', text: claim(d, false) },
      { key: 'added', text: claim(big + small, false) },
      { key: 'one', text: claim(big, false) },
      { key: 'reversed', text: claim(d, true) },
    ]);
    const wrongOf = (key: string) => choice(options, id[key]!);
    const top = Math.max(...values);
    return {
      stem: text(
        `Four friends each made one claim about the bar chart "${context.title.en}". Only one of the claims is true.`,
        `Cuatro amigos hicieron cada uno una afirmación sobre el gráfico de barras "${context.title.es}". Solo una de ellas es verdadera.`,
      ),
      figure: {
        kind: 'bar',
        title: context.title,
        labels: context.labels,
        values,
        axis: { min: 0, max: Math.ceil((top + 1) / 10) * 10, label: u },
      },
      steps: [
        step({
          id: 'claim',
          prompt: text('Which claim is true?', '¿Qué afirmación es verdadera?'),
          answer: choice(options, id.right!),
          guidingQuestion: text(
            'All the claims talk about the same two bars. What do you need to know about those bars to check a claim?',
            'Todas las afirmaciones hablan de las mismas dos barras. ¿Qué necesitas saber de esas barras para comprobar una afirmación?',
          ),
          hints: [
            text(
              'Read the value of each of the two bars the claims talk about.',
              'Lee el valor de cada una de las dos barras de las que hablan las afirmaciones.',
            ),
            text(
              '"More than" and "fewer than" ask for a difference: subtract the smaller value from the larger one.',
              '"Más que" y "menos que" piden una diferencia: resta el valor menor al mayor.',
            ),
            text(
              'Check two things in each claim: the size of the difference, and which bar it says is taller.',
              'Comprueba dos cosas en cada afirmación: el tamaño de la diferencia y qué barra dice que es más alta.',
            ),
          ],
          scaffolds: [
            scaffold(
              'big',
              text(`What is the value of the ${P.en} bar?`, `¿Cuál es el valor de la barra de ${P.es}?`),
              num(big),
            ),
            scaffold(
              'small',
              text(`What is the value of the ${Q.en} bar?`, `¿Cuál es el valor de la barra de ${Q.es}?`),
              num(small),
            ),
          ],
          misconceptions: [
            misconception('added-instead-of-compared', wrongOf('added')),
            misconception('read-one-value-only', wrongOf('one')),
          ],
          worked: [
            text(
              `${P.en}: $${big}$ ${u.en}; ${Q.en}: $${small}$ ${u.en}`,
              `${P.es}: $${big}$ ${u.es}; ${Q.es}: $${small}$ ${u.es}`,
            ),
            text(`Difference: $${big} - ${small} = ${d}$`, `Diferencia: $${big} - ${small} = ${d}$`),
            text(
              `${P.en} has the taller bar, so the true claim is: ${claim(d, false).en}`,
              `${P.es} tiene la barra más alta, así que la afirmación verdadera es: ${claim(d, false).es}`,
            ),
          ],
        }),
      ],
    };
  },
});
