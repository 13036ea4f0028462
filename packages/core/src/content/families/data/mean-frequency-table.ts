import { text } from '../../../language/localized.ts';
import { n } from '../../math-format.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';
import { median } from './statistics.ts';

interface Context {
  readonly stem: { en: string; es: string };
  readonly title: { en: string; es: string };
  readonly label: (value: number) => { en: string; es: string };
  /** What is counted (goals) and per what (match), plural. */
  readonly things: { en: string; es: string };
  readonly per: { en: string; es: string };
  readonly perOne: { en: string; es: string };
  /** Spanish gender of `things` and of `per` (true: feminine). */
  readonly fem: readonly [boolean, boolean];
}

const cuantos = (fem: boolean) => (fem ? 'cuántas' : 'cuántos');
const Cuantos = (fem: boolean) => (fem ? 'Cuántas' : 'Cuántos');
const los = (fem: boolean) => (fem ? 'las' : 'los');

const contexts: readonly Context[] = [
  {
    stem: text(
      'The table shows how many goals a football team scored in each match of its season.',
      'La tabla muestra cuántos goles marcó un equipo de fútbol en cada partido de su temporada.',
    ),
    title: text('Goals in a match: number of matches', 'Goles en un partido: número de partidos'),
    label: (v) => text(v === 1 ? '1 goal' : `${v} goals`, v === 1 ? '1 gol' : `${v} goles`),
    things: text('goals', 'goles'),
    per: text('matches', 'partidos'),
    perOne: text('match', 'partido'),
    fem: [false, false],
  },
  {
    stem: text(
      'A class was asked how many pets each student has. The table shows the answers.',
      'Se preguntó a una clase cuántas mascotas tiene cada estudiante. La tabla muestra las respuestas.',
    ),
    title: text('Pets: number of students', 'Mascotas: número de estudiantes'),
    label: (v) => text(v === 1 ? '1 pet' : `${v} pets`, v === 1 ? '1 mascota' : `${v} mascotas`),
    things: text('pets', 'mascotas'),
    per: text('students', 'estudiantes'),
    perOne: text('student', 'estudiante'),
    fem: [true, false],
  },
  {
    stem: text(
      'Some families were asked how many cars they own. The table shows how many families gave each answer.',
      'Se preguntó a unas familias cuántos coches tienen. La tabla muestra cuántas familias dieron cada respuesta.',
    ),
    title: text('Cars: number of families', 'Coches: número de familias'),
    label: (v) => text(v === 1 ? '1 car' : `${v} cars`, v === 1 ? '1 coche' : `${v} coches`),
    things: text('cars', 'coches'),
    per: text('families', 'familias'),
    perOne: text('family', 'familia'),
    fem: [false, true],
  },
  {
    stem: text(
      'A library recorded how many books each member borrowed in March. The table shows how many members borrowed each number of books.',
      'Una biblioteca anotó cuántos libros tomó prestados cada socio en marzo. La tabla muestra cuántos socios tomaron prestada cada cantidad de libros.',
    ),
    title: text('Books borrowed: number of members', 'Libros prestados: número de socios'),
    label: (v) => text(v === 1 ? '1 book' : `${v} books`, v === 1 ? '1 libro' : `${v} libros`),
    things: text('books', 'libros'),
    per: text('members', 'socios'),
    perOne: text('member', 'socio'),
    fem: [false, false],
  },
];

/** The mean from a frequency table: first the total of all the data, then the mean. */
export const meanFrequencyTableFamily = defineFamily({
  id: 'data.mean.frequency-table',
  skillId: 'data.mean',
  name: text('Mean from a frequency table', 'Media a partir de una tabla de frecuencias'),
  build(rng, difficulty) {
    const context = rng.pick(contexts);
    const rows = difficulty === 3 ? 6 : difficulty === 2 ? 5 : 4;
    // A count of 5, 10, 20, 25 or 40 makes the mean a terminating decimal.
    const count = rng.pick({ 1: [5, 10], 2: [10, 20], 3: [20, 25, 40] }[difficulty]);
    const freq = Array.from({ length: rows }, () => 1);
    for (let i = rows; i < count; i++) {
      const r = rng.int(0, rows - 1);
      freq[r] = freq[r]! + 1;
    }
    const values = freq.map((_, v) => v);
    const total = freq.reduce((s, f, v) => s + f * v, 0);
    const mean = total / count;
    const [thingsFem, perFem] = context.fem;
    const data = freq.flatMap((f, v) => Array.from({ length: f }, () => v));
    return {
      stem: context.stem,
      figure: {
        kind: 'table',
        title: context.title,
        labels: values.map(context.label),
        values: freq,
      },
      steps: [
        step({
          id: 'total',
          prompt: text(
            `How many ${context.things.en} is that altogether?`,
            `¿${Cuantos(thingsFem)} ${context.things.es} son en total?`,
          ),
          answer: num(total),
          guidingQuestion: text(
            `A row says how many ${context.per.en} had that many ${context.things.en}. How many ${context.things.en} does one row add to the total?`,
            `Una fila dice ${cuantos(perFem)} ${context.per.es} tenían esa cantidad de ${context.things.es}. ¿${Cuantos(thingsFem)} ${context.things.es} suma una fila al total?`,
          ),
          hints: [
            text(
              `In each row, multiply the number of ${context.things.en} by the number of ${context.per.en}.`,
              `En cada fila, multiplica el número de ${context.things.es} por el número de ${context.per.es}.`,
            ),
            text('Add the products of all the rows.', 'Suma los productos de todas las filas.'),
          ],
          misconceptions: [misconception('added-instead-of-multiplied', num(count))],
          worked: [
            text(
              `$${freq.map((f, v) => `${v} \\times ${f}`).join(' + ')} = ${total}$ ${context.things.en}`,
              `$${freq.map((f, v) => `${v} \\times ${f}`).join(' + ')} = ${total}$ ${context.things.es}`,
            ),
          ],
        }),
        step({
          id: 'mean',
          prompt: text(
            `What is the mean number of ${context.things.en} per ${context.perOne.en}?`,
            `¿Cuál es la media de ${context.things.es} por ${context.perOne.es}?`,
          ),
          answer: num(mean, 0.001),
          guidingQuestion: text(
            `If the total were shared equally, how many ${context.things.en} would each ${context.perOne.en} get?`,
            `Si el total se repartiera por igual, ¿${cuantos(thingsFem)} ${context.things.es} le tocarían a cada ${context.perOne.es}?`,
          ),
          hints: [
            text(
              `Count the ${context.per.en}: add up the numbers in the table.`,
              `Cuenta ${los(perFem)} ${context.per.es}: suma los números de la tabla.`,
            ),
            text(
              `Divide the total by the number of ${context.per.en}, not by the number of rows.`,
              `Divide el total entre el número de ${context.per.es}, no entre el número de filas.`,
            ),
          ],
          scaffolds: [
            scaffold(
              'count',
              text(`How many ${context.per.en} are there?`, `¿${Cuantos(perFem)} ${context.per.es} hay?`),
              num(count),
            ),
          ],
          misconceptions: [
            misconception('sum-not-divided', num(total)),
            misconception('divided-by-wrong-count', num(total / rows, 0.001)),
            misconception('median-for-mean', num(median(data), 0.001)),
          ],
          worked: [
            text(
              `${context.per.en[0]!.toUpperCase()}${context.per.en.slice(1)}: $${freq.join(' + ')} = ${count}$`,
              `${context.per.es[0]!.toUpperCase()}${context.per.es.slice(1)}: $${freq.join(' + ')} = ${count}$`,
            ),
            text(
              `Mean: $${total} \\div ${count} = ${n(mean)}$`,
              `Media: $${total} \\div ${count} = ${n(mean)}$`,
            ),
          ],
        }),
      ],
    };
  },
});
