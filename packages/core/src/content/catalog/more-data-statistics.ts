import { text } from '../../language/localized.ts';
import { meanFrequencyTableFamily } from '../families/data/mean-frequency-table.ts';
import { meanMissingValueFamily } from '../families/data/mean-missing-value.ts';
import { medianBarChartFamily } from '../families/data/median-bar-chart.ts';
import { medianNewValueFamily } from '../families/data/median-new-value.ts';
import { percentChangeBarChartFamily } from '../families/data/percent-change-bar-chart.ts';
import { percentChangeWrongBaseFamily } from '../families/data/percent-change-wrong-base.ts';
import { percentOfCheckWorkFamily } from '../families/data/percent-of-check-work.ts';
import { percentOfSaleFamily } from '../families/data/percent-of-sale.ts';
import type { ItemFamily } from '../item.ts';
import type { SkillExplanation } from '../skill-explanation.ts';

/** Further item families of this group's skills (each skill has at least three families in all). */
export const families: readonly ItemFamily[] = [
  percentOfSaleFamily,
  percentOfCheckWorkFamily,
  percentChangeBarChartFamily,
  percentChangeWrongBaseFamily,
  meanMissingValueFamily,
  meanFrequencyTableFamily,
  medianBarChartFamily,
  medianNewValueFamily,
];

/** The explanation of each of this group's skills. */
export const explanations: readonly SkillExplanation[] = [
  {
    skillId: 'data.percent-of',
    text: text(
      'A percent is a number of hundredths: $p\\%$ means $p$ out of every $100$. To find $p\\%$ of an amount, write the percent as a decimal (divide $p$ by $100$) and multiply it by the amount. Check the size: a percent below $100\\%$ gives less than the whole amount, and $50\\%$ is half of it.',
      'Un porcentaje es una cantidad de centésimas: $p\\%$ significa $p$ de cada $100$. Para calcular el $p\\%$ de una cantidad, escribe el porcentaje como decimal (divide $p$ entre $100$) y multiplícalo por la cantidad. Comprueba el tamaño: un porcentaje menor que el $100\\%$ da menos que la cantidad entera, y el $50\\%$ es la mitad.',
    ),
  },
  {
    skillId: 'data.percent-change',
    text: text(
      'A percent change says how big a change is compared with the value you started from. First find the change (the larger value minus the smaller one), then divide it by the original value, not the new one, and write that decimal as a percent. Say whether it is an increase or a decrease.',
      'Un cambio porcentual dice cuánto es un cambio comparado con el valor del que partías. Primero calcula el cambio (el valor mayor menos el menor), después divídelo entre el valor original, no entre el nuevo, y escribe ese decimal como porcentaje. Di si es un aumento o una disminución.',
    ),
  },
  {
    skillId: 'data.mean',
    text: text(
      'The mean is what each value would be if the total were shared out equally. To find it, add all the values and divide the total by how many values there are. Going backwards works too: the mean times the number of values gives the total.',
      'La media es lo que valdría cada dato si el total se repartiera por igual. Para calcularla, suma todos los valores y divide el total entre cuántos valores hay. También funciona al revés: la media por el número de valores da el total.',
    ),
  },
];
