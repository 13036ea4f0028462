import { text } from '../../language/localized.ts';
import { misleadingGraphsStretchedLineFamily } from '../families/data/misleading-graphs-stretched-line.ts';
import { pieChartFromSliceFamily } from '../families/data/pie-chart-from-slice.ts';
import { pieChartShareFamily } from '../families/data/pie-chart-share.ts';
import { readBarChartClaimsFamily } from '../families/data/read-bar-chart-claims.ts';
import { readBarChartTotalFamily } from '../families/data/read-bar-chart-total.ts';
import { readLineGraphBiggestRiseFamily } from '../families/data/read-line-graph-biggest-rise.ts';
import { readLineGraphJourneyFamily } from '../families/data/read-line-graph-journey.ts';
import type { ItemFamily } from '../item.ts';
import type { SkillExplanation } from '../skill-explanation.ts';

/** Further item families of this group's skills (each skill has at least three families in all). */
export const families: readonly ItemFamily[] = [
  readBarChartTotalFamily,
  readBarChartClaimsFamily,
  readLineGraphBiggestRiseFamily,
  readLineGraphJourneyFamily,
  pieChartShareFamily,
  pieChartFromSliceFamily,
  misleadingGraphsStretchedLineFamily,
];

/** The explanation of each of this group's skills. */
export const explanations: readonly SkillExplanation[] = [
  {
    skillId: 'data.read-bar-chart',
    text: text(
      'In a bar chart, each bar stands for one category, and its height shows how many there are. To read a bar, follow its top straight across to the vertical axis and read the number there. To compare two bars, read both: "how many more" is the larger value minus the smaller, and "altogether" is the sum.',
      'En un gráfico de barras, cada barra representa una categoría y su altura indica cuántos hay. Para leer una barra, sigue su parte de arriba en línea recta hasta el eje vertical y lee el número. Para comparar dos barras, lee las dos: "cuántos más" es el valor mayor menos el menor, y "en total" es la suma.',
    ),
  },
  {
    skillId: 'data.read-line-graph',
    text: text(
      'A line graph shows how something changes over time: time runs along the bottom and the value goes up the side. Read a point by looking straight across to the vertical axis. The change between two times is the later value minus the earlier value, so it is positive when the line goes up and negative when it goes down; the steeper the line, the bigger the change.',
      'Un gráfico de líneas muestra cómo cambia algo con el tiempo: el tiempo va en el eje horizontal y el valor en el vertical. Para leer un punto, mira en línea recta hasta el eje vertical. El cambio entre dos momentos es el valor posterior menos el anterior, así que es positivo si la línea sube y negativo si baja; cuanto más empinada es la línea, mayor es el cambio.',
    ),
  },
  {
    skillId: 'data.pie-chart',
    text: text(
      'A pie chart shows how a whole is split into parts: the full circle is the whole, $100\\%$, and each slice is a share of it. To turn a slice into a count, write its percent as a decimal and multiply it by the whole. To go the other way, divide the slice by the whole and multiply by $100$. If you know what one slice is worth, you can work back to the whole.',
      'Un gráfico circular muestra cómo se reparte un total en partes: el círculo entero es el total, el $100\\%$, y cada porción es una parte de él. Para convertir una porción en una cantidad, escribe su porcentaje como decimal y multiplícalo por el total. Para ir al revés, divide la porción entre el total y multiplica por $100$. Si sabes cuánto vale una porción, puedes llegar hasta el total.',
    ),
  },
];
