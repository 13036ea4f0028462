import type { Localized } from '../../language/localized.ts';

/** Why an answer could not be judged at all. Such an answer is not counted as an attempt. */
export type InvalidReason =
  | 'empty'
  | 'too-long'
  | 'syntax'
  | 'division-by-zero'
  | 'undefined-value'
  | 'not-a-number'
  | 'unknown-variable'
  | 'unsupported'
  | 'missing-relation'
  | 'unexpected-relation'
  | 'unknown-option';

/** Why an answer of the right value was still not accepted. */
export type IncorrectNote = 'not-simplified' | 'not-solved' | 'not-lowest-terms';

/** The verdict on one answer. `invalid` is distinct from `incorrect`: it is not an attempt. */
export type CheckResult =
  | { readonly status: 'correct' }
  | { readonly status: 'incorrect'; readonly note?: IncorrectNote }
  | { readonly status: 'invalid'; readonly reason: InvalidReason };

/** The longest answer (in characters) that is parsed at all. */
export const maxAnswerLength = 200;

/** Messages shown to the learner for each invalid reason. */
export const invalidReasonMessages: Readonly<Record<InvalidReason, Localized>> = {
  empty: { en: 'Type an answer first.', es: 'Escribe una respuesta primero.' },
  'too-long': {
    en: `That answer is too long (at most ${maxAnswerLength} characters).`,
    es: `La respuesta es demasiado larga (como máximo ${maxAnswerLength} caracteres).`,
  },
  syntax: {
    en: 'That expression is incomplete or malformed. Check for a missing number or parenthesis.',
    es: 'La expresión está incompleta o mal escrita. Revisa si falta un número o un paréntesis.',
  },
  'division-by-zero': {
    en: 'Division by zero is undefined.',
    es: 'La división entre cero no está definida.',
  },
  'undefined-value': {
    en: 'That expression has no defined value.',
    es: 'Esa expresión no tiene un valor definido.',
  },
  'not-a-number': {
    en: 'Write your answer as a single number.',
    es: 'Escribe tu respuesta como un solo número.',
  },
  'unknown-variable': {
    en: 'Your answer uses a letter that is not in this problem.',
    es: 'Tu respuesta usa una letra que no aparece en este problema.',
  },
  unsupported: {
    en: 'Use only numbers, the variables of the problem, + − × ÷, powers and parentheses.',
    es: 'Usa solo números, las variables del problema, + − × ÷, potencias y paréntesis.',
  },
  'missing-relation': {
    en: 'Write a complete statement, for example "x > 2" or "x = 3".',
    es: 'Escribe un enunciado completo, por ejemplo "x > 2" o "x = 3".',
  },
  'unexpected-relation': {
    en: 'This step expects an expression, not an equation or inequality.',
    es: 'Este paso pide una expresión, no una ecuación ni una desigualdad.',
  },
  'unknown-option': { en: 'Choose one of the options.', es: 'Elige una de las opciones.' },
};

/** Messages for an answer of the right value in the wrong form. */
export const incorrectNoteMessages: Readonly<Record<IncorrectNote, Localized>> = {
  'not-simplified': {
    en: 'That is equivalent, but not simplified yet: combine like terms and remove parentheses.',
    es: 'Es equivalente, pero aún no está simplificado: reduce términos semejantes y quita los paréntesis.',
  },
  'not-solved': {
    en: 'That is true, but not solved yet: get the variable alone on one side.',
    es: 'Es cierto, pero aún no está resuelto: deja la variable sola en un lado.',
  },
  'not-lowest-terms': {
    en: 'Right value, but write the fraction in lowest terms.',
    es: 'El valor es correcto, pero escribe la fracción simplificada.',
  },
};

/** Whether a verdict counts as an attempt (invalid input does not). */
export function countsAsAttempt(result: CheckResult): boolean {
  return result.status !== 'invalid';
}
