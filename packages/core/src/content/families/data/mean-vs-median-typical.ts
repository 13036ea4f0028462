import { type Localized, text } from '../../../language/localized.ts';
import { n } from '../../math-format.ts';
import { choice, defineFamily, misconception, num, step } from '../family-kit.ts';
import { shuffledOptions } from './reading-options.ts';
import { mean, median, unsortedMiddle } from './statistics.ts';

interface Context {
  readonly stem: (count: number, list: string) => Localized;
  /** "What is the mean …?" and "What is the median …?", and the values as "all the salaries" and "these salaries". */
  readonly meanPrompt: Localized;
  readonly medianPrompt: Localized;
  readonly all: Localized;
  readonly these: Localized;
  /** Range and rounding of the typical values, and of the one value far from them. */
  readonly low: number;
  readonly high: number;
  readonly outlierLow: number;
  readonly outlierHigh: number;
  readonly step: number;
}

const contexts: readonly Context[] = [
  {
    stem: (count, list) =>
      text(
        `The monthly salaries, in dollars, of the $${count}$ people who work at a small bakery, the owner included: $${list}$.`,
        `Los salarios mensuales, en dólares, de las $${count}$ personas que trabajan en una pequeña panadería, incluida la dueña: $${list}$.`,
      ),
    meanPrompt: text('What is the mean salary?', '¿Cuál es la media de los salarios?'),
    medianPrompt: text('What is the median salary?', '¿Cuál es la mediana de los salarios?'),
    all: text('all the salaries', 'todos los salarios'),
    these: text('these salaries', 'estos salarios'),
    low: 15,
    high: 26,
    outlierLow: 70,
    outlierHigh: 120,
    step: 100,
  },
  {
    stem: (count, list) =>
      text(
        `Prices, in thousands of dollars, of the $${count}$ houses sold on one street last year: $${list}$.`,
        `Precios, en miles de dólares, de las $${count}$ casas vendidas en una calle el año pasado: $${list}$.`,
      ),
    meanPrompt: text('What is the mean price?', '¿Cuál es la media de los precios?'),
    medianPrompt: text('What is the median price?', '¿Cuál es la mediana de los precios?'),
    all: text('all the prices', 'todos los precios'),
    these: text('these prices', 'estos precios'),
    low: 36,
    high: 64,
    outlierLow: 170,
    outlierHigh: 280,
    step: 5,
  },
  {
    stem: (count, list) =>
      text(
        `The $${count}$ members of a study group wrote down how many minutes it takes them to get to school: $${list}$.`,
        `Los $${count}$ miembros de un grupo de estudio anotaron cuántos minutos tardan en llegar al colegio: $${list}$.`,
      ),
    meanPrompt: text('What is the mean time?', '¿Cuál es la media de los tiempos?'),
    medianPrompt: text('What is the median time?', '¿Cuál es la mediana de los tiempos?'),
    all: text('all the times', 'todos los tiempos'),
    these: text('these times', 'estos tiempos'),
    low: 8,
    high: 30,
    outlierLow: 80,
    outlierHigh: 115,
    step: 1,
  },
  {
    stem: (count, list) =>
      text(
        `A lemonade stand at a summer fair was open for $${count}$ days. These are the numbers of cups it sold each day: $${list}$.`,
        `Un puesto de limonada de una feria de verano abrió $${count}$ días. Estas son las cantidades de vasos que vendió cada día: $${list}$.`,
      ),
    meanPrompt: text(
      'What is the mean number of cups sold per day?',
      '¿Cuál es la media de vasos vendidos por día?',
    ),
    medianPrompt: text(
      'What is the median number of cups sold per day?',
      '¿Cuál es la mediana de vasos vendidos por día?',
    ),
    all: text('all the daily sales', 'todas las ventas diarias'),
    these: text('these daily sales', 'estas ventas diarias'),
    low: 45,
    high: 60,
    outlierLow: 0,
    outlierHigh: 4,
    step: 1,
  },
];

/**
 * Salaries, house prices, journey times or battery lives with one value far from the rest: the mean, the median,
 * then which of them describes a typical value, with the reason, as a choice.
 */
export const meanVsMedianTypicalFamily = defineFamily({
  id: 'data.mean-vs-median.typical-choice',
  skillId: 'data.mean-vs-median',
  name: text('Mean, median, and which one is typical', 'Media, mediana y cuál es la típica'),
  build(rng, difficulty) {
    const context = rng.pick(contexts);
    const count = difficulty === 1 ? 5 : difficulty === 2 ? 7 : 8;
    const high = context.outlierLow > context.high;
    let values: number[] = [];
    let outlier = 0;
    // Draw until the far value pulls the mean past every typical value (at most a few tries).
    for (let attempt = 0; attempt < 50; attempt++) {
      const typical = Array.from({ length: count - 1 }, () => rng.int(context.low, context.high));
      const far = rng.int(context.outlierLow, context.outlierHigh);
      // Make the total a multiple of the count, so the mean is exact, by moving the far value a little.
      const total = typical.reduce((s, v) => s + v, 0) + far;
      const fix = (count - (total % count)) % count;
      const farFixed = far + fix;
      values = [...typical, farFixed].map((v) => v * context.step);
      outlier = farFixed * context.step;
      const avg = mean(values);
      const others = values.slice(0, -1);
      if (high ? avg > Math.max(...others) : avg < Math.min(...others)) break;
    }
    if (difficulty === 1) values.sort((a, b) => a - b);
    else values = rng.shuffle(values);
    const avg = mean(values);
    const med = median(values);
    const total = values.reduce((s, v) => s + v, 0);
    const sorted = [...values].sort((a, b) => a - b);
    const list = values.join(', ');
    const mid = count / 2;
    // How many values lie beyond the mean, on the side of the far value.
    const beyond = values.filter((v) => (high ? v > avg : v < avg)).length;
    const { options, id } = shuffledOptions(rng, [
      {
        key: 'right',
        text: text(
          'The median: one value is far from all the others and pulls the mean towards it, while the median stays among the typical values.',
          'La mediana: un valor está muy lejos de todos los demás y arrastra la media hacia él, mientras que la mediana se queda entre los valores típicos.',
        ),
      },
      {
        key: 'every',
        text: text(
          'The mean: it uses every value in the list, so it always describes a typical value best.',
          'La media: usa todos los valores de la lista, así que siempre describe mejor un valor típico.',
        ),
      },
      {
        key: 'close',
        text: text(
          'Either one: the far value moves the mean and the median by the same amount.',
          'Cualquiera de las dos: el valor lejano mueve la media y la mediana lo mismo.',
        ),
      },
    ]);
    return {
      stem: context.stem(count, list),
      steps: [
        step({
          id: 'mean',
          prompt: context.meanPrompt,
          answer: num(avg, 0.001),
          guidingQuestion: text(
            'If the total were shared out equally, how much would each one get?',
            'Si el total se repartiera por igual, ¿cuánto le tocaría a cada uno?',
          ),
          hints: [
            text(`Add ${context.all.en} to get the total.`, `Suma ${context.all.es} para obtener el total.`),
            text(
              'Divide the total by how many values there are in the list.',
              'Divide el total entre cuántos valores hay en la lista.',
            ),
          ],
          misconceptions: [
            misconception('sum-not-divided', num(total)),
            misconception('divided-by-wrong-count', num(total / (count - 1), 0.01)),
            misconception('median-for-mean', num(med, 0.001)),
          ],
          worked: [
            text(`Total: $${values.join(' + ')} = ${total}$`, `Total: $${values.join(' + ')} = ${total}$`),
            text(
              `Mean: $${total} \\div ${count} = ${n(avg)}$`,
              `Media: $${total} \\div ${count} = ${n(avg)}$`,
            ),
          ],
        }),
        step({
          id: 'median',
          prompt: context.medianPrompt,
          answer: num(med, 0.001),
          guidingQuestion: text(
            'Which value has as many values below it as above it?',
            '¿Qué valor tiene tantos valores por debajo como por encima?',
          ),
          hints: [
            text(
              'Write the values in order, smallest first.',
              'Escribe los valores en orden, del menor al mayor.',
            ),
            count % 2 === 1
              ? text(
                  'The count is odd, so a single value sits exactly in the middle.',
                  'La cantidad es impar, así que un único valor queda justo en el centro.',
                )
              : text(
                  'The count is even, so find the middle pair and the number halfway between them.',
                  'La cantidad es par, así que busca el par central y el número a medio camino entre ellos.',
                ),
          ],
          misconceptions: [
            misconception('median-of-unsorted', num(unsortedMiddle(values), 0.001)),
            misconception('mean-for-median', num(avg, 0.001)),
          ],
          worked: [
            text(`In order: $${sorted.join(', ')}$`, `En orden: $${sorted.join(', ')}$`),
            count % 2 === 1
              ? text(
                  `The middle value is number $${(count + 1) / 2}$: the median is $${n(med)}$`,
                  `El valor central es el número $${(count + 1) / 2}$: la mediana es $${n(med)}$`,
                )
              : text(
                  `Middle pair $${sorted[mid - 1]}$ and $${sorted[mid]}$: the median is $(${sorted[mid - 1]} + ${sorted[mid]}) \\div 2 = ${n(med)}$`,
                  `Par central $${sorted[mid - 1]}$ y $${sorted[mid]}$: la mediana es $(${sorted[mid - 1]} + ${sorted[mid]}) \\div 2 = ${n(med)}$`,
                ),
          ],
        }),
        step({
          id: 'typical',
          prompt: text(
            `Which measure better describes a typical value of ${context.these.en}, and why?`,
            `¿Qué medida describe mejor un valor típico de ${context.these.es}, y por qué?`,
          ),
          answer: choice(options, id.right!),
          guidingQuestion: text(
            'How many of the values are close to each measure you found?',
            '¿Cuántos de los valores están cerca de cada medida que calculaste?',
          ),
          hints: [
            text(
              'Look for a value that is far away from all the others.',
              'Busca un valor que esté muy lejos de todos los demás.',
            ),
            text(
              'Count how many values are above the mean and how many are below it.',
              'Cuenta cuántos valores quedan por encima de la media y cuántos por debajo.',
            ),
            text(
              'Ask which measure would hardly move if that far value were changed.',
              'Pregúntate qué medida apenas se movería si cambiara ese valor lejano.',
            ),
          ],
          misconceptions: [
            misconception('outlier-pulls-mean', choice(options, id.every!)),
            misconception('outlier-pulls-mean', choice(options, id.close!)),
          ],
          worked: [
            high
              ? text(
                  `Only $${beyond}$ of the $${count}$ values ${beyond === 1 ? 'is' : 'are'} above the mean, $${n(avg)}$: the value $${outlier}$ pulls it up.`,
                  `Solo $${beyond}$ de los $${count}$ valores ${beyond === 1 ? 'queda' : 'quedan'} por encima de la media, $${n(avg)}$: el valor $${outlier}$ la arrastra hacia arriba.`,
                )
              : text(
                  `Only $${beyond}$ of the $${count}$ values ${beyond === 1 ? 'is' : 'are'} below the mean, $${n(avg)}$: the value $${outlier}$ pulls it down.`,
                  `Solo $${beyond}$ de los $${count}$ valores ${beyond === 1 ? 'queda' : 'quedan'} por debajo de la media, $${n(avg)}$: el valor $${outlier}$ la arrastra hacia abajo.`,
                ),
            text(
              `The median, $${n(med)}$, sits among the other values, so it describes a typical value better.`,
              `La mediana, $${n(med)}$, queda entre los demás valores, así que describe mejor un valor típico.`,
            ),
          ],
        }),
      ],
    };
  },
});
