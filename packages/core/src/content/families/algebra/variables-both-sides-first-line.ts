import { text } from '../../../language/localized.ts';
import { linear, n, term } from '../../math-format.ts';
import { choice, defineFamily, misconception, ratio, scaffold, solved, step } from '../family-kit.ts';

const names = ['Leo', 'Sara', 'Diego', 'Aisha', 'Nina'];

// "a" is never the right option: the tutor's "Here is a hint" would name it.
const verdictOptions = [
  { id: 'a', text: text('Both sides of the line are wrong', 'Los dos lados de la línea están mal') },
  { id: 'b', text: text('The $x$ term is wrong', 'El término con $x$ está mal') },
  { id: 'c', text: text('The number on the right is wrong', 'El número de la derecha está mal') },
  { id: 'd', text: text('The line is correct', 'La línea es correcta') },
];

type Slip = 'x-term' | 'constant' | 'none';

/** Error analysis: judge a classmate's first line for ax + b = cx + d, then solve the equation. */
export const variablesBothSidesFirstLineFamily = defineFamily({
  id: 'alg.variables-both-sides.first-line',
  skillId: 'alg.variables-both-sides',
  name: text('Check the first line of a solution', 'Revisar la primera línea de una solución'),
  build(rng, difficulty) {
    const name = rng.pick(names);
    const c = rng.int(1, 6);
    const k = rng.int(1, difficulty === 1 ? 4 : 6);
    // difficulty 3 may leave a negative coefficient of x on the left
    const a = difficulty === 3 && rng.next() < 0.4 && k < c ? c - k : c + k;
    const x = difficulty === 1 ? rng.int(1, 9) : rng.nonZero(-9, 9);
    const b = difficulty === 1 ? rng.int(1, 12) : rng.nonZero(-12, 12);
    const d = (a - c) * x + b;
    const equation = `${linear(a, b, 'x')} = ${linear(c, d, 'x')}`;
    const slip = rng.pick<Slip>(['x-term', 'constant', 'none']);
    const line =
      slip === 'x-term'
        ? `${term(a + c, 'x')} = ${n(d - b)}`
        : slip === 'constant'
          ? `${term(a - c, 'x')} = ${n(d + b)}`
          : `${term(a - c, 'x')} = ${n(d - b)}`;
    const correct = slip === 'x-term' ? 'b' : slip === 'constant' ? 'c' : 'd';
    const moveB = b > 0 ? text(`subtract $${b}$`, `restar $${b}$`) : text(`add $${-b}$`, `sumar $${-b}$`);
    return {
      stem: text(
        `${name} is solving $${equation}$. The first line of the work is $${line}$.`,
        `${name} está resolviendo $${equation}$. La primera línea de su trabajo es $${line}$.`,
      ),
      steps: [
        step({
          id: 'verdict',
          prompt: text(
            `What can you say about ${name}’s first line?`,
            `¿Qué puedes decir de la primera línea de ${name}?`,
          ),
          answer: choice(verdictOptions, correct),
          guidingQuestion: text(
            `What should be done to both sides to move $${term(c, 'x')}$ and the number on the left?`,
            `¿Qué hay que hacer en ambos lados para mover $${term(c, 'x')}$ y el número de la izquierda?`,
          ),
          hints: [
            text(
              'Do the correct first line yourself, then compare it with this one part by part.',
              'Escribe tú la primera línea correcta y después compárala parte por parte con esta.',
            ),
            text(
              `Taking $${term(c, 'x')}$ away from both sides changes the coefficient of $x$ on the left; to clear the left number you ${moveB.en} on both sides.`,
              `Quitar $${term(c, 'x')}$ en ambos lados cambia el coeficiente de $x$ a la izquierda; para quitar el número de la izquierda hay que ${moveB.es} en ambos lados.`,
            ),
          ],
          scaffolds: [
            scaffold(
              'coefficient',
              text(
                `After taking $${term(c, 'x')}$ away from both sides, what is the coefficient of $x$ on the left?`,
                `Después de quitar $${term(c, 'x')}$ en ambos lados, ¿cuál es el coeficiente de $x$ a la izquierda?`,
              ),
              { kind: 'number', value: a - c },
              [misconception('moved-term-without-changing-sign', { kind: 'number', value: a + c })],
            ),
          ],
          misconceptions:
            slip === 'none'
              ? []
              : [misconception('moved-term-without-changing-sign', choice(verdictOptions, 'd'))],
          worked: [
            text(
              `Subtract $${term(c, 'x')}$ and ${b > 0 ? `subtract $${b}$` : `add $${-b}$`} on both sides: $${term(a - c, 'x')} = ${n(d - b)}$`,
              `Resta $${term(c, 'x')}$ y ${b > 0 ? `resta $${b}$` : `suma $${-b}$`} en ambos lados: $${term(a - c, 'x')} = ${n(d - b)}$`,
            ),
            slip === 'none'
              ? text(
                  `That is ${name}’s line, so it is correct.`,
                  `Es la línea de ${name}, así que es correcta.`,
                )
              : slip === 'x-term'
                ? text(
                    `${name} added $${term(c, 'x')}$ instead of subtracting it, so the $x$ term is wrong.`,
                    `${name} sumó $${term(c, 'x')}$ en lugar de restarlo, así que el término con $x$ está mal.`,
                  )
                : text(
                    `${name} moved $${n(b)}$ without changing its sign, so the number on the right is wrong.`,
                    `${name} pasó $${n(b)}$ sin cambiarle el signo, así que el número de la derecha está mal.`,
                  ),
          ],
        }),
        step({
          id: 'solution',
          prompt: text(
            'Now solve the equation. What is $x$?',
            'Ahora resuelve la ecuación. ¿Cuánto vale $x$?',
          ),
          answer: solved('x', '=', x),
          guidingQuestion: text(
            'Starting from a correct first line, what is left to undo?',
            'Partiendo de una primera línea correcta, ¿qué queda por deshacer?',
          ),
          hints: [
            text(
              'Once the $x$ terms are on one side and the numbers on the other, only a multiplication is left.',
              'Cuando los términos con $x$ están en un lado y los números en el otro, solo queda una multiplicación.',
            ),
            text(
              'Divide both sides by the coefficient of $x$, keeping track of the sign.',
              'Divide ambos lados entre el coeficiente de $x$, fijándote en el signo.',
            ),
          ],
          misconceptions: [
            misconception('moved-term-without-changing-sign', solved('x', '=', ratio(d - b, a + c))),
            misconception('moved-term-without-changing-sign', solved('x', '=', ratio(d + b, a - c))),
            misconception('sign-error', solved('x', '=', -x)),
          ],
          worked: [
            text(`$${term(a - c, 'x')} = ${n(d - b)}$`, `$${term(a - c, 'x')} = ${n(d - b)}$`),
            text(
              `Divide both sides by $${n(a - c)}$: $x = ${n(x)}$`,
              `Divide ambos lados entre $${n(a - c)}$: $x = ${n(x)}$`,
            ),
          ],
        }),
      ],
    };
  },
});
