import { text } from '../../../language/localized.ts';
import { n } from '../../math-format.ts';
import { defineFamily, misconception, num, solved, step } from '../family-kit.ts';

const names = ['Ana', 'Tom', 'Lucía', 'Omar', 'Kim'];

/** Error analysis: a classmate solved x ± a = b with the same operation instead of its inverse; check and correct. */
export const oneStepAddCheckFamily = defineFamily({
  id: 'alg.one-step-add.check-the-work',
  skillId: 'alg.one-step-add',
  name: text('Check a solution (add and subtract)', 'Comprobar una solución (suma y resta)'),
  build(rng, difficulty) {
    const name = rng.pick(names);
    const size = difficulty === 1 ? 15 : 40;
    const a = rng.int(2, size);
    const x = difficulty === 3 ? rng.nonZero(-size, size) : rng.int(difficulty === 1 ? 1 : 5, size + 10);
    const form = rng.pick(['plus', 'minus', 'front'] as const);
    const minus = form === 'minus';
    const b = minus ? x - a : x + a;
    const equation =
      form === 'plus' ? `x + ${a} = ${n(b)}` : form === 'minus' ? `x - ${a} = ${n(b)}` : `${a} + x = ${n(b)}`;
    // the classmate did the same operation again instead of undoing it
    const claimed = minus ? b - a : b + a;
    const left = minus ? claimed - a : claimed + a;
    const leftLatex =
      form === 'plus'
        ? `${n(claimed)} + ${a}`
        : form === 'minus'
          ? `${n(claimed)} - ${a}`
          : `${a} + ${n(claimed)}`;
    return {
      stem: text(
        `${name} solved $${equation}$ and wrote $x = ${n(claimed)}$.`,
        `${name} resolvió $${equation}$ y escribió $x = ${n(claimed)}$.`,
      ),
      steps: [
        step({
          id: 'check',
          prompt: text(
            `Put ${name}’s value into the left side, $${equation.split(' = ')[0]}$. What number do you get?`,
            `Sustituye el valor de ${name} en el lado izquierdo, $${equation.split(' = ')[0]}$. ¿Qué número obtienes?`,
          ),
          answer: num(left),
          guidingQuestion: text(
            'If a value is a solution, what should the left side come out as?',
            'Si un valor es solución, ¿cuánto debería valer el lado izquierdo?',
          ),
          hints: [
            text(`Replace $x$ by ${name}’s value.`, `Reemplaza $x$ por el valor de ${name}.`),
            text(
              `Then ${minus ? 'take away' : 'add'} the $${a}$, just as the equation says.`,
              `Después ${minus ? 'resta' : 'suma'} el $${a}$, tal como dice la ecuación.`,
            ),
          ],
          worked: [
            text(
              `Replace $x$ by $${n(claimed)}$: $${leftLatex} = ${n(left)}$`,
              `Reemplaza $x$ por $${n(claimed)}$: $${leftLatex} = ${n(left)}$`,
            ),
            text(
              `That is not $${n(b)}$, so $x = ${n(claimed)}$ is not a solution.`,
              `Eso no es $${n(b)}$, así que $x = ${n(claimed)}$ no es solución.`,
            ),
          ],
        }),
        step({
          id: 'solution',
          prompt: text('What is the correct value of $x$?', '¿Cuál es el valor correcto de $x$?'),
          answer: solved('x', '=', x),
          guidingQuestion: text(
            `Which operation did ${name} use, and which one undoes the $${a}$?`,
            `¿Qué operación usó ${name} y cuál deshace el $${a}$?`,
          ),
          hints: [
            text(
              'To undo an operation, do the opposite one to both sides.',
              'Para deshacer una operación, aplica la opuesta en ambos lados.',
            ),
            minus
              ? text(
                  `$${a}$ is taken away from $x$, so add $${a}$ to both sides.`,
                  `A $x$ se le quita $${a}$, así que suma $${a}$ en ambos lados.`,
                )
              : text(
                  `$${a}$ is added to $x$, so subtract $${a}$ from both sides.`,
                  `A $x$ se le suma $${a}$, así que resta $${a}$ en ambos lados.`,
                ),
            text(
              'Check your value in the left side, as you did with the first one.',
              'Comprueba tu valor en el lado izquierdo, como hiciste con el primero.',
            ),
          ],
          misconceptions: [
            misconception('same-operation-not-inverse', solved('x', '=', claimed)),
            misconception('sign-error', solved('x', '=', -x)),
          ],
          worked: [
            text(`$${equation}$`, `$${equation}$`),
            minus
              ? text(
                  `Add $${a}$ to both sides: $x = ${n(b)} + ${a} = ${n(x)}$`,
                  `Suma $${a}$ en ambos lados: $x = ${n(b)} + ${a} = ${n(x)}$`,
                )
              : text(
                  `Subtract $${a}$ from both sides: $x = ${n(b)} - ${a} = ${n(x)}$`,
                  `Resta $${a}$ en ambos lados: $x = ${n(b)} - ${a} = ${n(x)}$`,
                ),
          ],
        }),
      ],
    };
  },
});
