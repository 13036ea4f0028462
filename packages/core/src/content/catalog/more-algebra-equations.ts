import { text } from '../../language/localized.ts';
import { inequalitiesOneStepLimitsFamily } from '../families/algebra/inequalities-one-step-limits.ts';
import { inequalitiesOneStepTestValuesFamily } from '../families/algebra/inequalities-one-step-test-values.ts';
import { linearWordProblemsSharesFamily } from '../families/algebra/linear-word-problems-shares.ts';
import { linearWordProblemsTableFamily } from '../families/algebra/linear-word-problems-table.ts';
import { oneStepAddCheckFamily } from '../families/algebra/one-step-add-check.ts';
import { oneStepAddStoryFamily } from '../families/algebra/one-step-add-story.ts';
import { oneStepMultiplyGroupsFamily } from '../families/algebra/one-step-multiply-groups.ts';
import { oneStepMultiplyMachineFamily } from '../families/algebra/one-step-multiply-machine.ts';
import { twoStepEquationsBackwardsFamily } from '../families/algebra/two-step-equations-backwards.ts';
import { twoStepEquationsFractionFamily } from '../families/algebra/two-step-equations-fraction.ts';
import { variablesBothSidesFirstLineFamily } from '../families/algebra/variables-both-sides-first-line.ts';
import { variablesBothSidesPlansFamily } from '../families/algebra/variables-both-sides-plans.ts';
import type { ItemFamily } from '../item.ts';
import type { SkillExplanation } from '../skill-explanation.ts';

/** Further item families of this group's skills (each skill has at least three families in all). */
export const families: readonly ItemFamily[] = [
  oneStepAddStoryFamily,
  oneStepAddCheckFamily,
  oneStepMultiplyGroupsFamily,
  oneStepMultiplyMachineFamily,
  twoStepEquationsBackwardsFamily,
  twoStepEquationsFractionFamily,
  variablesBothSidesPlansFamily,
  variablesBothSidesFirstLineFamily,
  linearWordProblemsSharesFamily,
  linearWordProblemsTableFamily,
  inequalitiesOneStepLimitsFamily,
  inequalitiesOneStepTestValuesFamily,
];

/** The explanation of each of this group's skills. */
export const explanations: readonly SkillExplanation[] = [
  {
    skillId: 'alg.one-step-add',
    text: text(
      'An equation is like a balance: both sides have the same value. When a number is added to $x$, subtract it from both sides to get $x$ alone; when a number is subtracted from $x$, add it to both sides. Doing the same thing to both sides keeps the balance. Check your answer by putting it back into the equation.',
      'Una ecuación es como una balanza: los dos lados valen lo mismo. Si a $x$ se le suma un número, réstalo en ambos lados para dejar $x$ sola; si se le resta un número, súmalo en ambos lados. Hacer lo mismo en ambos lados mantiene el equilibrio. Comprueba tu respuesta sustituyéndola en la ecuación.',
    ),
  },
  {
    skillId: 'alg.one-step-multiply',
    text: text(
      'When $x$ is multiplied by a number, divide both sides by that number; when $x$ is divided by a number, multiply both sides by it. Multiplication and division undo each other, just as addition and subtraction do. Watch the signs: a negative number divided by a positive one is negative. Check by putting your value back into the equation.',
      'Si $x$ está multiplicada por un número, divide ambos lados entre ese número; si $x$ está dividida entre un número, multiplica ambos lados por él. La multiplicación y la división se deshacen una a la otra, igual que la suma y la resta. Cuidado con los signos: un número negativo dividido entre uno positivo da negativo. Comprueba sustituyendo tu valor en la ecuación.',
    ),
  },
  {
    skillId: 'alg.two-step-equations',
    text: text(
      'In an equation like $ax + b = c$, two things were done to $x$: first it was multiplied, then a number was added. To get $x$ back, undo them in reverse order, like taking off your shoes before your socks: first remove the added number from both sides, then divide both sides by the number in front of $x$.',
      'En una ecuación como $ax + b = c$, a $x$ se le hicieron dos cosas: primero se multiplicó y después se le sumó un número. Para recuperar $x$, deshazlas en orden inverso, como quitarte los zapatos antes que los calcetines: primero quita el número sumado en ambos lados y después divide ambos lados entre el número que acompaña a $x$.',
    ),
  },
  {
    skillId: 'alg.variables-both-sides',
    text: text(
      'When $x$ appears on both sides, first gather the $x$ terms on one side by subtracting (or adding) an $x$ term on both sides, and gather the plain numbers on the other side. Then you have a one- or two-step equation you already know how to solve. A term that moves to the other side changes its sign, because you really subtracted it from both sides.',
      'Cuando $x$ aparece en ambos lados, primero reúne los términos con $x$ en un lado restando (o sumando) un término con $x$ en ambos lados, y reúne los números solos en el otro. Así queda una ecuación de uno o dos pasos que ya sabes resolver. Un término que pasa al otro lado cambia de signo, porque en realidad lo restaste en ambos lados.',
    ),
  },
  {
    skillId: 'alg.linear-word-problems',
    text: text(
      'To solve a word problem, choose a letter for the unknown quantity and write what the story says as an equation. Often there is a fixed part, which is counted once, and a part that grows by the same amount for each unit, which is a rate times the unknown. Then solve the equation and check that the answer makes sense in the story.',
      'Para resolver un problema verbal, elige una letra para la cantidad desconocida y escribe lo que dice la historia como una ecuación. A menudo hay una parte fija, que se cuenta una vez, y una parte que crece lo mismo por cada unidad, que es una tasa por la incógnita. Después resuelve la ecuación y comprueba que la respuesta tiene sentido en la historia.',
    ),
  },
  {
    skillId: 'alg.inequalities-one-step',
    text: text(
      'An inequality such as $x + 3 < 10$ has many solutions, not just one. Solve it like an equation, doing the same operation to both sides, and write the answer as $x < 7$ or $x \\ge 2$. There is one new rule: when you multiply or divide both sides by a negative number, the inequality sign flips. Words help too: "at most" means $\\le$ and "at least" means $\\ge$.',
      'Una desigualdad como $x + 3 < 10$ tiene muchas soluciones, no solo una. Resuélvela como una ecuación, haciendo la misma operación en ambos lados, y escribe la respuesta como $x < 7$ o $x \\ge 2$. Hay una regla nueva: al multiplicar o dividir ambos lados por un número negativo, el signo de la desigualdad se invierte. Las palabras también ayudan: "como máximo" significa $\\le$ y "como mínimo" significa $\\ge$.',
    ),
  },
];
