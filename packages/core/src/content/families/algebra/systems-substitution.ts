import { text } from '../../../language/localized.ts';
import { linear, n, signedTerm, term } from '../../math-format.ts';
import { defineFamily, misconception, num, ratio, scaffold, solved, step } from '../family-kit.ts';

/** Systems where one equation gives y: y = ax + b and cx + dy = e, solved by substitution. */
export const systemsSubstitutionFamily = defineFamily({
  id: 'alg.systems-substitution.basic',
  skillId: 'alg.systems-substitution',
  name: text('Solve systems by substitution', 'Resolver sistemas por sustitución'),
  build(rng, difficulty) {
    const x = rng.nonZero(-6, 6);
    const y = rng.nonZero(-6, 6);
    const a = rng.nonZero(-4, 4);
    const b = y - a * x;
    const c = rng.int(1, 5);
    let d = difficulty === 1 ? 1 : rng.nonZero(-4, 4);
    if (c + d * a === 0) d = d + 1 === 0 ? 2 : d + 1;
    const e = c * x + d * y;
    const first = `y = ${linear(a, b, 'x')}`;
    const second = `${term(c, 'x')} ${signedTerm(d, 'y')} = ${n(e)}`;
    const coefficient = c + d * a;
    const substituted = `${term(c, 'x')} ${d > 0 ? '+' : '-'} ${Math.abs(d) === 1 ? '' : Math.abs(d)}(${linear(a, b, 'x')}) = ${n(e)}`;
    return {
      stem: text(
        `Solve the system $${first}$ and $${second}$.`,
        `Resuelve el sistema $${first}$ y $${second}$.`,
      ),
      steps: [
        step({
          id: 'x',
          prompt: text('What is $x$?', '¿Cuánto vale $x$?'),
          answer: solved('x', '=', x),
          guidingQuestion: text(
            'One equation already tells you what $y$ equals. How could you use that in the other equation?',
            'Una ecuación ya te dice a qué es igual $y$. ¿Cómo podrías usarlo en la otra ecuación?',
          ),
          hints: [
            text(
              'Replace $y$ in the second equation by the expression the first equation gives for it.',
              'Sustituye $y$ en la segunda ecuación por la expresión que da la primera.',
            ),
            text(`Write $${substituted}$ and distribute.`, `Escribe $${substituted}$ y distribuye.`),
            text(
              'Combine the $x$ terms, move the number to the other side, and divide.',
              'Reduce los términos con $x$, pasa el número al otro lado y divide.',
            ),
          ],
          scaffolds: [
            scaffold(
              'coefficient',
              text(
                'After substituting and combining, what is the coefficient of $x$?',
                'Tras sustituir y reducir, ¿cuál es el coeficiente de $x$?',
              ),
              num(coefficient),
              [misconception('distributed-to-first-term-only', num(c + a))],
            ),
          ],
          misconceptions: [
            misconception('sign-error', solved('x', '=', -x)),
            misconception('answered-the-other-variable', solved('x', '=', y)),
            ...(c + a !== 0
              ? [misconception('distributed-to-first-term-only', solved('x', '=', ratio(e - b, c + a)))]
              : []),
          ],
        }),
        step({
          id: 'y',
          prompt: text('Now, what is $y$?', 'Ahora, ¿cuánto vale $y$?'),
          answer: solved('y', '=', y),
          guidingQuestion: text(
            'Now that you know $x$, which equation is the quickest way to find $y$?',
            'Ahora que conoces $x$, ¿qué ecuación es la forma más rápida de hallar $y$?',
          ),
          hints: [
            text(
              'Substitute your value of $x$ into the first equation.',
              'Sustituye tu valor de $x$ en la primera ecuación.',
            ),
            text(
              `Put your value of $x$ into $y = ${linear(a, b, 'x')}$ and work it out.`,
              `Pon tu valor de $x$ en $y = ${linear(a, b, 'x')}$ y calcula.`,
            ),
            text(
              'Check the pair in the second equation too.',
              'Comprueba el par también en la segunda ecuación.',
            ),
          ],
          misconceptions: [
            misconception('answered-the-other-variable', solved('y', '=', x)),
            misconception('sign-error', solved('y', '=', -y)),
          ],
        }),
      ],
    };
  },
});
