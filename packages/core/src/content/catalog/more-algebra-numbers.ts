import { text } from '../../language/localized.ts';
import { integersAddChangeFamily } from '../families/algebra/integers-add-change.ts';
import { integersAddMissingFamily } from '../families/algebra/integers-add-missing.ts';
import type { ItemFamily } from '../item.ts';
import type { SkillExplanation } from '../skill-explanation.ts';

/** Further item families of this group's skills (each skill has at least three families in all). */
export const families: readonly ItemFamily[] = [integersAddChangeFamily, integersAddMissingFamily];

/** The explanation of each of this group's skills. */
export const explanations: readonly SkillExplanation[] = [
  {
    skillId: 'alg.integers-add',
    text: text(
      'Integers are whole numbers that can be positive, negative or zero. Picture them on a number line: adding a positive number moves you right, adding a negative number moves you left. Subtracting a number is the same as adding its opposite, so $a - (-b)$ becomes $a + b$.',
      'Los enteros son números sin decimales que pueden ser positivos, negativos o cero. Imagínalos en una recta numérica: sumar un número positivo te mueve a la derecha y sumar uno negativo te mueve a la izquierda. Restar un número es lo mismo que sumar su opuesto, así que $a - (-b)$ se convierte en $a + b$.',
    ),
  },
];
