import { text } from '../../../language/localized.ts';
import { n } from '../../math-format.ts';
import { defineFamily, misconception, num, step } from '../family-kit.ts';
import { mean, median } from './statistics.ts';

interface Context {
  readonly first: number;
  readonly stem: { en: string; es: string };
  readonly title: { en: string; es: string };
  /** Who answered (students), plural, with the Spanish article. */
  readonly who: { en: string; es: string };
  readonly whoArticle: { en: string; es: string };
  /** The measured value, for "the median …" (Spanish with its preposition and article). */
  readonly what: { en: string; es: string };
}

const contexts: readonly Context[] = [
  {
    first: 0,
    stem: text(
      'Each student in a class said how many brothers and sisters they have. The bar chart shows the answers.',
      'Cada estudiante de una clase dijo cuántos hermanos tiene. El gráfico de barras muestra las respuestas.',
    ),
    title: text('Number of brothers and sisters', 'Número de hermanos'),
    who: text('students', 'estudiantes'),
    whoArticle: text('the students', 'los estudiantes'),
    what: text('number of brothers and sisters', 'del número de hermanos'),
  },
  {
    first: 35,
    stem: text(
      'A sports shop recorded the shoe size of each runner in a school race. The bar chart shows how many runners wore each size.',
      'Una tienda de deportes anotó la talla de zapatilla de cada corredor de una carrera escolar. El gráfico de barras muestra cuántos corredores usaban cada talla.',
    ),
    title: text('Shoe sizes of the runners', 'Tallas de zapatilla de los corredores'),
    who: text('runners', 'corredores'),
    whoArticle: text('the runners', 'los corredores'),
    what: text('shoe size', 'de la talla de zapatilla'),
  },
  {
    first: 11,
    stem: text(
      'The bar chart shows the ages of the members of a youth orchestra.',
      'El gráfico de barras muestra las edades de los miembros de una orquesta juvenil.',
    ),
    title: text('Ages of the orchestra members', 'Edades de los miembros de la orquesta'),
    who: text('members', 'miembros'),
    whoArticle: text('the members', 'los miembros'),
    what: text('age', 'de las edades'),
  },
  {
    first: 1,
    stem: text(
      'A survey asked some households how many people live in their home. The bar chart shows the results.',
      'Una encuesta preguntó a unos hogares cuántas personas viven en su casa. El gráfico de barras muestra los resultados.',
    ),
    title: text('People living in each home', 'Personas que viven en cada casa'),
    who: text('households', 'hogares'),
    whoArticle: text('the households', 'los hogares'),
    what: text('number of people in a home', 'del número de personas por casa'),
  },
];

/** The median read from a bar chart of how often each value occurs: first the count, then the median. */
export const medianBarChartFamily = defineFamily({
  id: 'data.median.bar-chart',
  skillId: 'data.median',
  name: text('Median from a bar chart', 'Mediana a partir de un gráfico de barras'),
  build(rng, difficulty) {
    const context = rng.pick(contexts);
    const bars = difficulty === 1 ? 4 : difficulty === 2 ? 5 : 6;
    const count =
      difficulty === 1
        ? rng.pick([7, 9, 11, 13, 15])
        : rng.int(difficulty === 2 ? 10 : 18, difficulty === 2 ? 20 : 31);
    const freq = Array.from({ length: bars }, () => 1);
    for (let i = bars; i < count; i++) {
      const r = rng.int(0, bars - 1);
      freq[r] = freq[r]! + 1;
    }
    const values = freq.map((_, i) => context.first + i);
    const data = freq.flatMap((f, i) => Array.from({ length: f }, () => values[i]!));
    const answer = median(data);
    const odd = count % 2 === 1;
    const middle = odd
      ? text(`value number $${(count + 1) / 2}$`, `el valor número $${(count + 1) / 2}$`)
      : text(
          `values number $${count / 2}$ and $${count / 2 + 1}$`,
          `los valores número $${count / 2}$ y $${count / 2 + 1}$`,
        );
    return {
      stem: context.stem,
      figure: {
        kind: 'bar',
        title: context.title,
        labels: values.map((v) => text(String(v), String(v))),
        values: freq,
        axis: { min: 0, max: Math.max(...freq) + 1, label: context.who },
      },
      steps: [
        step({
          id: 'count',
          prompt: text(
            `How many ${context.who.en} are there in all?`,
            `¿Cuántos ${context.who.es} hay en total?`,
          ),
          answer: num(count),
          guidingQuestion: text(
            'What does the height of each bar tell you?',
            '¿Qué te dice la altura de cada barra?',
          ),
          hints: [
            text(
              `Each bar counts the ${context.who.en} who gave that answer.`,
              `Cada barra cuenta ${context.whoArticle.es} que dieron esa respuesta.`,
            ),
            text('Add the heights of all the bars.', 'Suma las alturas de todas las barras.'),
          ],
          misconceptions: [],
          worked: [
            text(
              `$${freq.join(' + ')} = ${count}$ ${context.who.en}`,
              `$${freq.join(' + ')} = ${count}$ ${context.who.es}`,
            ),
          ],
        }),
        step({
          id: 'median',
          prompt: text(`What is the median ${context.what.en}?`, `¿Cuál es la mediana ${context.what.es}?`),
          answer: num(answer, 0.001),
          guidingQuestion: text(
            `Imagine ${context.whoArticle.en} standing in a line in order of their answers. Who stands in the middle?`,
            `Imagina a ${context.whoArticle.es} en fila, ordenados según su respuesta. ¿Quién queda en el centro?`,
          ),
          hints: [
            text(
              'The bars are already in order from the smallest value to the largest.',
              'Las barras ya están ordenadas del valor más pequeño al más grande.',
            ),
            odd
              ? text(
                  'With an odd count, find the position in the middle of the line.',
                  'Con una cantidad impar, busca la posición del centro de la fila.',
                )
              : text(
                  'With an even count there is a pair of middle positions: find both, then the number halfway between their values.',
                  'Con una cantidad par hay un par de posiciones centrales: búscalas y toma el número a medio camino entre sus valores.',
                ),
            text(
              'Add up the bars from the left until your running total reaches that position.',
              'Suma las barras desde la izquierda hasta que el total acumulado llegue a esa posición.',
            ),
          ],
          misconceptions: [misconception('mean-for-median', num(mean(data), 0.001))],
          worked: [
            text(
              `With $${count}$ values, the middle is at ${middle.en}`,
              `Con $${count}$ valores, el centro está en ${middle.es}`,
            ),
            text(
              `Running totals: ${freq.map((_, i) => `$${freq.slice(0, i + 1).reduce((s, f) => s + f, 0)}$`).join(', ')}`,
              `Totales acumulados: ${freq.map((_, i) => `$${freq.slice(0, i + 1).reduce((s, f) => s + f, 0)}$`).join(', ')}`,
            ),
            text(`Median: $${n(answer)}$`, `Mediana: $${n(answer)}$`),
          ],
        }),
      ],
    };
  },
});
