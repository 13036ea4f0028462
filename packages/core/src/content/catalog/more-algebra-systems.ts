import { text } from '../../language/localized.ts';
import { systemsEliminationMultiplyFamily } from '../families/algebra/systems-elimination-multiply.ts';
import { systemsEliminationPurchasesFamily } from '../families/algebra/systems-elimination-purchases.ts';
import { systemsSubstitutionIsolateFamily } from '../families/algebra/systems-substitution-isolate.ts';
import { systemsSubstitutionWordFamily } from '../families/algebra/systems-substitution-word.ts';
import type { ItemFamily } from '../item.ts';
import type { SkillExplanation } from '../skill-explanation.ts';

/** This group's further families, each a different form of its skill's problems. */
export const families: readonly ItemFamily[] = [
  systemsSubstitutionIsolateFamily,
  systemsSubstitutionWordFamily,
  systemsEliminationPurchasesFamily,
  systemsEliminationMultiplyFamily,
];

/** The explanation of each of this group's skills. */
export const explanations: readonly SkillExplanation[] = [
  {
    skillId: 'alg.systems-substitution',
    text: text(
      'A system of two equations asks for the pair of values, $x$ and $y$, that makes both equations true at once. In substitution, you get one variable alone in one equation (for example $y = 2x + 1$) and put that expression, in parentheses, in place of the variable in the other equation. That leaves one equation with one unknown: solve it, then put the value back into the first equation to find the other unknown. Multiply the number in front of the parentheses by every term inside, and check the pair in both equations.',
      'Un sistema de dos ecuaciones pide el par de valores, $x$ e $y$, que hace ciertas las dos ecuaciones a la vez. En el método de sustitución despejas una variable en una ecuación (por ejemplo $y = 2x + 1$) y pones esa expresión, entre paréntesis, en lugar de la variable en la otra ecuación. Queda una sola ecuación con una incógnita: resuélvela y luego sustituye el valor en la primera ecuación para hallar la otra incógnita. Multiplica el número de delante del paréntesis por cada término de dentro y comprueba el par en las dos ecuaciones.',
    ),
  },
  {
    skillId: 'alg.systems-elimination',
    text: text(
      'In elimination, you add or subtract the two equations so that one variable disappears. If a variable has opposite coefficients (like $3y$ and $-3y$), adding the equations removes it; if it has equal coefficients, subtracting does. When neither is true, first multiply every term of one equation, including the number on the right side, so the coefficients become opposites. Solve the equation that is left, then substitute that value into an original equation to find the other variable.',
      'En el método de reducción sumas o restas las dos ecuaciones para que desaparezca una variable. Si una variable tiene coeficientes opuestos (como $3y$ y $-3y$), al sumar las ecuaciones se elimina; si tiene coeficientes iguales, se elimina al restarlas. Si no pasa ninguna de las dos cosas, primero multiplica todos los términos de una ecuación, también el número del lado derecho, para que los coeficientes queden opuestos. Resuelve la ecuación que queda y sustituye ese valor en una ecuación original para hallar la otra variable.',
    ),
  },
];
