import { text } from '../../../language/localized.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';
import { median } from './statistics.ts';

/** The mean of a small data set, built so that the mean is a whole number (or a half at difficulty 3). */
export const meanFamily = defineFamily({
  id: 'data.mean.basic',
  skillId: 'data.mean',
  name: text('Find the mean', 'Calcular la media'),
  build(rng, difficulty) {
    const count = rng.int(4, difficulty === 1 ? 5 : 7);
    const values = Array.from({ length: count }, () => rng.int(1, difficulty === 1 ? 20 : 60));
    const sum0 = values.reduce((s, v) => s + v, 0);
    // NOTE: adjust the last value so the mean is whole (difficulty 3: a multiple of 1/2 is allowed).
    const unit = difficulty === 3 && count % 2 === 0 ? count / 2 : count;
    const fix = (unit - (sum0 % unit)) % unit;
    values[count - 1] = values[count - 1]! + fix;
    const sum = sum0 + fix;
    const answer = sum / count;
    const list = values.join(', ');
    return {
      stem: text(
        `A student recorded how many minutes they read each day: $${list}$.`,
        `Un estudiante anotó cuántos minutos leyó cada día: $${list}$.`,
      ),
      steps: [
        step({
          id: 'mean',
          prompt: text('What is the mean number of minutes?', '¿Cuál es la media de minutos?'),
          answer: num(answer, 0.001),
          guidingQuestion: text(
            'If the total reading time were shared equally among the days, how much would each day get?',
            'Si el tiempo total de lectura se repartiera por igual entre los días, ¿cuánto tocaría a cada día?',
          ),
          hints: [
            text('The mean is the total shared equally.', 'La media es el total repartido por igual.'),
            text('Add all the values to get the total.', 'Suma todos los valores para obtener el total.'),
            text(
              'Divide the total by how many values there are.',
              'Divide el total entre cuántos valores hay.',
            ),
          ],
          scaffolds: [
            scaffold(
              'sum',
              text('What is the total of all the values?', '¿Cuál es el total de todos los valores?'),
              num(sum),
            ),
            scaffold('count', text('How many values are there?', '¿Cuántos valores hay?'), num(count)),
          ],
          misconceptions: [
            misconception('sum-not-divided', num(sum)),
            misconception('divided-by-wrong-count', num(sum / (count - 1), 0.01)),
            misconception('median-for-mean', num(median(values), 0.001)),
          ],
        }),
      ],
    };
  },
});
