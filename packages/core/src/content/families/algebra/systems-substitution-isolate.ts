import { text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import { linear, n, p, signedTerm, term } from '../../math-format.ts';
import { defineFamily, misconception, ratio, solved, step } from '../family-kit.ts';

const relation = (value: string): AnswerSpec => ({
  kind: 'relation',
  value,
  variables: ['x', 'y'],
  form: 'solved',
});

/**
 * Both equations in the form ax + by = c; one variable has coefficient 1 in the first equation. Solve that
 * equation for it, substitute into the second, then back-substitute.
 */
export const systemsSubstitutionIsolateFamily = defineFamily({
  id: 'alg.systems-substitution.isolate-first',
  skillId: 'alg.systems-substitution',
  name: text('Isolate a variable, then substitute', 'Despejar una variable y luego sustituir'),
  build(rng, difficulty) {
    const x = rng.nonZero(difficulty === 1 ? 1 : -6, 6);
    let y = rng.nonZero(difficulty === 1 ? 1 : -6, 6);
    // distinct sizes, so the last answer is never the opposite of an earlier one ("-3" then "3")
    while (Math.abs(y) === Math.abs(x)) y = rng.nonZero(difficulty === 1 ? 1 : -6, 6);
    // u is the variable with coefficient 1 in the first equation, w the other one
    const isolateX = difficulty === 1 || rng.next() < 0.5;
    const [u, w] = isolateX ? ['x', 'y'] : ['y', 'x'];
    const [uValue, wValue] = isolateX ? [x, y] : [y, x];
    const a = difficulty === 1 ? rng.int(2, 4) : rng.nonZero(-5, 5) || 2;
    const e1 = uValue + a * wValue;
    // second equation: c·u + d·w = e2 with d - c·a ≠ 0
    const c = rng.int(2, difficulty === 3 ? 5 : 3) * (difficulty === 3 && rng.next() < 0.5 ? -1 : 1);
    let d = rng.nonZero(-4, 4);
    while (d - c * a === 0) d += 1;
    if (d === 0) d = 1;
    const e2 = c * uValue + d * wValue;
    const write = (cu: number, cw: number, rhs: number) =>
      isolateX
        ? `${term(cu, 'x')} ${signedTerm(cw, 'y')} = ${n(rhs)}`
        : `${term(cw, 'x')} ${signedTerm(cu, 'y')} = ${n(rhs)}`;
    const first = write(1, a, e1);
    const second = write(c, d, e2);
    const isolated = `${u} = ${linear(-a, e1, w)}`;
    const isolatedTex = `${u} = ${n(e1)} ${signedTerm(-a, w)}`;
    const coefficient = d - c * a;
    const constant = c * e1;
    // the second equation with u replaced by the bracket, its terms in the order they were written
    const bracket = `${n(c)}(${n(e1)} ${signedTerm(-a, w)})`;
    const substituted = isolateX
      ? `${bracket} ${signedTerm(d, w)} = ${n(e2)}`
      : `${term(d, w)} ${c > 0 ? '+' : '-'} ${Math.abs(c)}(${n(e1)} ${signedTerm(-a, w)}) = ${n(e2)}`;
    const collected = `${linear(coefficient, constant, w)} = ${n(e2)}`;
    const times = Math.abs(a) === 1 ? p(wValue) : `${Math.abs(a)} \\cdot ${p(wValue)}`;
    const back = `${u} = ${n(e1)} ${a > 0 ? '-' : '+'} ${times} = ${n(uValue)}`;
    return {
      stem: text(
        `Solve by substitution: $${first}$ and $${second}$. Start by getting $${u}$ alone in the first equation.`,
        `Resuelve por sustitución: $${first}$ y $${second}$. Empieza dejando sola la $${u}$ en la primera ecuación.`,
      ),
      steps: [
        step({
          id: 'isolate',
          prompt: text(
            `Solve the first equation for $${u}$ (write $${u} = \\ldots$).`,
            `Despeja $${u}$ en la primera ecuación (escribe $${u} = \\ldots$).`,
          ),
          answer: relation(isolated),
          guidingQuestion: text(
            `Which term keeps $${u}$ company on the left, and how do you move it to the other side?`,
            `¿Qué término acompaña a $${u}$ en el lado izquierdo y cómo lo pasas al otro lado?`,
          ),
          hints: [
            text(
              `To leave $${u}$ alone, undo the term with $${w}$ on both sides.`,
              `Para dejar sola la $${u}$, deshaz el término con $${w}$ en ambos lados.`,
            ),
            text(
              `The term with $${w}$ is ${a > 0 ? 'added' : 'subtracted'} on the left, so ${a > 0 ? 'subtract' : 'add'} that whole term on both sides; the plain number stays where it is.`,
              `El término con $${w}$ está ${a > 0 ? 'sumando' : 'restando'} en el lado izquierdo, así que ${a > 0 ? 'réstalo' : 'súmalo'} entero en ambos lados; el número solo se queda donde está.`,
            ),
          ],
          misconceptions: [
            misconception('moved-term-without-changing-sign', relation(`${u} = ${linear(a, e1, w)}`)),
            ...(e1 !== 0 ? [misconception('sign-error', relation(`${u} = ${linear(-a, -e1, w)}`))] : []),
          ],
          worked: [
            text(`$${first}$`, `$${first}$`),
            text(
              `${a > 0 ? 'Subtract' : 'Add'} $${term(Math.abs(a), w)}$ on both sides: $${isolatedTex}$`,
              `${a > 0 ? 'Resta' : 'Suma'} $${term(Math.abs(a), w)}$ en ambos lados: $${isolatedTex}$`,
            ),
          ],
        }),
        step({
          id: w,
          prompt: text(
            `Substitute into the second equation. What is $${w}$?`,
            `Sustituye en la segunda ecuación. ¿Cuánto vale $${w}$?`,
          ),
          answer: solved(w, '=', wValue),
          guidingQuestion: text(
            `If you replace $${u}$ in the second equation by your expression, which variable is left?`,
            `Si sustituyes $${u}$ en la segunda ecuación por tu expresión, ¿qué variable queda?`,
          ),
          hints: [
            text(
              `Write the second equation with your expression in parentheses in place of $${u}$.`,
              `Escribe la segunda ecuación con tu expresión entre paréntesis en lugar de $${u}$.`,
            ),
            text(
              'Multiply the number in front of the parentheses by every term inside, then combine like terms.',
              'Multiplica el número delante del paréntesis por cada término de dentro y luego reduce términos semejantes.',
            ),
            text(
              'Move the plain number to the right side and divide by the coefficient that is left.',
              'Pasa el número solo al lado derecho y divide entre el coeficiente que queda.',
            ),
          ],
          misconceptions: [
            misconception('answered-the-other-variable', solved(w, '=', uValue)),
            misconception('sign-error', solved(w, '=', -wValue)),
            ...(d - a !== 0
              ? [misconception('distributed-to-first-term-only', solved(w, '=', ratio(e2 - c * e1, d - a)))]
              : []),
            // a negative factor outside the bracket changes the sign of the first term only
            ...(c < 0 && d + c * a !== 0
              ? [misconception('distributed-sign-error', solved(w, '=', ratio(e2 - c * e1, d + c * a)))]
              : []),
          ],
          worked: [
            text(`$${substituted}$`, `$${substituted}$`),
            text(`$${collected}$`, `$${collected}$`),
            coefficient === 1
              ? text(`$${w} = ${n(e2 - constant)}$`, `$${w} = ${n(e2 - constant)}$`)
              : text(
                  `$${term(coefficient, w)} = ${n(e2 - constant)}$, so $${w} = ${n(wValue)}$`,
                  `$${term(coefficient, w)} = ${n(e2 - constant)}$, así que $${w} = ${n(wValue)}$`,
                ),
          ],
        }),
        step({
          id: u,
          prompt: text(`Now, what is $${u}$?`, `Ahora, ¿cuánto vale $${u}$?`),
          answer: solved(u, '=', uValue),
          guidingQuestion: text(
            `Which equation gives $${u}$ straight away once you know $${w}$?`,
            `¿Qué ecuación te da $${u}$ de inmediato una vez que conoces $${w}$?`,
          ),
          hints: [
            text(
              `Use the equation you wrote in the first step, with $${u}$ alone.`,
              `Usa la ecuación que escribiste en el primer paso, con $${u}$ despejada.`,
            ),
            text(
              `Replace $${w}$ by its value, keeping it in parentheses if it is negative, and check the pair in the second equation.`,
              `Sustituye $${w}$ por su valor, entre paréntesis si es negativo, y comprueba el par en la segunda ecuación.`,
            ),
          ],
          misconceptions: [
            misconception('answered-the-other-variable', solved(u, '=', wValue)),
            misconception('moved-term-without-changing-sign', solved(u, '=', e1 + a * wValue)),
          ],
          worked: [text(`$${back}$`, `$${back}$`)],
        }),
      ],
    };
  },
});
