import { text } from '../../language/localized.ts';
import { likeTermsClassmateErrorFamily } from '../families/algebra/like-terms-classmate-error.ts';
import { likeTermsStoryValueFamily } from '../families/algebra/like-terms-story-value.ts';
import type { ItemFamily } from '../item.ts';
import type { SkillExplanation } from '../skill-explanation.ts';

/** This group's further families, each a different form of its skill's problems. */
export const families: readonly ItemFamily[] = [likeTermsStoryValueFamily, likeTermsClassmateErrorFamily];

/** The explanation of each of this group's skills. */
export const explanations: readonly SkillExplanation[] = [
  {
    skillId: 'alg.like-terms',
    text: text(
      'Like terms have exactly the same variable part: $3x$ and $-5x$ are like terms, but $3x$ and $3x^2$, or $3x$ and $3$, are not. To combine like terms, group them, keep the sign in front of each term, and add their coefficients; the variable part stays as it is, so $4x + 2 - x + 5 = 3x + 7$. Avoid the two classic mistakes: adding the exponents ($x^2 + x^2$ is $2x^2$, not $x^4$) and joining unlike terms ($2x + 3$ stays $2x + 3$, it is not $5x$).',
      'Los términos semejantes tienen exactamente la misma parte literal: $3x$ y $-5x$ son semejantes, pero $3x$ y $3x^2$, o $3x$ y $3$, no lo son. Para reducirlos, agrúpalos, conserva el signo que tiene delante cada término y suma sus coeficientes; la parte literal no cambia, así que $4x + 2 - x + 5 = 3x + 7$. Evita los dos errores clásicos: sumar los exponentes ($x^2 + x^2$ es $2x^2$, no $x^4$) y juntar términos que no son semejantes ($2x + 3$ se queda como $2x + 3$, no es $5x$).',
    ),
  },
];
