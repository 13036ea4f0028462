import { text } from '../../../language/localized.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';
import { mean, median, unsortedMiddle } from './statistics.ts';

/** The median of an unsorted list (odd count; even count from difficulty 2). */
export const medianFamily = defineFamily({
  id: 'data.median.basic',
  skillId: 'data.median',
  name: text('Find the median', 'Calcular la mediana'),
  build(rng, difficulty) {
    const even = difficulty === 3 || (difficulty === 2 && rng.next() < 0.5);
    const count = even ? rng.pick([4, 6]) : rng.pick([5, 7]);
    const values = Array.from({ length: count }, () => rng.int(1, difficulty === 1 ? 30 : 90));
    const answer = median(values);
    const list = values.join(', ');
    return {
      stem: text(
        `These are the heights, in centimetres, of some seedlings: $${list}$.`,
        `Estas son las alturas, en centímetros, de unas plántulas: $${list}$.`,
      ),
      steps: [
        step({
          id: 'median',
          prompt: text('What is the median height?', '¿Cuál es la mediana de las alturas?'),
          answer: num(answer, 0.001),
          guidingQuestion: text(
            'The median is the middle value. Middle of what kind of list?',
            'La mediana es el valor central. ¿Central en qué tipo de lista?',
          ),
          hints: [
            text(
              'Write the values in order from smallest to largest.',
              'Escribe los valores en orden de menor a mayor.',
            ),
            text(
              'Count how many values there are and find the middle position.',
              'Cuenta cuántos valores hay y busca la posición central.',
            ),
            even
              ? text(
                  'With an even number of values there is a pair of middle values: take the number halfway between them.',
                  'Con un número par de valores hay un par de valores centrales: toma el número que está a medio camino entre ellos.',
                )
              : text(
                  'With an odd number of values, exactly one value sits in the middle.',
                  'Con un número impar de valores, hay exactamente un valor en el centro.',
                ),
          ],
          scaffolds: [
            scaffold('count', text('How many values are there?', '¿Cuántos valores hay?'), num(count)),
            scaffold(
              'smallest',
              text('After sorting, which value comes first?', 'Después de ordenar, ¿qué valor va primero?'),
              num(Math.min(...values)),
            ),
          ],
          misconceptions: [
            misconception('median-of-unsorted', num(unsortedMiddle(values), 0.001)),
            misconception('mean-for-median', num(mean(values), 0.01)),
          ],
        }),
      ],
    };
  },
});
