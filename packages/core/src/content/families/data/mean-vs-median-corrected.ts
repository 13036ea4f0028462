import { type Localized, text } from '../../../language/localized.ts';
import type { Difficulty } from '../../item.ts';
import { n } from '../../math-format.ts';
import type { SeededRandom } from '../../seeded-random.ts';
import { choice, defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';
import { shuffledOptions } from './reading-options.ts';
import { mean, median, unsortedMiddle } from './statistics.ts';

interface Context {
  /** The data as recorded, with its mean and median, and the mistake found (wrong value, right value). */
  readonly stem: (
    count: number,
    list: string,
    avg: string,
    med: string,
    wrong: number,
    right: number,
  ) => Localized;
  readonly low: number;
  readonly high: number;
}

const contexts: readonly Context[] = [
  {
    stem: (count, list, avg, med, wrong, right) =>
      text(
        `A teacher typed the marks (out of $100$) of $${count}$ students into a spreadsheet: $${list}$. The spreadsheet shows a mean of $${avg}$ and a median of $${med}$. Then she notices a typing mistake: the mark $${wrong}$ should be $${right}$.`,
        `Una profesora escribió en una hoja de cálculo las notas (sobre $100$) de $${count}$ estudiantes: $${list}$. La hoja muestra una media de $${avg}$ y una mediana de $${med}$. Después se da cuenta de un error al teclear: la nota $${wrong}$ debería ser $${right}$.`,
      ),
    low: 35,
    high: 99,
  },
  {
    stem: (count, list, avg, med, wrong, right) =>
      text(
        `A shop recorded how many customers came on each of $${count}$ days: $${list}$. From these numbers the mean is $${avg}$ and the median is $${med}$. Later the owner finds a typing mistake: the day written as $${wrong}$ really had $${right}$ customers.`,
        `Una tienda anotó cuántos clientes vinieron en cada uno de $${count}$ días: $${list}$. Con estos números la media es $${avg}$ y la mediana es $${med}$. Más tarde el dueño encuentra un error al teclear: el día anotado como $${wrong}$ tuvo en realidad $${right}$ clientes.`,
      ),
    low: 21,
    high: 98,
  },
  {
    stem: (count, list, avg, med, wrong, right) =>
      text(
        `A school nurse recorded the resting heart rates, in beats per minute, of $${count}$ students: $${list}$. Her report gives a mean of $${avg}$ and a median of $${med}$. Checking her notes, she sees that one rate was copied wrongly: $${wrong}$ should be $${right}$.`,
        `Una enfermera escolar anotó el pulso en reposo, en latidos por minuto, de $${count}$ estudiantes: $${list}$. Su informe da una media de $${avg}$ y una mediana de $${med}$. Al revisar sus notas, ve que copió mal un pulso: $${wrong}$ debería ser $${right}$.`,
      ),
    low: 52,
    high: 98,
  },
];

interface Data {
  /** The list as recorded (with the mistake) and as corrected. */
  readonly typed: number[];
  readonly fixed: number[];
  readonly wrong: number;
  readonly right: number;
}

function digitsSwapped(value: number): number {
  return (value % 10) * 10 + Math.floor(value / 10);
}

/**
 * Draws a list with one mistyped value (swapped digits or an extra zero) such that both means are whole numbers,
 * the mistyped value appears once, and the mean moves at least twice as far as the median. At difficulty 1 the list comes
 * sorted and the mistake is its largest value, whose correction keeps the median where it was.
 */
function draw(rng: SeededRandom, context: Context, difficulty: Difficulty): Data {
  const count = difficulty === 1 ? 5 : difficulty === 2 ? rng.pick([5, 7]) : rng.pick([6, 8]);
  const wantMedianMove = difficulty > 1 && rng.next() < 0.5;
  // The right values whose typing mistake changes the total by a multiple of the count (so both means are whole).
  const candidates = (extraZero: boolean) =>
    Array.from({ length: context.high - context.low + 1 }, (_, i) => context.low + i).filter((right) => {
      const wrong = extraZero ? right * 10 : digitsSwapped(right);
      return (
        wrong !== right && wrong >= 10 && (wrong - right) % count === 0 && (difficulty > 1 || wrong > right)
      );
    });
  const swaps = candidates(false);
  const extraZero = swaps.length === 0 || rng.next() < (difficulty === 2 ? 0.35 : 0.5);
  const rights = extraZero ? candidates(true) : swaps;
  let last: Data | null = null;
  for (let attempt = 0; attempt < 400; attempt++) {
    const right = rng.pick(rights);
    const wrong = extraZero ? right * 10 : digitsSwapped(right);
    const others = Array.from({ length: count - 1 }, () => rng.int(context.low, context.high));
    // Nudge one other value so that the corrected total (and so the recorded one) is a multiple of the count.
    const total = others.reduce((s, v) => s + v, 0) + right;
    const fix = total % count;
    const at = others.findIndex((v) => v - fix >= context.low);
    if (at < 0) continue;
    others[at] = others[at]! - fix;
    if (others.includes(wrong)) continue;
    const typed = [...others, wrong];
    const fixed = [...others, right];
    const meanMove = Math.abs(mean(typed) - mean(fixed));
    const medianMove = Math.abs(median(typed) - median(fixed));
    if (2 * medianMove > meanMove) continue;
    if (difficulty === 1 && (Math.max(...others) >= wrong || medianMove !== 0)) continue;
    const data = shape(rng, difficulty, typed, fixed, wrong, right);
    last = data;
    if (difficulty === 1 || medianMove > 0 === wantMedianMove) return data;
  }
  if (last) return last;
  // A safe fallback: five sorted marks with the top one typed with swapped digits (never reached in practice).
  const typed = [50, 60, 61, 69, 94];
  return { typed, fixed: [50, 60, 61, 69, 49], wrong: 94, right: 49 };
}

/** Orders the recorded list for the learner: sorted at difficulty 1, shuffled otherwise (the same order after the fix). */
function shape(
  rng: SeededRandom,
  difficulty: Difficulty,
  typed: number[],
  fixed: number[],
  wrong: number,
  right: number,
): Data {
  const order =
    difficulty === 1
      ? typed.map((_, i) => i).sort((a, b) => typed[a]! - typed[b]!)
      : rng.shuffle(typed.map((_, i) => i));
  return { typed: order.map((i) => typed[i]!), fixed: order.map((i) => fixed[i]!), wrong, right };
}

/** One value of a list was mistyped: how the mean and the median change when it is corrected. */
export const meanVsMedianCorrectedFamily = defineFamily({
  id: 'data.mean-vs-median.corrected-value',
  skillId: 'data.mean-vs-median',
  name: text('Mean and median after fixing a mistake', 'Media y mediana tras corregir un error'),
  build(rng, difficulty) {
    const context = rng.pick(contexts);
    const { typed, fixed, wrong, right } = draw(rng, context, difficulty);
    const count = typed.length;
    const oldMean = mean(typed);
    const oldMedian = median(typed);
    const newMean = mean(fixed);
    const newMedian = median(fixed);
    const oldTotal = typed.reduce((s, v) => s + v, 0);
    const newTotal = fixed.reduce((s, v) => s + v, 0);
    const change = Math.abs(wrong - right);
    const down = wrong > right;
    const sorted = [...fixed].sort((a, b) => a - b);
    const mid = Math.floor(count / 2);
    const { options, id } = shuffledOptions(rng, [
      {
        key: 'right',
        text: text(
          'The mean changed more: every value counts in the total, while the median only depends on the middle of the ordered list.',
          'La media cambió más: todos los valores cuentan en el total, mientras que la mediana solo depende del centro de la lista ordenada.',
        ),
      },
      {
        key: 'median',
        text: text(
          'The median changed more: it is the measure that follows every single value.',
          'La mediana cambió más: es la medida que sigue a cada valor.',
        ),
      },
      {
        key: 'same',
        text: text(
          'Both changed by the same amount, because the same value was corrected.',
          'Las dos cambiaron lo mismo, porque se corrigió el mismo valor.',
        ),
      },
    ]);
    return {
      stem: context.stem(count, typed.join(', '), n(oldMean), n(oldMedian), wrong, right),
      steps: [
        step({
          id: 'mean',
          prompt: text('What is the correct mean?', '¿Cuál es la media correcta?'),
          answer: num(newMean, 0.001),
          guidingQuestion: text(
            'When one value is corrected, what happens to the total of all the values?',
            'Cuando se corrige un valor, ¿qué le pasa al total de todos los valores?',
          ),
          hints: [
            down
              ? text(
                  'The total goes down by the difference between the wrong value and the right one.',
                  'El total baja en la diferencia entre el valor equivocado y el correcto.',
                )
              : text(
                  'The total goes up by the difference between the right value and the wrong one.',
                  'El total sube en la diferencia entre el valor correcto y el equivocado.',
                ),
            text(
              'That change is shared among all the values, so divide it by how many values there are before you adjust the mean.',
              'Ese cambio se reparte entre todos los valores, así que divídelo entre cuántos valores hay antes de ajustar la media.',
            ),
          ],
          scaffolds: [
            scaffold(
              'total-change',
              text(
                down
                  ? 'By how much does the total go down when the mistake is fixed?'
                  : 'By how much does the total go up when the mistake is fixed?',
                down
                  ? '¿Cuánto baja el total al corregir el error?'
                  : '¿Cuánto sube el total al corregir el error?',
              ),
              num(change),
            ),
          ],
          misconceptions: [
            misconception('sum-not-divided', num(newTotal)),
            misconception('divided-by-wrong-count', num(newTotal / (count - 1), 0.01)),
            misconception('median-for-mean', num(newMedian, 0.001)),
          ],
          worked: [
            text(
              `The total changes by $${Math.max(wrong, right)} - ${Math.min(wrong, right)} = ${change}$: from $${oldTotal}$ to $${newTotal}$`,
              `El total cambia en $${Math.max(wrong, right)} - ${Math.min(wrong, right)} = ${change}$: de $${oldTotal}$ a $${newTotal}$`,
            ),
            text(
              `Correct mean: $${newTotal} \\div ${count} = ${n(newMean)}$ (it moved by $${change} \\div ${count} = ${n(change / count)}$)`,
              `Media correcta: $${newTotal} \\div ${count} = ${n(newMean)}$ (se movió $${change} \\div ${count} = ${n(change / count)}$)`,
            ),
          ],
        }),
        step({
          id: 'median',
          prompt: text('What is the correct median?', '¿Cuál es la mediana correcta?'),
          answer: num(newMedian, 0.001),
          guidingQuestion: text(
            'Where does the corrected value go in the ordered list, and does the middle of the list change?',
            '¿Dónde va el valor corregido en la lista ordenada? ¿Cambia el centro de la lista?',
          ),
          hints: [
            text(
              'Write the corrected list in order, smallest first.',
              'Escribe la lista corregida en orden, de menor a mayor.',
            ),
            text(
              'Check whether the corrected value stays on the same side of the middle as before.',
              'Comprueba si el valor corregido se queda del mismo lado del centro que antes.',
            ),
            count % 2 === 1
              ? text(
                  'The count is odd, so the median is the single value in the middle.',
                  'La cantidad es impar, así que la mediana es el único valor del centro.',
                )
              : text(
                  'The count is even, so the median is halfway between the middle pair.',
                  'La cantidad es par, así que la mediana está a medio camino entre el par central.',
                ),
          ],
          misconceptions: [
            misconception('median-of-unsorted', num(unsortedMiddle(fixed), 0.001)),
            misconception('mean-for-median', num(newMean, 0.001)),
          ],
          worked: [
            text(
              `Corrected list in order: $${sorted.join(', ')}$`,
              `Lista corregida en orden: $${sorted.join(', ')}$`,
            ),
            count % 2 === 1
              ? text(`The middle value is $${n(newMedian)}$`, `El valor central es $${n(newMedian)}$`)
              : text(
                  `Median: $(${sorted[mid - 1]} + ${sorted[mid]}) \\div 2 = ${n(newMedian)}$`,
                  `Mediana: $(${sorted[mid - 1]} + ${sorted[mid]}) \\div 2 = ${n(newMedian)}$`,
                ),
            newMedian === oldMedian
              ? text(
                  `The median stays at $${n(oldMedian)}$: the middle of the ordered list has not changed.`,
                  `La mediana sigue en $${n(oldMedian)}$: el centro de la lista ordenada no ha cambiado.`,
                )
              : text(
                  `The median moves from $${n(oldMedian)}$ to $${n(newMedian)}$: the correction changed the middle of the ordered list.`,
                  `La mediana pasa de $${n(oldMedian)}$ a $${n(newMedian)}$: la corrección cambió el centro de la lista ordenada.`,
                ),
          ],
        }),
        step({
          id: 'which',
          prompt: text('Which measure did the mistake change more?', '¿Qué medida cambió más por el error?'),
          answer: choice(options, id.right!),
          guidingQuestion: text(
            'Compare how far each measure moved from the values first given to your corrected ones.',
            'Compara cuánto se movió cada medida desde los valores que se dieron primero hasta tus valores corregidos.',
          ),
          hints: [
            text(
              'Subtract to see how far the mean moved, then do the same for the median.',
              'Resta para ver cuánto se movió la media y haz lo mismo con la mediana.',
            ),
            text(
              'Think about which measure uses the size of every value, and which one only uses the middle of the ordered list.',
              'Piensa en qué medida usa el tamaño de cada valor y cuál usa solo el centro de la lista ordenada.',
            ),
          ],
          misconceptions: [
            misconception('outlier-pulls-mean', choice(options, id.median!)),
            misconception('outlier-pulls-mean', choice(options, id.same!)),
          ],
          worked: [
            text(
              `The mean moved by $${n(Math.abs(oldMean - newMean))}$ and the median by $${n(Math.abs(oldMedian - newMedian))}$.`,
              `La media se movió $${n(Math.abs(oldMean - newMean))}$ y la mediana $${n(Math.abs(oldMedian - newMedian))}$.`,
            ),
            text(
              'Every value is part of the total, so a wrong value far from the others pulls the mean; the median only looks at the middle.',
              'Todos los valores forman parte del total, así que un valor equivocado y lejano arrastra la media; la mediana solo mira el centro.',
            ),
          ],
        }),
      ],
    };
  },
});
