import type { Localized } from '../language/localized.ts';

/** Feedback for the misconceptions the demo content detects, keyed by misconception id. */
export const misconceptionFeedback = {
  'sign-error': {
    en: 'Check the sign of your answer: the size looks right, but is the result positive or negative?',
    es: 'Revisa el signo de tu respuesta: el tamaño parece correcto, pero ¿el resultado es positivo o negativo?',
  },
  'subtracting-a-negative': {
    en: 'Subtracting a negative number is the same as adding its opposite. Did you subtract instead?',
    es: 'Restar un número negativo es lo mismo que sumar su opuesto. ¿Restaste en su lugar?',
  },
  'added-instead-of-multiplied': {
    en: 'It looks like you added the numbers. This problem asks you to multiply (or divide) them.',
    es: 'Parece que sumaste los números. Este problema pide multiplicarlos (o dividirlos).',
  },
  'left-to-right': {
    en: 'It looks like you worked strictly left to right. Multiplication and division come before addition and subtraction.',
    es: 'Parece que calculaste de izquierda a derecha. La multiplicación y la división van antes que la suma y la resta.',
  },
  'exponent-as-multiplication': {
    en: 'A power is repeated multiplication: the exponent says how many times the base is multiplied by itself, not what to multiply it by.',
    es: 'Una potencia es una multiplicación repetida: el exponente dice cuántas veces se multiplica la base por sí misma, no por cuánto multiplicarla.',
  },
  'juxtaposition-as-digits': {
    en: 'A number next to a variable means multiplication: replace the variable by its value and multiply, instead of writing the digits side by side.',
    es: 'Un número junto a una variable indica multiplicación: sustituye la variable por su valor y multiplica, en lugar de escribir los dígitos uno al lado del otro.',
  },
  'negative-squared': {
    en: 'When you substitute a negative number into a square, keep it in parentheses: the square of a negative number is positive.',
    es: 'Al sustituir un número negativo en un cuadrado, ponlo entre paréntesis: el cuadrado de un número negativo es positivo.',
  },
  'combined-unlike-terms': {
    en: 'Only like terms can be combined: terms with x and plain numbers stay separate.',
    es: 'Solo se pueden reducir términos semejantes: los términos con x y los números solos quedan separados.',
  },
  'dropped-minus-before-term': {
    en: 'The minus sign in front of a term belongs to that term. Did you treat it as a plus?',
    es: 'El signo menos delante de un término pertenece a ese término. ¿Lo trataste como un más?',
  },
  'distributed-to-first-term-only': {
    en: 'The factor outside the parentheses multiplies every term inside, not only the first one.',
    es: 'El factor fuera del paréntesis multiplica a todos los términos de dentro, no solo al primero.',
  },
  'distributed-sign-error': {
    en: 'When the factor outside is negative, it changes the sign of every term inside.',
    es: 'Cuando el factor de fuera es negativo, cambia el signo de todos los términos de dentro.',
  },
  'same-operation-not-inverse': {
    en: 'To undo an operation, do the opposite one to both sides. It looks like you did the same operation again.',
    es: 'Para deshacer una operación, aplica la operación opuesta en ambos lados. Parece que repetiste la misma operación.',
  },
  'subtracted-instead-of-divided': {
    en: 'The variable is multiplied by a number, so undo the multiplication. Subtracting does not undo it.',
    es: 'La variable está multiplicada por un número, así que hay que deshacer la multiplicación. Restar no la deshace.',
  },
  'divided-before-subtracting': {
    en: 'Undo the operations in reverse order: first remove the number added to the term with x, then divide.',
    es: 'Deshaz las operaciones en orden inverso: primero quita el número sumado al término con x y luego divide.',
  },
  'moved-term-without-changing-sign': {
    en: 'When a term moves to the other side, you are really subtracting it from both sides, so its sign changes.',
    es: 'Cuando un término pasa al otro lado, en realidad lo restas en ambos lados, así que cambia de signo.',
  },
  'forgot-to-flip-inequality': {
    en: 'When you multiply or divide both sides of an inequality by a negative number, the inequality sign flips.',
    es: 'Al multiplicar o dividir ambos lados de una desigualdad por un número negativo, el signo de la desigualdad se invierte.',
  },
  'flipped-inequality-unnecessarily': {
    en: 'The sign only flips when you multiply or divide by a negative number. Was that the case here?',
    es: 'El signo solo se invierte al multiplicar o dividir por un número negativo. ¿Pasó eso aquí?',
  },
  'reversed-subtraction-in-words': {
    en: '"Less than" reverses the order: "a number less than n" starts from n and takes that number away.',
    es: 'Fíjate en el orden: "n disminuido en un número" parte de n y le quita ese número, no al revés.',
  },
  'run-over-rise': {
    en: 'Slope is rise over run: the change in y goes on top, the change in x at the bottom.',
    es: 'La pendiente es el cambio vertical sobre el horizontal: el cambio en y arriba y el cambio en x abajo.',
  },
  'mixed-subtraction-order': {
    en: 'Subtract in the same order on top and at the bottom: second point minus first point both times.',
    es: 'Resta en el mismo orden arriba y abajo: segundo punto menos primer punto en ambos casos.',
  },
  'slope-intercept-confusion': {
    en: 'In y = mx + b the slope is the number that multiplies x; the other number is where the line crosses the y-axis.',
    es: 'En y = mx + b la pendiente es el número que multiplica a x; el otro número es donde la recta corta el eje y.',
  },
  'intercept-sign': {
    en: 'Keep the sign with the number: when the equation subtracts the constant, the line crosses the y-axis below zero.',
    es: 'Mantén el signo con el número: si la ecuación resta el término independiente, la recta corta el eje y por debajo de cero.',
  },
  'point-coordinate-as-intercept': {
    en: 'The y-coordinate of a point is the intercept only when that point has x = 0.',
    es: 'La coordenada y de un punto es la ordenada al origen solo si ese punto tiene x = 0.',
  },
  'answered-the-other-variable': {
    en: 'That is the value of the other variable. Substitute it to find the one this step asks for.',
    es: 'Ese es el valor de la otra variable. Sustitúyelo para encontrar la que pide este paso.',
  },
  'ignored-fixed-part': {
    en: 'Remember the fixed part of the cost: take it away before sharing out the rest.',
    es: 'Recuerda la parte fija del costo: réstala antes de repartir el resto.',
  },
  'stopped-before-dividing': {
    en: 'You removed the fixed part. One more operation is left to find a single unit.',
    es: 'Quitaste la parte fija. Falta una operación más para llegar a una sola unidad.',
  },
  'read-one-value-only': {
    en: 'The question compares a pair of values. Read both bars, then compare them.',
    es: 'La pregunta compara un par de valores. Lee ambas barras y luego compáralas.',
  },
  'added-instead-of-compared': {
    en: '"How many more" asks for a difference, not a total.',
    es: '"Cuántos más" pide una diferencia, no un total.',
  },
  'forgot-divide-by-100': {
    en: 'A percent is a number of hundredths: p% of a number is p hundredths of it.',
    es: 'Un porcentaje es una cantidad de centésimas: el p % de un número son p centésimas de él.',
  },
  'divided-by-percent': {
    en: 'Finding a percent of a number means multiplying it by a number of hundredths, not dividing by the percent.',
    es: 'Calcular un porcentaje de un número es multiplicarlo por una cantidad de centésimas, no dividir entre el porcentaje.',
  },
  'percent-as-decimal': {
    en: 'You found the decimal. A percent is that decimal times 100.',
    es: 'Encontraste el decimal. Un porcentaje es ese decimal por 100.',
  },
  'wrong-base-for-change': {
    en: 'Percent change compares the change with the original value, not with the new one.',
    es: 'El cambio porcentual compara el cambio con el valor original, no con el nuevo.',
  },
  'absolute-instead-of-percent': {
    en: 'That is the change itself. The question asks for it as a percent of the original value.',
    es: 'Ese es el cambio en sí. La pregunta lo pide como porcentaje del valor original.',
  },
  'gave-percent-not-count': {
    en: 'The chart gives a percent. The question asks how many people that percent is.',
    es: 'El gráfico da un porcentaje. La pregunta pide cuántas personas representa.',
  },
  'sum-not-divided': {
    en: 'You found the total. The mean shares the total equally among all the values.',
    es: 'Encontraste el total. La media reparte el total por igual entre todos los valores.',
  },
  'divided-by-wrong-count': {
    en: 'Count the values again: divide by how many values there are.',
    es: 'Cuenta de nuevo los valores: divide entre cuántos valores hay.',
  },
  'median-for-mean': {
    en: 'That is the middle value (the median). The mean is the total shared equally.',
    es: 'Ese es el valor central (la mediana). La media es el total repartido por igual.',
  },
  'median-of-unsorted': {
    en: 'Sort the values first: the median is the middle of the ordered list.',
    es: 'Ordena primero los valores: la mediana es el centro de la lista ordenada.',
  },
  'mean-for-median': {
    en: 'That is the mean. The median is the middle value once the list is sorted.',
    es: 'Esa es la media. La mediana es el valor central cuando la lista está ordenada.',
  },
  'reversed-change': {
    en: 'Change is later value minus earlier value. Which way did the line go?',
    es: 'El cambio es el valor posterior menos el anterior. ¿Hacia dónde fue la línea?',
  },
  'compared-values-not-drawn-bars': {
    en: 'That compares the real values. The question asks how the bars look as drawn, from where the axis starts.',
    es: 'Eso compara los valores reales. La pregunta es cómo se ven las barras tal como están dibujadas, desde donde empieza el eje.',
  },
  'trusted-truncated-axis': {
    en: 'Check where the vertical axis starts. If it does not start at zero, the bars are not drawn to scale.',
    es: 'Fíjate dónde empieza el eje vertical. Si no empieza en cero, las barras no están a escala.',
  },
  'outlier-pulls-mean': {
    en: 'One very large or very small value pulls the mean toward it. Which measure ignores how extreme it is?',
    es: 'Un valor muy grande o muy pequeño arrastra la media hacia él. ¿Qué medida no depende de lo extremo que sea?',
  },
} as const satisfies Record<string, Localized>;

/** The id of a misconception in the catalog. */
export type MisconceptionId = keyof typeof misconceptionFeedback;
