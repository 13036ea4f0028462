import { text } from '../../language/localized.ts';
import { simplifyExpressionsFindErrorFamily } from '../families/algebra/simplify-expressions-find-the-error.ts';
import { simplifyExpressionsStoryFamily } from '../families/algebra/simplify-expressions-story.ts';
import type { ItemFamily } from '../item.ts';
import type { SkillExplanation } from '../skill-explanation.ts';

/** This group's further families, each a different form of its skill's problems. */
export const families: readonly ItemFamily[] = [
  simplifyExpressionsStoryFamily,
  simplifyExpressionsFindErrorFamily,
];

/** The explanation of each of this group's skills. */
export const explanations: readonly SkillExplanation[] = [
  {
    skillId: 'alg.simplify-expressions',
    text: text(
      'To simplify an expression is to write it with as few terms as possible without changing its value. First remove the brackets with the distributive property: the number in front multiplies every term inside, not only the first one. Then combine like terms: add the $x$ terms together and the plain numbers together. Watch the signs: a minus in front of brackets changes the sign of every term inside, so $-(2x - 5)$ becomes $-2x + 5$. To check, put the same value of $x$ into the original and the simplified expression: both must give the same result.',
      'Simplificar una expresión es escribirla con el menor número posible de términos sin cambiar su valor. Primero quita los paréntesis con la propiedad distributiva: el número de delante multiplica a todos los términos de dentro, no solo al primero. Después reduce los términos semejantes: suma por un lado los términos con $x$ y por otro los números solos. Cuidado con los signos: un signo menos delante de un paréntesis cambia el signo de todos los términos de dentro, así que $-(2x - 5)$ se convierte en $-2x + 5$. Para comprobarlo, pon el mismo valor de $x$ en la expresión original y en la simplificada: las dos deben dar el mismo resultado.',
    ),
  },
];
