import type { Localized } from '../../language/localized.ts';

/** A number, compared within a tolerance. `percent` also accepts a trailing "%". */
export interface NumberAnswer {
  readonly kind: 'number';
  readonly value: number;
  /** Absolute tolerance; 0 (the default) still absorbs floating-point noise. */
  readonly tolerance?: number;
  readonly unit?: 'percent';
}

/** A rational number compared exactly ("3/4", "6/8", "0.75" and "0,75" in Spanish are one value). */
export interface FractionAnswer {
  readonly kind: 'fraction';
  /** The value as "p/q" or an integer. */
  readonly value: string;
  /** Accept a terminating decimal of the same exact value (default true). */
  readonly acceptDecimal?: boolean;
  /** Require lowest terms: "6/8" is then incorrect for 3/4 (default false). */
  readonly lowestTerms?: boolean;
}

/** An algebraic expression, compared by equivalence. */
export interface ExpressionAnswer {
  readonly kind: 'expression';
  /** The expected expression in ASCII math ("5x + 3"). */
  readonly value: string;
  /** Variables the learner may use. */
  readonly variables: readonly string[];
  /** `combined`: a polynomial with like terms combined and no parentheses (for simplify and expand tasks). */
  readonly form?: 'any' | 'combined';
}

/** An equation or inequality ("x = 3", "x > 2", "y = 2x + 1"), compared as a solution set. */
export interface RelationAnswer {
  readonly kind: 'relation';
  /** The expected relation in ASCII math. */
  readonly value: string;
  readonly variables: readonly string[];
  /** `solved`: one side must be the variable alone and the other free of it ("x = 3", not "2x = 6"). */
  readonly form?: 'any' | 'solved';
  /** For a solved equation, accept the bare value ("3" for "x = 3"). */
  readonly acceptBareValue?: boolean;
}

/** One option of a multiple-choice step. */
export interface ChoiceOption {
  readonly id: string;
  readonly text: Localized;
}

/** Multiple choice: the learner answers with an option id. */
export interface ChoiceAnswer {
  readonly kind: 'choice';
  readonly options: readonly ChoiceOption[];
  readonly correct: string;
}

/** Short text compared after normalisation (case, accents, spacing, final punctuation). */
export interface TextAnswer {
  readonly kind: 'text';
  readonly accepted: { readonly en: readonly string[]; readonly es: readonly string[] };
}

/** What a step expects, and how an answer to it is judged. */
export type AnswerSpec =
  | NumberAnswer
  | FractionAnswer
  | ExpressionAnswer
  | RelationAnswer
  | ChoiceAnswer
  | TextAnswer;

/** The kinds of answer a step can expect. */
export type AnswerKind = AnswerSpec['kind'];
