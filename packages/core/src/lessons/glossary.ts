import { type Localized, text } from '../language/localized.ts';

/** A glossary term: when it applies, a plain definition (below grade) and a standard one. */
export interface GlossaryTerm {
  /** Lower-case word parts of skill ids or names that call for the term. */
  readonly when: readonly string[];
  readonly plain: Localized;
  readonly standard: Localized;
}

/** Authored glossary entries, in the order they are listed. */
export const glossary: readonly GlossaryTerm[] = [
  {
    when: ['equation', 'ecuaci'],
    plain: text(
      'Equation: two things that are the same, with an equals sign between them.',
      'Ecuación: dos cosas que valen lo mismo, con un signo igual entre ellas.',
    ),
    standard: text(
      'Equation: a statement that two expressions have the same value.',
      'Ecuación: una igualdad entre dos expresiones que tienen el mismo valor.',
    ),
  },
  {
    when: ['equation', 'expression', 'variable', 'ecuaci', 'expresi', 'inequalit'],
    plain: text(
      'Variable: a letter that stands for a number we do not know yet.',
      'Variable: una letra que ocupa el lugar de un número que aún no sabemos.',
    ),
    standard: text(
      'Variable: a symbol, usually a letter, that represents an unknown or changing quantity.',
      'Variable: un símbolo, normalmente una letra, que representa una cantidad desconocida o que cambia.',
    ),
  },
  {
    when: ['equation', 'inequalit', 'one-step', 'two-step', 'ecuaci'],
    plain: text(
      'Inverse operation: the step that undoes another step, like take away to undo add.',
      'Operación inversa: el paso que deshace otro paso, como restar para deshacer sumar.',
    ),
    standard: text(
      'Inverse operation: an operation that reverses the effect of another, such as division for multiplication.',
      'Operación inversa: una operación que invierte el efecto de otra, como la división respecto de la multiplicación.',
    ),
  },
  {
    when: ['like-term', 'simplify', 'distributive', 'expression', 'both-sides'],
    plain: text(
      'Term: one part of a sum, like a number or a number times a letter.',
      'Término: una parte de una suma, como un número o un número por una letra.',
    ),
    standard: text(
      'Term: a number, a variable, or a product of them, separated from others by plus or minus signs.',
      'Término: un número, una variable o un producto de ellos, separado de otros por signos más o menos.',
    ),
  },
  {
    when: ['slope', 'line', 'intercept', 'pendiente', 'recta'],
    plain: text(
      'Slope: how much a line goes up for each step to the right.',
      'Pendiente: cuánto sube una recta por cada paso a la derecha.',
    ),
    standard: text(
      'Slope: the rate of change of a line, the change in y divided by the change in x.',
      'Pendiente: la razón de cambio de una recta, el cambio en y dividido entre el cambio en x.',
    ),
  },
  {
    when: ['inequalit', 'desigualdad'],
    plain: text(
      'Inequality: a math sentence that says one side is bigger or smaller.',
      'Desigualdad: una frase matemática que dice que un lado es mayor o menor.',
    ),
    standard: text(
      'Inequality: a statement that compares two expressions with <, >, ≤ or ≥.',
      'Desigualdad: una expresión que compara dos expresiones con <, >, ≤ o ≥.',
    ),
  },
  {
    when: ['percent', 'porcentaje'],
    plain: text('Percent: a part out of one hundred.', 'Porcentaje: una parte de cada cien.'),
    standard: text(
      'Percent: a ratio that compares a quantity to one hundred.',
      'Porcentaje: una razón que compara una cantidad con cien.',
    ),
  },
  {
    when: ['mean', 'median', 'media'],
    plain: text(
      'Mean: add all the values, then share the total equally.',
      'Media: suma todos los valores y reparte el total a partes iguales.',
    ),
    standard: text(
      'Mean: the sum of the values divided by how many values there are.',
      'Media: la suma de los valores dividida entre el número de valores.',
    ),
  },
  {
    when: ['chart', 'graph', 'grafico'],
    plain: text(
      'Axis: the line on the side or bottom of a chart that shows the numbers.',
      'Eje: la línea del lado o de abajo de un gráfico que muestra los números.',
    ),
    standard: text(
      'Axis: a reference line of a chart whose scale gives the values being shown.',
      'Eje: una línea de referencia del gráfico cuya escala da los valores representados.',
    ),
  },
];

/** The glossary terms that a lesson's skills call for (at most five). */
export function termsFor(skills: readonly { id: string; name: Localized }[]): GlossaryTerm[] {
  const words = skills
    .map((s) => `${s.id} ${s.name.en} ${s.name.es}`)
    .join(' ')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return glossary.filter((g) => g.when.some((w) => words.includes(w))).slice(0, 5);
}
