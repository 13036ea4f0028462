import { text } from '../../language/localized.ts';
import { evaluateExpressionsFormulaFamily } from '../families/algebra/evaluate-expressions-formula.ts';
import { evaluateExpressionsTableFamily } from '../families/algebra/evaluate-expressions-table.ts';
import { integersAddChangeFamily } from '../families/algebra/integers-add-change.ts';
import { integersAddMissingFamily } from '../families/algebra/integers-add-missing.ts';
import { integersMultiplyCheckFamily } from '../families/algebra/integers-multiply-check.ts';
import { integersMultiplyRateFamily } from '../families/algebra/integers-multiply-rate.ts';
import { orderOfOperationsBillFamily } from '../families/algebra/order-of-operations-bill.ts';
import { orderOfOperationsLeftToRightFamily } from '../families/algebra/order-of-operations-left-to-right.ts';
import { writeExpressionsMatchFamily } from '../families/algebra/write-expressions-match.ts';
import { writeExpressionsPlanFamily } from '../families/algebra/write-expressions-plan.ts';
import type { ItemFamily } from '../item.ts';
import type { SkillExplanation } from '../skill-explanation.ts';

/** Further item families of this group's skills (each skill has at least three families in all). */
export const families: readonly ItemFamily[] = [
  integersAddChangeFamily,
  integersAddMissingFamily,
  integersMultiplyRateFamily,
  integersMultiplyCheckFamily,
  orderOfOperationsBillFamily,
  orderOfOperationsLeftToRightFamily,
  evaluateExpressionsFormulaFamily,
  evaluateExpressionsTableFamily,
  writeExpressionsPlanFamily,
  writeExpressionsMatchFamily,
];

/** The explanation of each of this group's skills. */
export const explanations: readonly SkillExplanation[] = [
  {
    skillId: 'alg.integers-add',
    text: text(
      'Integers are whole numbers that can be positive, negative or zero. Picture them on a number line: adding a positive number moves you right, adding a negative number moves you left. Subtracting a number is the same as adding its opposite, so $a - (-b)$ becomes $a + b$.',
      'Los enteros son números sin decimales que pueden ser positivos, negativos o cero. Imagínalos en una recta numérica: sumar un número positivo te mueve a la derecha y sumar uno negativo te mueve a la izquierda. Restar un número es lo mismo que sumar su opuesto, así que $a - (-b)$ se convierte en $a + b$.',
    ),
  },
  {
    skillId: 'alg.integers-multiply',
    text: text(
      'To multiply or divide integers, work out the size and the sign separately. Multiply or divide the sizes as usual, without the signs. Then choose the sign: two numbers with the same sign give a positive result, two with different signs give a negative result. With more numbers, count the negatives: an even count gives positive, an odd count gives negative.',
      'Para multiplicar o dividir enteros, calcula por separado el tamaño y el signo. Multiplica o divide los tamaños como siempre, sin los signos. Después elige el signo: dos números con el mismo signo dan un resultado positivo y dos con signos distintos dan uno negativo. Con más números, cuenta los negativos: si son una cantidad par, el resultado es positivo; si es impar, negativo.',
    ),
  },
  {
    skillId: 'alg.order-of-operations',
    text: text(
      'When an expression has several operations, everyone must do them in the same order to get the same answer. First work inside parentheses, then powers, then multiplication and division, and last addition and subtraction. Operations of the same level are done from left to right.',
      'Cuando una expresión tiene varias operaciones, todos deben hacerlas en el mismo orden para obtener el mismo resultado. Primero se resuelve lo que está entre paréntesis, después las potencias, luego la multiplicación y la división, y al final la suma y la resta. Las operaciones del mismo nivel se hacen de izquierda a derecha.',
    ),
  },
  {
    skillId: 'alg.evaluate-expressions',
    text: text(
      'To evaluate an expression, replace each letter by its value and then calculate. Write the value in parentheses, especially when it is negative, because a number next to a letter means multiplication: $3x$ with $x = -2$ is $3 \\cdot (-2)$. Then follow the order of operations: powers, then multiplication and division, then addition and subtraction.',
      'Para evaluar una expresión, sustituye cada letra por su valor y después calcula. Escribe el valor entre paréntesis, sobre todo si es negativo, porque un número junto a una letra indica multiplicación: $3x$ con $x = -2$ es $3 \\cdot (-2)$. Después sigue la jerarquía de operaciones: potencias, luego multiplicación y división, y al final suma y resta.',
    ),
  },
  {
    skillId: 'alg.write-expressions',
    text: text(
      'Writing an expression means turning words into math. Use a letter for the unknown number, then translate the key words: "more than" and "sum" mean add, "less than" and "difference" mean subtract, "times" and "product" mean multiply. Be careful with order: "$5$ less than $n$" is $n - 5$, not $5 - n$. Use parentheses when a sum or difference must be worked out first.',
      'Escribir una expresión es pasar las palabras a matemáticas. Usa una letra para el número desconocido y traduce las palabras clave: "aumentado en" y "suma" indican sumar, "disminuido en" y "diferencia" indican restar, "veces" y "producto" indican multiplicar. Cuida el orden: "$n$ disminuido en $5$" es $n - 5$, no $5 - n$. Usa paréntesis cuando una suma o una resta se deba calcular primero.',
    ),
  },
];
