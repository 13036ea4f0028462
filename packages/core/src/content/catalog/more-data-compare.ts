import { text } from '../../language/localized.ts';
import { meanVsMedianCorrectedFamily } from '../families/data/mean-vs-median-corrected.ts';
import { meanVsMedianTypicalFamily } from '../families/data/mean-vs-median-typical.ts';
import { misleadingGraphsScaledPictureFamily } from '../families/data/misleading-graphs-scaled-picture.ts';
import type { ItemFamily } from '../item.ts';
import type { SkillExplanation } from '../skill-explanation.ts';

/** This group's further families, each a different form of its skill's problems. */
export const families: readonly ItemFamily[] = [
  meanVsMedianTypicalFamily,
  meanVsMedianCorrectedFamily,
  misleadingGraphsScaledPictureFamily,
];

/** The explanation of each of this group's skills. */
export const explanations: readonly SkillExplanation[] = [
  {
    skillId: 'data.mean-vs-median',
    text: text(
      'The mean and the median both describe a typical value of a list. The mean is the total shared out equally (add the values and divide by how many there are); the median is the middle value once the list is in order. A value far from all the others pulls the mean towards it but hardly moves the median, so when there is such a value the median usually describes a typical value better. Before trusting a mean, look for extreme values, and remember to sort the list before finding the median.',
      'La media y la mediana describen un valor típico de una lista. La media es el total repartido por igual (suma los valores y divide entre cuántos hay); la mediana es el valor central cuando la lista está ordenada. Un valor muy alejado de los demás arrastra la media hacia él, pero apenas mueve la mediana, así que cuando hay un valor así la mediana suele describir mejor un valor típico. Antes de fiarte de una media, busca valores extremos, y recuerda ordenar la lista antes de calcular la mediana.',
    ),
  },
  {
    skillId: 'data.misleading-graphs',
    text: text(
      'A graph can show correct numbers and still give a wrong impression. Check where the vertical axis starts: if it does not start at zero, a small difference looks huge. With pictures, compare areas: doubling both the width and the height of a picture makes it look four times as big, although the number only doubled. Always compare the real values (how many times as big, or by what percent) before trusting how the graph looks.',
      'Un gráfico puede mostrar números correctos y aun así dar una impresión falsa. Fíjate en dónde empieza el eje vertical: si no empieza en cero, una diferencia pequeña parece enorme. Con dibujos, compara áreas: duplicar el ancho y el alto de un dibujo lo hace parecer cuatro veces más grande, aunque el número solo se duplicó. Compara siempre los valores reales (cuántas veces más, o en qué porcentaje) antes de fiarte de cómo se ve el gráfico.',
    ),
  },
];
