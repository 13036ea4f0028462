import { text } from '../../language/localized.ts';
import { distributiveAreaModelFamily } from '../families/algebra/distributive-area-model.ts';
import { distributiveMissingNumbersFamily } from '../families/algebra/distributive-missing-numbers.ts';
import type { ItemFamily } from '../item.ts';
import type { SkillExplanation } from '../skill-explanation.ts';

/** This group's further families, each a different form of its skill's problems. */
export const families: readonly ItemFamily[] = [
  distributiveAreaModelFamily,
  distributiveMissingNumbersFamily,
];

/** The explanation of each of this group's skills. */
export const explanations: readonly SkillExplanation[] = [
  {
    skillId: 'alg.distributive',
    text: text(
      'The distributive property says that multiplying a number by a sum gives the same result as multiplying it by each term and adding the products: $a(b + c) = ab + ac$. To expand, multiply the factor outside the parentheses by every term inside, keeping each term’s sign. A rectangle split into two parts shows why: its area is the width times the total length, or the two smaller areas added together. The most common mistake is to multiply only the first term; take care too with a negative factor, which changes the sign of every term inside.',
      'La propiedad distributiva dice que multiplicar un número por una suma da lo mismo que multiplicarlo por cada término y sumar los productos: $a(b + c) = ab + ac$. Para desarrollar, multiplica el factor de fuera del paréntesis por cada término de dentro, respetando el signo de cada uno. Un rectángulo dividido en dos partes muestra por qué: su área es el ancho por el largo total, o la suma de las dos áreas más pequeñas. El error más frecuente es multiplicar solo el primer término; cuidado también con un factor negativo, que cambia el signo de todos los términos de dentro.',
    ),
  },
];
