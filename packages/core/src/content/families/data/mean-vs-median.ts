import { text } from '../../../language/localized.ts';
import { choice, defineFamily, misconception, num, step } from '../family-kit.ts';
import { mean, median } from './statistics.ts';

const measureOptions = [
  { id: 'a', text: text('The mean', 'La media') },
  { id: 'b', text: text('The median', 'La mediana') },
];

/** An outlier pulls the mean: compute the mean, then choose the more typical measure. */
export const meanVsMedianFamily = defineFamily({
  id: 'data.mean-vs-median.outlier',
  skillId: 'data.mean-vs-median',
  name: text('Choose between mean and median', 'Elegir entre media y mediana'),
  build(rng, difficulty) {
    const count = difficulty === 1 ? 4 : 6;
    const typical = Array.from({ length: count }, () => rng.int(20, 40));
    const outlier = rng.int(8, difficulty === 3 ? 30 : 15) * 20;
    const values = rng.shuffle([...typical, outlier]);
    const total = values.reduce((s, v) => s + v, 0);
    const fix = (values.length - (total % values.length)) % values.length;
    const at = values.indexOf(outlier);
    values[at] = outlier + fix;
    const avg = mean(values);
    const list = values.join(', ');
    return {
      stem: text(
        `Weekly pocket money, in dollars, of ${values.length} friends: $${list}$.`,
        `Paga semanal, en dólares, de ${values.length} amigos: $${list}$.`,
      ),
      steps: [
        step({
          id: 'mean',
          prompt: text('What is the mean?', '¿Cuál es la media?'),
          answer: num(avg, 0.001),
          guidingQuestion: text('How do you share a total equally?', '¿Cómo se reparte un total por igual?'),
          hints: [
            text('Add all the amounts.', 'Suma todas las cantidades.'),
            text('Divide the total by the number of friends.', 'Divide el total entre el número de amigos.'),
          ],
          misconceptions: [
            misconception('sum-not-divided', num(avg * values.length)),
            misconception('median-for-mean', num(median(values), 0.001)),
          ],
        }),
        step({
          id: 'typical',
          prompt: text(
            'Which measure better describes what a typical friend gets?',
            '¿Qué medida describe mejor lo que recibe un amigo típico?',
          ),
          answer: choice(measureOptions, 'b'),
          guidingQuestion: text(
            'Is the mean close to what most of the friends get? Why or why not?',
            '¿La media se parece a lo que recibe la mayoría de los amigos? ¿Por qué?',
          ),
          hints: [
            text('Look for a value far away from the others.', 'Busca un valor muy alejado de los demás.'),
            text(
              'Ask which measure changes a lot when that one value changes.',
              'Pregúntate qué medida cambia mucho cuando cambia ese único valor.',
            ),
          ],
          misconceptions: [misconception('outlier-pulls-mean', choice(measureOptions, 'a'))],
        }),
      ],
    };
  },
});
