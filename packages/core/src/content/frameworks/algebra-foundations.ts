import { type Localized, text } from '../../language/localized.ts';
import type { Pathway } from '../../skills-graph/pathway.ts';
import { asSkillId, type Skill } from '../../skills-graph/skill.ts';

function skill(
  id: string,
  parent: string | null,
  name: Localized,
  description: Localized,
  prerequisites: string[] = [],
): Skill {
  return {
    id: asSkillId(id),
    name,
    description,
    parentId: parent === null ? null : asSkillId(parent),
    prerequisites: prerequisites.map(asSkillId),
  };
}

/** Strands that group the algebra skills (hierarchy only: they have no items of their own). */
const strands: Skill[] = [
  skill(
    'alg',
    null,
    text('Algebra foundations', 'Fundamentos de álgebra'),
    text(
      'Number, expressions, equations and linear relationships.',
      'Números, expresiones, ecuaciones y relaciones lineales.',
    ),
  ),
  skill(
    'alg.number',
    'alg',
    text('Integers and operations', 'Enteros y operaciones'),
    text('Signed numbers and the order of operations.', 'Números con signo y jerarquía de operaciones.'),
  ),
  skill(
    'alg.expressions',
    'alg',
    text('Expressions', 'Expresiones'),
    text('Writing, evaluating and simplifying expressions.', 'Escribir, evaluar y simplificar expresiones.'),
  ),
  skill(
    'alg.equations',
    'alg',
    text('Equations', 'Ecuaciones'),
    text(
      'Solving linear equations and modelling with them.',
      'Resolver ecuaciones lineales y modelar con ellas.',
    ),
  ),
  skill(
    'alg.inequalities',
    'alg',
    text('Inequalities', 'Desigualdades'),
    text('Solving linear inequalities.', 'Resolver desigualdades lineales.'),
  ),
  skill(
    'alg.linear',
    'alg',
    text('Linear relationships', 'Relaciones lineales'),
    text('Slope, lines and systems of equations.', 'Pendiente, rectas y sistemas de ecuaciones.'),
  ),
];

/** The twenty practice skills of "Algebra foundations", with prerequisite edges. */
const practiceSkills: Skill[] = [
  skill(
    'alg.integers-add',
    'alg.number',
    text('Add and subtract integers', 'Sumar y restar enteros'),
    text(
      'Add and subtract positive and negative whole numbers, including subtracting a negative.',
      'Sumar y restar números enteros positivos y negativos, incluso restar un negativo.',
    ),
  ),
  skill(
    'alg.integers-multiply',
    'alg.number',
    text('Multiply and divide integers', 'Multiplicar y dividir enteros'),
    text(
      'Multiply and divide signed numbers using the sign rules.',
      'Multiplicar y dividir números con signo usando la regla de los signos.',
    ),
    ['alg.integers-add'],
  ),
  skill(
    'alg.order-of-operations',
    'alg.number',
    text('Order of operations', 'Jerarquía de operaciones'),
    text(
      'Evaluate numerical expressions with several operations, powers and parentheses.',
      'Calcular expresiones numéricas con varias operaciones, potencias y paréntesis.',
    ),
    ['alg.integers-multiply'],
  ),
  skill(
    'alg.evaluate-expressions',
    'alg.expressions',
    text('Evaluate expressions', 'Evaluar expresiones'),
    text(
      'Substitute values, including negatives, into algebraic expressions.',
      'Sustituir valores, también negativos, en expresiones algebraicas.',
    ),
    ['alg.order-of-operations'],
  ),
  skill(
    'alg.write-expressions',
    'alg.expressions',
    text('Write expressions from words', 'Escribir expresiones a partir de palabras'),
    text(
      'Translate phrases such as "4 less than 3 times n" into expressions.',
      'Traducir frases como "4 menos que 3 veces n" a expresiones.',
    ),
    ['alg.order-of-operations'],
  ),
  skill(
    'alg.like-terms',
    'alg.expressions',
    text('Combine like terms', 'Reducir términos semejantes'),
    text('Recognise like terms and combine them.', 'Reconocer términos semejantes y reducirlos.'),
    ['alg.integers-add'],
  ),
  skill(
    'alg.distributive',
    'alg.expressions',
    text('Use the distributive property', 'Aplicar la propiedad distributiva'),
    text('Expand a product of a number and a sum.', 'Desarrollar el producto de un número por una suma.'),
    ['alg.integers-multiply'],
  ),
  skill(
    'alg.simplify-expressions',
    'alg.expressions',
    text('Simplify expressions', 'Simplificar expresiones'),
    text(
      'Distribute and combine like terms to simplify an expression.',
      'Distribuir y reducir términos semejantes para simplificar una expresión.',
    ),
    ['alg.like-terms', 'alg.distributive'],
  ),
  skill(
    'alg.one-step-add',
    'alg.equations',
    text('Solve one-step equations (add and subtract)', 'Resolver ecuaciones de un paso (suma y resta)'),
    text(
      'Solve x + a = b and x − a = b with inverse operations.',
      'Resolver x + a = b y x − a = b con operaciones inversas.',
    ),
    ['alg.integers-add'],
  ),
  skill(
    'alg.one-step-multiply',
    'alg.equations',
    text(
      'Solve one-step equations (multiply and divide)',
      'Resolver ecuaciones de un paso (multiplicación y división)',
    ),
    text(
      'Solve ax = b and x / a = b with inverse operations.',
      'Resolver ax = b y x / a = b con operaciones inversas.',
    ),
    ['alg.integers-multiply'],
  ),
  skill(
    'alg.two-step-equations',
    'alg.equations',
    text('Solve two-step equations', 'Resolver ecuaciones de dos pasos'),
    text(
      'Solve ax + b = c by undoing operations in reverse order.',
      'Resolver ax + b = c deshaciendo las operaciones en orden inverso.',
    ),
    ['alg.one-step-add', 'alg.one-step-multiply'],
  ),
  skill(
    'alg.variables-both-sides',
    'alg.equations',
    text(
      'Solve equations with the variable on both sides',
      'Resolver ecuaciones con la incógnita en ambos lados',
    ),
    text(
      'Collect variable terms on one side and solve.',
      'Reunir los términos con incógnita en un lado y resolver.',
    ),
    ['alg.two-step-equations', 'alg.like-terms'],
  ),
  skill(
    'alg.linear-word-problems',
    'alg.equations',
    text('Solve linear word problems', 'Resolver problemas verbales lineales'),
    text(
      'Model a situation with a fixed part and a rate, then solve.',
      'Modelar una situación con una parte fija y una tarifa, y resolver.',
    ),
    ['alg.two-step-equations', 'alg.write-expressions'],
  ),
  skill(
    'alg.inequalities-one-step',
    'alg.inequalities',
    text('Solve one-step inequalities', 'Resolver desigualdades de un paso'),
    text(
      'Solve ax < b, flipping the sign when dividing by a negative.',
      'Resolver ax < b, invirtiendo el signo al dividir entre un negativo.',
    ),
    ['alg.one-step-add', 'alg.one-step-multiply'],
  ),
  skill(
    'alg.inequalities-two-step',
    'alg.inequalities',
    text('Solve two-step inequalities', 'Resolver desigualdades de dos pasos'),
    text('Solve ax + b < c.', 'Resolver ax + b < c.'),
    ['alg.inequalities-one-step', 'alg.two-step-equations'],
  ),
  skill(
    'alg.slope',
    'alg.linear',
    text('Find the slope from two points', 'Hallar la pendiente a partir de dos puntos'),
    text(
      'Compute rise over run between two points.',
      'Calcular el cociente entre el cambio vertical y el horizontal de dos puntos.',
    ),
    ['alg.integers-multiply'],
  ),
  skill(
    'alg.slope-intercept',
    'alg.linear',
    text('Read slope and intercept', 'Leer pendiente y ordenada al origen'),
    text('Identify m and b in y = mx + b.', 'Identificar m y b en y = mx + b.'),
    ['alg.slope', 'alg.evaluate-expressions'],
  ),
  skill(
    'alg.line-equation',
    'alg.linear',
    text('Write the equation of a line', 'Escribir la ecuación de una recta'),
    text(
      'Write y = mx + b from a slope and a point.',
      'Escribir y = mx + b a partir de una pendiente y un punto.',
    ),
    ['alg.slope-intercept', 'alg.one-step-add'],
  ),
  skill(
    'alg.systems-substitution',
    'alg.linear',
    text('Solve systems by substitution', 'Resolver sistemas por sustitución'),
    text(
      'Solve a system of two linear equations by substitution.',
      'Resolver un sistema de dos ecuaciones lineales por sustitución.',
    ),
    ['alg.line-equation', 'alg.variables-both-sides', 'alg.distributive'],
  ),
  skill(
    'alg.systems-elimination',
    'alg.linear',
    text('Solve systems by elimination', 'Resolver sistemas por reducción'),
    text(
      'Solve a system by adding or subtracting its equations.',
      'Resolver un sistema sumando o restando sus ecuaciones.',
    ),
    ['alg.systems-substitution'],
  ),
];

/** Every skill of the algebra framework: strands first, then the practice skills. */
export const algebraFoundationsSkills: readonly Skill[] = [...strands, ...practiceSkills];

/** The "Algebra foundations" pathway: its goals close over the twenty practice skills. */
export const algebraFoundationsPathway: Pathway = {
  id: 'algebra-foundations',
  name: text('Algebra foundations', 'Fundamentos de álgebra'),
  description: text(
    'From integers to systems of equations: the algebra needed for a first certificate.',
    'De los números enteros a los sistemas de ecuaciones: el álgebra necesaria para un primer certificado.',
  ),
  goalSkillIds: [
    'alg.systems-elimination',
    'alg.inequalities-two-step',
    'alg.linear-word-problems',
    'alg.simplify-expressions',
  ].map(asSkillId),
};
