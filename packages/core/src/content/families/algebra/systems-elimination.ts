import { text } from '../../../language/localized.ts';
import { n, signedTerm, term } from '../../math-format.ts';
import { choice, defineFamily, misconception, ratio, scaffold, solved, step } from '../family-kit.ts';

const combineOptions = [
  { id: 'a', text: text('Add the equations', 'Sumar las ecuaciones') },
  { id: 'b', text: text('Subtract the second from the first', 'Restar la segunda a la primera') },
];

/** Systems ax + by = e and cx − by = f (or + by), solved by adding or subtracting equations. */
export const systemsEliminationFamily = defineFamily({
  id: 'alg.systems-elimination.basic',
  skillId: 'alg.systems-elimination',
  name: text('Solve systems by elimination', 'Resolver sistemas por reducción'),
  build(rng, difficulty) {
    const x = rng.nonZero(-6, 6);
    const y = rng.nonZero(-6, 6);
    const a = rng.int(1, 5);
    let c = rng.int(1, 5);
    if (c === a) c = a + 1;
    const b = rng.int(1, 5);
    // difficulty 1: opposite y terms (add); otherwise the same y terms may need subtracting
    const add = difficulty === 1 || rng.next() < 0.5;
    const bSecond = add ? -b : b;
    const e = a * x + b * y;
    const f = c * x + bSecond * y;
    const first = `${term(a, 'x')} ${signedTerm(b, 'y')} = ${n(e)}`;
    const second = `${term(c, 'x')} ${signedTerm(bSecond, 'y')} = ${n(f)}`;
    const wrongCoefficient = add ? a - c : a + c;
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
            'Look at the $y$ terms of both equations. How could you make them disappear?',
            'Mira los términos con $y$ de ambas ecuaciones. ¿Cómo podrías hacerlos desaparecer?',
          ),
          hints: [
            text(
              'If the $y$ terms are opposites, adding the equations removes $y$; if they are equal, subtracting does.',
              'Si los términos con $y$ son opuestos, al sumar las ecuaciones desaparece $y$; si son iguales, al restarlas.',
            ),
            add
              ? text(
                  'Add the left sides together and the right sides together.',
                  'Suma entre sí los lados izquierdos y entre sí los lados derechos.',
                )
              : text(
                  'Subtract the second equation from the first, side by side.',
                  'Resta la segunda ecuación a la primera, lado a lado.',
                ),
            text(
              'You get one equation with only $x$. Solve it.',
              'Obtienes una ecuación solo con $x$. Resuélvela.',
            ),
          ],
          scaffolds: [
            scaffold(
              'combine',
              text(
                'Should you add or subtract the equations to remove $y$?',
                '¿Debes sumar o restar las ecuaciones para eliminar $y$?',
              ),
              choice(combineOptions, add ? 'a' : 'b'),
            ),
          ],
          misconceptions: [
            ...(wrongCoefficient !== 0
              ? [misconception('sign-error', solved('x', '=', ratio(add ? e - f : e + f, wrongCoefficient)))]
              : []),
            misconception('answered-the-other-variable', solved('x', '=', y)),
          ],
        }),
        step({
          id: 'y',
          prompt: text('Now, what is $y$?', 'Ahora, ¿cuánto vale $y$?'),
          answer: solved('y', '=', y),
          guidingQuestion: text(
            'You know $x$ now. How can one of the original equations give you $y$?',
            'Ya conoces $x$. ¿Cómo puede darte $y$ una de las ecuaciones originales?',
          ),
          hints: [
            text(
              'Substitute your value of $x$ into either original equation.',
              'Sustituye tu valor de $x$ en cualquiera de las ecuaciones originales.',
            ),
            text(
              'In the first equation, replace $x$ by your value and move that term to the right side.',
              'En la primera ecuación, sustituye $x$ por tu valor y pasa ese término al lado derecho.',
            ),
            text(`Then divide by the coefficient of $y$.`, `Luego divide entre el coeficiente de $y$.`),
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
