import { text } from '../../language/localized.ts';
import { fractionDecimalPercentCompareFamily } from '../families/data/fraction-decimal-percent-compare.ts';
import { fractionDecimalPercentToFractionFamily } from '../families/data/fraction-decimal-percent-to-fraction.ts';
import type { ItemFamily } from '../item.ts';
import type { SkillExplanation } from '../skill-explanation.ts';

/** This group's further families, each a different form of its skill's problems. */
export const families: readonly ItemFamily[] = [
  fractionDecimalPercentCompareFamily,
  fractionDecimalPercentToFractionFamily,
];

/** The explanation of each of this group's skills. */
export const explanations: readonly SkillExplanation[] = [
  {
    skillId: 'data.fraction-decimal-percent',
    text: text(
      'Fractions, decimals and percents are three ways of writing the same amount: $\\frac{3}{4}$, $0.75$ and $75\\%$ are equal. To turn a fraction into a decimal, divide the top by the bottom; to turn a decimal into a percent, multiply it by $100$. Going back, a percent is a number of hundredths, so $p\\%$ is $\\frac{p}{100}$, which you then simplify by dividing the top and the bottom by their greatest common factor. To compare amounts written in different forms, first write them all in the same form, for example as percents. Avoid the common slip of stopping at the decimal and calling it a percent: $0.75$ is $75\\%$, not $0.75\\%$.',
      'Las fracciones, los decimales y los porcentajes son tres maneras de escribir la misma cantidad: $\\frac{3}{4}$, $0.75$ y $75\\%$ son iguales. Para pasar de fracción a decimal, divide el numerador entre el denominador; para pasar de decimal a porcentaje, multiplícalo por $100$. Al revés, un porcentaje es una cantidad de centésimas, así que $p\\%$ es $\\frac{p}{100}$, que luego simplificas dividiendo el numerador y el denominador entre su máximo común divisor. Para comparar cantidades escritas de formas distintas, escríbelas primero todas de la misma forma, por ejemplo como porcentajes. Evita el error frecuente de quedarte en el decimal y llamarlo porcentaje: $0.75$ es el $75\\%$, no el $0.75\\%$.',
    ),
  },
  {
    skillId: 'data.median',
    text: text(
      'The median is the middle value of a set of data once the values are in order. To find it, sort the values from smallest to largest and count them: with an odd count, the median is the one value in the middle; with an even count, it is halfway between the two middle values (add them and divide by $2$). When the data come as a chart or table of counts, each value appears as many times as its count says. The most common mistake is to take the middle of the list before sorting it; also, do not confuse the median with the mean, which shares the total out equally.',
      'La mediana es el valor central de un conjunto de datos una vez ordenados. Para calcularla, ordena los valores de menor a mayor y cuéntalos: si hay una cantidad impar, la mediana es el único valor del centro; si la cantidad es par, es el número a medio camino entre los dos valores centrales (súmalos y divide entre $2$). Cuando los datos vienen en un gráfico o una tabla de frecuencias, cada valor aparece tantas veces como indica su frecuencia. El error más común es tomar el centro de la lista sin ordenarla antes; además, no confundas la mediana con la media, que reparte el total por igual.',
    ),
  },
];
