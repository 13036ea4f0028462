import { text } from '../../../language/localized.ts';
import type { Difficulty } from '../../item.ts';
import { linear, n, p, term } from '../../math-format.ts';
import type { SeededRandom } from '../../seeded-random.ts';
import { defineFamily, misconception, num, step } from '../family-kit.ts';

/** The hidden product k(mx + c): k outside, m and c inside. */
function draw(rng: SeededRandom, difficulty: Difficulty): { k: number; m: number; c: number } {
  if (difficulty === 1) {
    const k = rng.int(2, 9);
    let c = rng.int(2, 9);
    if (c === k) c = c === 9 ? 2 : c + 1;
    return { k, m: 1, c };
  }
  const m = difficulty === 3 ? rng.int(2, 5) : 1;
  const top = difficulty === 3 ? 9 : 12;
  const k = rng.int(2, top) * rng.pick([-1, 1]);
  let c = rng.int(2, top) * rng.pick([-1, 1]);
  if (Math.abs(c) === Math.abs(k)) c += c > 0 ? 1 : -1;
  // At difficulty 2 at least one of the two is negative.
  if (difficulty === 2 && k > 0 && c > 0) c = -c;
  return { k, m, c };
}

/** Working the property backwards: the numbers a and b that make a(mx + b) equal a given expanded expression. */
export const distributiveMissingNumbersFamily = defineFamily({
  id: 'alg.distributive.missing-numbers',
  skillId: 'alg.distributive',
  name: text('Find the missing numbers', 'Encuentra los números que faltan'),
  build(rng, difficulty) {
    const { k, m, c } = draw(rng, difficulty);
    const inside = `${term(m, 'x')} + b`;
    const expanded = linear(k * m, k * c, 'x');
    const equation = `a(${inside}) = ${expanded}`;
    const constant = k * c;
    const xTerm = m === 1 ? 'a \\cdot x' : `a \\cdot ${m}x`;
    return {
      stem: text(
        `Find the numbers $a$ and $b$ that make $${equation}$ true for every value of $x$.`,
        `Encuentra los números $a$ y $b$ que hacen que $${equation}$ se cumpla para cualquier valor de $x$.`,
      ),
      steps: [
        step({
          id: 'outside',
          prompt: text(
            'What is $a$, the number outside the parentheses?',
            '¿Cuánto vale $a$, el número de fuera del paréntesis?',
          ),
          answer: num(k),
          guidingQuestion: text(
            'If you expand the left side, which of its terms has $x$ in it?',
            'Si desarrollas el lado izquierdo, ¿cuál de sus términos lleva $x$?',
          ),
          hints: [
            text(
              'Expand the left side: $a$ multiplies every term inside the parentheses.',
              'Desarrolla el lado izquierdo: $a$ multiplica a cada término de dentro del paréntesis.',
            ),
            text(
              `On the left, the term with $x$ is $${xTerm}$. It must be the same as the term with $x$ on the right.`,
              `A la izquierda, el término con $x$ es $${xTerm}$. Tiene que ser igual al término con $x$ de la derecha.`,
            ),
            text(
              'Keep the sign: a negative coefficient of $x$ on the right needs a negative $a$.',
              'Respeta el signo: un coeficiente de $x$ negativo a la derecha necesita un $a$ negativo.',
            ),
          ],
          misconceptions: [
            misconception(k < 0 ? 'distributed-sign-error' : 'sign-error', num(-k)),
            misconception('answered-the-other-variable', num(c)),
          ],
          worked: [
            text(
              `Expand the left side: $a(${inside}) = ${m === 1 ? 'ax' : `${m}ax`} + ab$.`,
              `Desarrolla el lado izquierdo: $a(${inside}) = ${m === 1 ? 'ax' : `${m}ax`} + ab$.`,
            ),
            m === 1
              ? text(
                  `The terms with $x$ must match: $ax = ${term(k, 'x')}$, so $a = ${n(k)}$.`,
                  `Los términos con $x$ deben coincidir: $ax = ${term(k, 'x')}$, así que $a = ${n(k)}$.`,
                )
              : text(
                  `The terms with $x$ must match: $${m}a = ${n(k * m)}$, so $a = ${n(k * m)} \\div ${m} = ${n(k)}$.`,
                  `Los términos con $x$ deben coincidir: $${m}a = ${n(k * m)}$, así que $a = ${n(k * m)} \\div ${m} = ${n(k)}$.`,
                ),
          ],
        }),
        step({
          id: 'inside',
          prompt: text(
            'Now find $b$, the number inside the parentheses.',
            'Ahora halla $b$, el número de dentro del paréntesis.',
          ),
          answer: num(c),
          guidingQuestion: text(
            'After expanding, which term on the left has no $x$, and what must it equal?',
            'Después de desarrollar, ¿qué término de la izquierda no lleva $x$ y a qué tiene que ser igual?',
          ),
          hints: [
            text(
              'On the left, the term without $x$ is $a \\cdot b$: the factor outside multiplies this term too.',
              'A la izquierda, el término sin $x$ es $a \\cdot b$: el factor de fuera también multiplica a este término.',
            ),
            text(
              'That product must equal the number term on the right, sign included.',
              'Ese producto tiene que ser igual al término numérico de la derecha, con su signo.',
            ),
            text(
              'Divide the number term on the right by the value of $a$ you found. Watch the signs.',
              'Divide el término numérico de la derecha entre el valor de $a$ que hallaste. Cuida los signos.',
            ),
          ],
          misconceptions: [
            misconception('distributed-to-first-term-only', num(constant)),
            misconception('answered-the-other-variable', num(k)),
            misconception(k < 0 ? 'distributed-sign-error' : 'sign-error', num(-c)),
            misconception('subtracted-instead-of-divided', num(constant - k)),
          ],
          worked: [
            text(
              `The number terms must match: $ab = ${n(constant)}$, so $${n(k)}b = ${n(constant)}$.`,
              `Los términos numéricos deben coincidir: $ab = ${n(constant)}$, así que $${n(k)}b = ${n(constant)}$.`,
            ),
            text(
              `$b = ${n(constant)} \\div ${p(k)} = ${n(c)}$. Check: $${n(k)}(${linear(m, c, 'x')}) = ${expanded}$.`,
              `$b = ${n(constant)} \\div ${p(k)} = ${n(c)}$. Comprobación: $${n(k)}(${linear(m, c, 'x')}) = ${expanded}$.`,
            ),
          ],
        }),
      ],
    };
  },
});
