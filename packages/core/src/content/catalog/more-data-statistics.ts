import { text } from '../../language/localized.ts';
import { percentOfCheckWorkFamily } from '../families/data/percent-of-check-work.ts';
import { percentOfSaleFamily } from '../families/data/percent-of-sale.ts';
import type { ItemFamily } from '../item.ts';
import type { SkillExplanation } from '../skill-explanation.ts';

/** Further item families of this group's skills (each skill has at least three families in all). */
export const families: readonly ItemFamily[] = [percentOfSaleFamily, percentOfCheckWorkFamily];

/** The explanation of each of this group's skills. */
export const explanations: readonly SkillExplanation[] = [
  {
    skillId: 'data.percent-of',
    text: text(
      'A percent is a number of hundredths: $p\\%$ means $p$ out of every $100$. To find $p\\%$ of an amount, write the percent as a decimal (divide $p$ by $100$) and multiply it by the amount. Check the size: a percent below $100\\%$ gives less than the whole amount, and $50\\%$ is half of it.',
      'Un porcentaje es una cantidad de centésimas: $p\\%$ significa $p$ de cada $100$. Para calcular el $p\\%$ de una cantidad, escribe el porcentaje como decimal (divide $p$ entre $100$) y multiplícalo por la cantidad. Comprueba el tamaño: un porcentaje menor que el $100\\%$ da menos que la cantidad entera, y el $50\\%$ es la mitad.',
    ),
  },
];
