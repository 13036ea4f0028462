import { text } from '../../../language/localized.ts';
import { n } from '../../math-format.ts';
import { defineFamily, misconception, num, step } from '../family-kit.ts';
import { mean, median, unsortedMiddle } from './statistics.ts';

interface Context {
  readonly low: number;
  readonly high: number;
  readonly stem: (list: string) => { en: string; es: string };
  readonly first: { en: string; es: string };
  readonly added: (value: number) => { en: string; es: string };
}

const contexts: readonly Context[] = [
  {
    low: 150,
    high: 195,
    stem: (list) =>
      text(
        `The players of a volleyball team measured their heights in cm: $${list}$.`,
        `Las jugadoras de un equipo de voleibol midieron su estatura en cm: $${list}$.`,
      ),
    first: text('What is the median height of the team?', '¿Cuál es la mediana de las estaturas del equipo?'),
    added: (v) =>
      text(
        `A new player who is $${v}$ cm tall joins the team. What is the median height now?`,
        `Se une al equipo una jugadora nueva que mide $${v}$ cm. ¿Cuál es ahora la mediana de las estaturas?`,
      ),
  },
  {
    low: 12,
    high: 30,
    stem: (list) =>
      text(
        `A new café sold these numbers of muffins on its first days: $${list}$.`,
        `Una cafetería nueva vendió estas cantidades de magdalenas en sus primeros días: $${list}$.`,
      ),
    first: text('What is the median number of muffins sold?', '¿Cuál es la mediana de magdalenas vendidas?'),
    added: (v) =>
      text(
        `On the next day the café sells $${v}$ muffins. What is the median for all the days now?`,
        `Al día siguiente la cafetería vende $${v}$ magdalenas. ¿Cuál es ahora la mediana de todos los días?`,
      ),
  },
  {
    low: 3,
    high: 17,
    stem: (list) =>
      text(
        `These are the ages of the cousins at a family party: $${list}$.`,
        `Estas son las edades de los primos en una fiesta familiar: $${list}$.`,
      ),
    first: text('What is the median age?', '¿Cuál es la mediana de las edades?'),
    added: (v) =>
      text(
        `A cousin aged $${v}$ arrives late. What is the median age now?`,
        `Llega tarde un primo de $${v}$ años. ¿Cuál es ahora la mediana de las edades?`,
      ),
  },
  {
    low: 40,
    high: 100,
    stem: (list) =>
      text(
        `In a science test, the marks of a small group were $${list}$ (out of $100$).`,
        `En un examen de ciencias, las notas de un grupo pequeño fueron $${list}$ (sobre $100$).`,
      ),
    first: text('What is the median mark?', '¿Cuál es la mediana de las notas?'),
    added: (v) =>
      text(
        `A student who was absent takes the test later and gets $${v}$. What is the median mark now?`,
        `Un estudiante que faltó hace el examen más tarde y saca $${v}$. ¿Cuál es ahora la mediana de las notas?`,
      ),
  },
];

/** The median of an odd list, then again after one more value joins (an even list). */
export const medianNewValueFamily = defineFamily({
  id: 'data.median.new-value',
  skillId: 'data.median',
  name: text('Median when a value is added', 'La mediana al añadir un valor'),
  build(rng, difficulty) {
    const context = rng.pick(contexts);
    const count = difficulty === 1 ? 5 : difficulty === 2 ? rng.pick([5, 7]) : 7;
    const values = Array.from({ length: count }, () => rng.int(context.low, context.high));
    // Difficulty 1 lists come in order; the others have to be sorted first.
    if (difficulty === 1) values.sort((a, b) => a - b);
    const added = rng.int(context.low, context.high);
    const more = [...values, added];
    const before = median(values);
    const after = median(more);
    const sorted = [...values].sort((a, b) => a - b);
    const sortedMore = [...more].sort((a, b) => a - b);
    // 1-based position of the middle of the odd list; the even list's middle pair is at this position and the next.
    const mid = (count + 1) / 2;
    return {
      stem: context.stem(values.join(', ')),
      steps: [
        step({
          id: 'median',
          prompt: context.first,
          answer: num(before, 0.001),
          guidingQuestion: text(
            'The median is the value in the middle. In the middle of what kind of list?',
            'La mediana es el valor del centro. ¿Del centro de qué tipo de lista?',
          ),
          hints: [
            text(
              'Write the values in order, smallest first.',
              'Escribe los valores en orden, del menor al mayor.',
            ),
            text(
              'The count is odd, so exactly one value has as many values before it as after it.',
              'La cantidad es impar, así que exactamente un valor tiene tantos valores antes como después.',
            ),
          ],
          misconceptions: [
            misconception('median-of-unsorted', num(unsortedMiddle(values), 0.001)),
            misconception('mean-for-median', num(mean(values), 0.01)),
          ],
          worked: [
            text(`In order: $${sorted.join(', ')}$`, `En orden: $${sorted.join(', ')}$`),
            text(
              `The middle value is number $${mid}$: the median is $${n(before)}$`,
              `El valor central es el número $${mid}$: la mediana es $${n(before)}$`,
            ),
          ],
        }),
        step({
          id: 'new-median',
          prompt: context.added(added),
          answer: num(after, 0.001),
          guidingQuestion: text(
            'With one more value, is there still a single value in the middle?',
            'Con un valor más, ¿sigue habiendo un único valor en el centro?',
          ),
          hints: [
            text(
              'Put the new value into the ordered list where it belongs.',
              'Coloca el valor nuevo en su sitio dentro de la lista ordenada.',
            ),
            text(
              'Now the count is even, so there is a pair of middle values.',
              'Ahora la cantidad es par, así que hay un par de valores centrales.',
            ),
            text(
              'The median is the number halfway between that pair: add them and halve the sum.',
              'La mediana es el número a medio camino entre ese par: súmalos y toma la mitad de la suma.',
            ),
          ],
          misconceptions: [
            misconception('median-of-unsorted', num(unsortedMiddle(more), 0.001)),
            misconception('mean-for-median', num(mean(more), 0.01)),
          ],
          worked: [
            text(`In order: $${sortedMore.join(', ')}$`, `En orden: $${sortedMore.join(', ')}$`),
            text(
              `Middle pair: $${sortedMore[mid - 1]}$ and $${sortedMore[mid]}$`,
              `Par central: $${sortedMore[mid - 1]}$ y $${sortedMore[mid]}$`,
            ),
            text(
              `Median: $(${sortedMore[mid - 1]} + ${sortedMore[mid]}) \\div 2 = ${n(after)}$`,
              `Mediana: $(${sortedMore[mid - 1]} + ${sortedMore[mid]}) \\div 2 = ${n(after)}$`,
            ),
          ],
        }),
      ],
    };
  },
});
