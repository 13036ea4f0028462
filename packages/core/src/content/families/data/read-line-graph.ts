import { text } from '../../../language/localized.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const months = [
  text('January', 'enero'),
  text('February', 'febrero'),
  text('March', 'marzo'),
  text('April', 'abril'),
  text('May', 'mayo'),
  text('June', 'junio'),
];

/** Reading a line graph: the change between two months (negative for a decrease). */
export const readLineGraphFamily = defineFamily({
  id: 'data.read-line-graph.change',
  skillId: 'data.read-line-graph',
  name: text('Read a line graph', 'Leer un gráfico de líneas'),
  build(rng, difficulty) {
    const scale = difficulty === 1 ? 1 : 10;
    const values: number[] = [rng.int(10, 40) * scale];
    for (let k = 1; k < months.length; k++)
      values.push(Math.max(scale, values[k - 1]! + rng.int(-8, 8) * scale));
    const from = rng.int(0, months.length - 2);
    const to = rng.int(from + 1, months.length - 1);
    if (values[to] === values[from]) values[to] = values[to]! + 3 * scale;
    // NOTE: at difficulty 1 the change is always an increase, so no negative numbers are needed yet.
    if (difficulty === 1 && values[to]! < values[from]!)
      [values[from], values[to]] = [values[to]!, values[from]!];
    const change = values[to]! - values[from]!;
    const [start, end] = [months[from]!, months[to]!];
    return {
      stem: text(
        'The line graph shows the average number of visitors per day to a park, month by month.',
        'El gráfico de líneas muestra el promedio de visitantes por día de un parque, mes a mes.',
      ),
      figure: {
        kind: 'line',
        title: text('Park visitors per day', 'Visitantes del parque por día'),
        labels: months,
        values,
        axis: {
          min: 0,
          max: Math.max(...values) + 5 * scale,
          label: text('people per day', 'personas por día'),
        },
      },
      steps: [
        step({
          id: 'change',
          prompt: text(
            `What was the change from ${start.en} to ${end.en}? (Use a negative number for a decrease.)`,
            `¿Cuál fue el cambio de ${start.es} a ${end.es}? (Usa un número negativo si disminuyó.)`,
          ),
          answer: num(change),
          guidingQuestion: text(
            'Between those months, did the line go up or down? What does that tell you about the sign?',
            'Entre esos meses, ¿la línea sube o baja? ¿Qué te dice eso sobre el signo?',
          ),
          hints: [
            text(
              'Find the points on the line for those months.',
              'Busca los puntos de la línea para esos meses.',
            ),
            text(
              'Read the value of each point on the vertical axis.',
              'Lee el valor de cada punto en el eje vertical.',
            ),
            text(
              'Change is the later value minus the earlier value.',
              'El cambio es el valor posterior menos el anterior.',
            ),
          ],
          scaffolds: [
            scaffold(
              'start',
              text(`What is the value in ${start.en}?`, `¿Cuál es el valor en ${start.es}?`),
              num(values[from]!),
            ),
            scaffold(
              'end',
              text(`What is the value in ${end.en}?`, `¿Cuál es el valor en ${end.es}?`),
              num(values[to]!),
            ),
          ],
          misconceptions: [
            misconception('reversed-change', num(-change)),
            misconception('read-one-value-only', num(values[to]!)),
          ],
        }),
      ],
    };
  },
});
