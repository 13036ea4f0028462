import { text } from '../../language/localized.ts';
import { inequalitiesTwoStepBudgetFamily } from '../families/algebra/inequalities-two-step-budget.ts';
import { inequalitiesTwoStepErrorFamily } from '../families/algebra/inequalities-two-step-error.ts';
import { lineEquationTableFamily } from '../families/algebra/line-equation-table.ts';
import { lineEquationTwoReadingsFamily } from '../families/algebra/line-equation-two-readings.ts';
import { slopeInterceptMatchEquationFamily } from '../families/algebra/slope-intercept-match-equation.ts';
import { slopeInterceptRateContextFamily } from '../families/algebra/slope-intercept-rate-context.ts';
import { slopeRateWordFamily } from '../families/algebra/slope-rate-word.ts';
import { slopeTableFamily } from '../families/algebra/slope-table.ts';
import type { ItemFamily } from '../item.ts';
import type { SkillExplanation } from '../skill-explanation.ts';

/** Further item families of this group's skills (each skill has at least three families in all). */
export const families: readonly ItemFamily[] = [
  inequalitiesTwoStepBudgetFamily,
  inequalitiesTwoStepErrorFamily,
  slopeRateWordFamily,
  slopeTableFamily,
  slopeInterceptRateContextFamily,
  slopeInterceptMatchEquationFamily,
  lineEquationTwoReadingsFamily,
  lineEquationTableFamily,
];

/** The explanation of each of this group's skills. */
export const explanations: readonly SkillExplanation[] = [
  {
    skillId: 'alg.inequalities-two-step',
    text: text(
      'An inequality like $3x + 5 < 20$ is solved almost like an equation: undo the added or subtracted number first, then divide by the number that multiplies $x$, doing the same to both sides. The one new rule: when you multiply or divide both sides by a negative number, the inequality sign turns around ($<$ becomes $>$). The answer is not one number but a whole range of numbers, such as $x < 5$.',
      'Una desigualdad como $3x + 5 < 20$ se resuelve casi igual que una ecuación: primero deshaz el número sumado o restado y luego divide entre el número que multiplica a $x$, haciendo lo mismo en ambos lados. La única regla nueva: si multiplicas o divides ambos lados por un número negativo, el signo de la desigualdad se da vuelta ($<$ pasa a ser $>$). La respuesta no es un solo número sino todo un rango de números, como $x < 5$.',
    ),
  },
  {
    skillId: 'alg.slope',
    text: text(
      'The slope of a line tells how steep it is: how much $y$ changes when $x$ goes up by $1$. To find it from two points, divide the change in $y$ (the rise) by the change in $x$ (the run), subtracting in the same order both times. A positive slope goes up from left to right, a negative slope goes down, and in a real situation the slope is a rate, such as dollars per week.',
      'La pendiente de una recta indica cuánto se inclina: cuánto cambia $y$ cuando $x$ aumenta en $1$. Para hallarla a partir de dos puntos, divide el cambio en $y$ (la subida) entre el cambio en $x$ (el avance), restando en el mismo orden las dos veces. Una pendiente positiva sube de izquierda a derecha, una negativa baja, y en una situación real la pendiente es una razón de cambio, como dólares por semana.',
    ),
  },
  {
    skillId: 'alg.slope-intercept',
    text: text(
      'Many lines can be written as $y = mx + b$. The number $m$ that multiplies $x$ is the slope (how much $y$ changes each time $x$ goes up by $1$), and the number $b$ added on its own is the $y$-intercept (where the line crosses the $y$-axis, because there $x = 0$). Keep each number together with its sign. In a real situation $b$ is the starting amount and $m$ is how fast it grows or shrinks.',
      'Muchas rectas se pueden escribir como $y = mx + b$. El número $m$ que multiplica a $x$ es la pendiente (cuánto cambia $y$ cada vez que $x$ aumenta en $1$), y el número $b$ que se suma solo es la ordenada al origen (donde la recta corta el eje $y$, porque allí $x = 0$). Mantén cada número junto con su signo. En una situación real, $b$ es la cantidad inicial y $m$ es la rapidez con que crece o disminuye.',
    ),
  },
  {
    skillId: 'alg.line-equation',
    text: text(
      'To write the equation of a line as $y = mx + b$ you need two things: the slope $m$ and the $y$-intercept $b$. Find the slope first (from the data, or from two points as change in $y$ over change in $x$). Then take any point on the line, put its $x$ and $y$ and your slope into $y = mx + b$, and solve for $b$. Check the finished equation with another point.',
      'Para escribir la ecuación de una recta como $y = mx + b$ necesitas dos cosas: la pendiente $m$ y la ordenada al origen $b$. Primero halla la pendiente (con los datos, o con dos puntos como cambio en $y$ sobre cambio en $x$). Luego toma cualquier punto de la recta, pon su $x$, su $y$ y tu pendiente en $y = mx + b$ y despeja $b$. Comprueba la ecuación terminada con otro punto.',
    ),
  },
];
