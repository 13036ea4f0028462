import { text } from '../../../language/localized.ts';
import { n, p, signedTerm, term } from '../../math-format.ts';
import { defineFamily, misconception, num, ratio, solved, step } from '../family-kit.ts';

type Variable = 'x' | 'y';

/** An equation cx·x + cy·y = rhs, written as a learner would. */
function equation(cx: number, cy: number, rhs: number): string {
  return `${term(cx, 'x')} ${signedTerm(cy, 'y')} = ${n(rhs)}`;
}

/**
 * Systems where no variable cancels as written: one equation must first be multiplied by a number so that adding
 * the two equations removes a variable. First that multiplier, then the remaining variable, then the eliminated one.
 */
export const systemsEliminationMultiplyFamily = defineFamily({
  id: 'alg.systems-elimination.multiply-first',
  skillId: 'alg.systems-elimination',
  name: text('Multiply one equation, then add', 'Multiplicar una ecuación y luego sumar'),
  build(rng, difficulty) {
    // v is eliminated, s is found first
    const v: Variable = difficulty === 3 && rng.next() < 0.5 ? 'x' : 'y';
    const s: Variable = v === 'x' ? 'y' : 'x';
    // the equation to multiply ("scaled") has v-coefficient qv; the other ("kept") has pv = −m·qv
    const qv = difficulty === 1 ? rng.pick([1, -1]) : rng.pick([1, -1, 2, -2]);
    const size = rng.int(2, difficulty === 1 ? 3 : qv === 2 || qv === -2 ? 3 : 4);
    const m = difficulty === 1 ? size : size * rng.pick([1, -1]);
    const pv = -m * qv;
    const value = () => (difficulty === 1 ? rng.int(1, 6) : rng.nonZero(-6, 6));
    const sValue = value();
    let vValue = value();
    // distinct sizes, and the last answer never the opposite of an earlier one ("-3" then "3")
    while (Math.abs(vValue) === Math.abs(sValue) || vValue === -m) vValue = value();
    const ps = difficulty === 1 ? rng.int(1, 4) : rng.nonZero(-5, 5);
    let qs = difficulty === 1 ? rng.int(1, 3) : rng.nonZero(-4, 4);
    if (ps + m * qs === 0) qs = qs === 1 ? 2 : qs - 1 === 0 ? -1 : qs - 1;
    const keptRhs = pv * vValue + ps * sValue;
    const scaledRhs = qv * vValue + qs * sValue;
    const write = (cv: number, cs: number, rhs: number) =>
      v === 'x' ? equation(cv, cs, rhs) : equation(cs, cv, rhs);
    const kept = write(pv, ps, keptRhs);
    const scaled = write(qv, qs, scaledRhs);
    const multiplied = write(m * qv, m * qs, m * scaledRhs);
    // at difficulty 3 the equation to multiply may be the first one
    const scaledFirst = difficulty === 3 && rng.next() < 0.5;
    const [eq1, eq2] = scaledFirst ? [scaled, kept] : [kept, scaled];
    const which = scaledFirst ? text('first', 'primera') : text('second', 'segunda');
    const sCoefficient = ps + m * qs;
    const sum = keptRhs + m * scaledRhs;
    const keptVTerm = term(pv, v);
    const scaledVTerm = term(qv, v);
    const sameSign = pv * qv > 0;
    // back-substitution into the kept equation: pv·v = keptRhs − ps·s
    const rest = keptRhs - ps * sValue;
    const sTimes = Math.abs(ps) === 1 ? p(sValue) : `${Math.abs(ps)} \\cdot ${p(sValue)}`;
    const putIn =
      v === 'x'
        ? `${term(pv, 'x')} ${ps < 0 ? '-' : '+'} ${sTimes} = ${n(keptRhs)}`
        : `${ps < 0 ? '-' : ''}${sTimes} ${signedTerm(pv, 'y')} = ${n(keptRhs)}`;
    return {
      stem: text(
        `Solve by elimination: (1) $${eq1}$ and (2) $${eq2}$. No variable cancels yet: first multiply equation (${scaledFirst ? 1 : 2}) by a number so that adding the equations removes $${v}$.`,
        `Resuelve por reducción: (1) $${eq1}$ y (2) $${eq2}$. Todavía no se cancela ninguna variable: primero multiplica la ecuación (${scaledFirst ? 1 : 2}) por un número para que al sumar las ecuaciones desaparezca $${v}$.`,
      ),
      steps: [
        step({
          id: 'multiplier',
          prompt: text(
            `By what number must you multiply the ${which.en} equation?`,
            `¿Por qué número debes multiplicar la ${which.es} ecuación?`,
          ),
          answer: num(m),
          guidingQuestion: text(
            `Adding removes $${v}$ only when its terms in the equations are opposites. What must the $${v}$ term of the ${which.en} equation become?`,
            `Al sumar, $${v}$ desaparece solo si sus términos en las ecuaciones son opuestos. ¿En qué debe convertirse el término con $${v}$ de la ${which.es} ecuación?`,
          ),
          hints: [
            text(
              `Compare the $${v}$ terms of both equations. After multiplying, the $${v}$ term of the ${which.en} equation must be the opposite of the other one.`,
              `Compara los términos con $${v}$ de ambas ecuaciones. Después de multiplicar, el término con $${v}$ de la ${which.es} ecuación debe ser el opuesto del otro.`,
            ),
            text(
              `Ask: the coefficient of $${v}$ in the ${which.en} equation times what number gives the opposite of the other coefficient of $${v}$?`,
              `Pregúntate: el coeficiente de $${v}$ en la ${which.es} ecuación, ¿por qué número hay que multiplicarlo para obtener el opuesto del otro coeficiente de $${v}$?`,
            ),
            sameSign
              ? text(
                  `Both $${v}$ terms have the same sign, so the number you need is negative.`,
                  `Ambos términos con $${v}$ tienen el mismo signo, así que el número que necesitas es negativo.`,
                )
              : text(
                  `The $${v}$ terms already have opposite signs, so the number you need is positive.`,
                  `Los términos con $${v}$ ya tienen signos opuestos, así que el número que necesitas es positivo.`,
                ),
          ],
          misconceptions: [misconception('sign-error', num(-m))],
          worked: [
            text(
              `The $${v}$ terms are $${keptVTerm}$ and $${scaledVTerm}$. To cancel $${keptVTerm}$ you need $${term(-pv, v)}$.`,
              `Los términos con $${v}$ son $${keptVTerm}$ y $${scaledVTerm}$. Para cancelar $${keptVTerm}$ necesitas $${term(-pv, v)}$.`,
            ),
            text(
              `$${p(m)} \\cdot ${qv === 1 ? v : `(${scaledVTerm})`} = ${term(-pv, v)}$, so multiply by $${n(m)}$.`,
              `$${p(m)} \\cdot ${qv === 1 ? v : `(${scaledVTerm})`} = ${term(-pv, v)}$, así que multiplica por $${n(m)}$.`,
            ),
          ],
        }),
        step({
          id: s,
          prompt: text(
            `Multiply, add the equations, and solve. What is $${s}$?`,
            `Multiplica, suma las ecuaciones y resuelve. ¿Cuánto vale $${s}$?`,
          ),
          answer: solved(s, '=', sValue),
          guidingQuestion: text(
            `After multiplying, which variable is left when you add the equations?`,
            `Después de multiplicar, ¿qué variable queda al sumar las ecuaciones?`,
          ),
          hints: [
            text(
              `Multiply every term of the ${which.en} equation by your number, including the number on the right side.`,
              `Multiplica cada término de la ${which.es} ecuación por tu número, también el número del lado derecho.`,
            ),
            text(
              `Add the left sides together and the right sides together: the $${v}$ terms cancel.`,
              `Suma entre sí los lados izquierdos y entre sí los lados derechos: los términos con $${v}$ se cancelan.`,
            ),
            text(
              `Divide both sides by the coefficient of $${s}$ that is left.`,
              `Divide ambos lados entre el coeficiente de $${s}$ que queda.`,
            ),
          ],
          misconceptions: [
            misconception('answered-the-other-variable', solved(s, '=', vValue)),
            misconception('sign-error', solved(s, '=', -sValue)),
            // the right side left unmultiplied
            misconception(
              'distributed-to-first-term-only',
              solved(s, '=', ratio(keptRhs + scaledRhs, sCoefficient)),
            ),
          ],
          worked: [
            text(
              `Multiply equation (${scaledFirst ? 1 : 2}) by $${n(m)}$: $${multiplied}$`,
              `Multiplica la ecuación (${scaledFirst ? 1 : 2}) por $${n(m)}$: $${multiplied}$`,
            ),
            text(
              `Add it to $${kept}$: $${term(sCoefficient, s)} = ${n(sum)}$`,
              `Súmala a $${kept}$: $${term(sCoefficient, s)} = ${n(sum)}$`,
            ),
            ...(sCoefficient === 1
              ? []
              : [
                  text(
                    `Divide by $${n(sCoefficient)}$: $${s} = ${n(sValue)}$`,
                    `Divide entre $${n(sCoefficient)}$: $${s} = ${n(sValue)}$`,
                  ),
                ]),
          ],
        }),
        step({
          id: v,
          prompt: text(`Now, what is $${v}$?`, `Ahora, ¿cuánto vale $${v}$?`),
          answer: solved(v, '=', vValue),
          guidingQuestion: text(
            `You know $${s}$ now. How can one of the original equations give you $${v}$?`,
            `Ya conoces $${s}$. ¿Cómo puede darte $${v}$ una de las ecuaciones originales?`,
          ),
          hints: [
            text(
              `Substitute your value of $${s}$ into either original equation.`,
              `Sustituye tu valor de $${s}$ en cualquiera de las ecuaciones originales.`,
            ),
            text(
              `Move the term with $${s}$ to the right side, then divide by the coefficient of $${v}$.`,
              `Pasa el término con $${s}$ al lado derecho y luego divide entre el coeficiente de $${v}$.`,
            ),
          ],
          misconceptions: [
            misconception('answered-the-other-variable', solved(v, '=', sValue)),
            misconception('sign-error', solved(v, '=', -vValue)),
            // the s term moved across without changing its sign
            misconception(
              'moved-term-without-changing-sign',
              solved(v, '=', ratio(keptRhs + ps * sValue, pv)),
            ),
          ],
          worked: [
            text(
              `In $${kept}$ put $${s} = ${n(sValue)}$: $${putIn}$`,
              `En $${kept}$ pon $${s} = ${n(sValue)}$: $${putIn}$`,
            ),
            text(
              `$${term(pv, v)} = ${n(rest)}$, so $${v} = ${n(vValue)}$`,
              `$${term(pv, v)} = ${n(rest)}$, así que $${v} = ${n(vValue)}$`,
            ),
          ],
        }),
      ],
    };
  },
});
