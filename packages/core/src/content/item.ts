import type { Localized } from '../language/localized.ts';
import type { AnswerSpec } from './answer/answer-spec.ts';

/** A known wrong pattern: an answer that matches `answer` shows this misconception. */
export interface Misconception {
  /** A stable id shared across families ("sign-error", "added-instead-of-multiplied" …). */
  readonly id: string;
  /** The wrong answer that reveals the misconception, judged with the ordinary checker. */
  readonly answer: AnswerSpec;
  /** Feedback about the misconception, never the right answer. */
  readonly feedback: Localized;
}

/** A guiding sub-question with its own answer. */
export interface Scaffold {
  readonly id: string;
  readonly prompt: Localized;
  readonly answer: AnswerSpec;
  readonly misconceptions: readonly Misconception[];
}

/** One step of an item: a prompt, what it expects, and its help. */
export interface Step {
  readonly id: string;
  readonly prompt: Localized;
  readonly answer: AnswerSpec;
  /** A Socratic opening question that points at the approach, not the result. */
  readonly guidingQuestion: Localized;
  /** Hints ordered from general to specific; none of them states the answer. */
  readonly hints: readonly Localized[];
  readonly scaffolds: readonly Scaffold[];
  readonly misconceptions: readonly Misconception[];
  /**
   * The worked solution of this step, line by line with this item's numbers (for example `$x + 7 - 7 = 12 - 7$`).
   * Shown only as the worked example of a sibling item, never for the item itself; without it the worked example
   * shows the hints.
   */
  readonly worked?: readonly Localized[];
}

/** Data for a chart or table that a step refers to; the web app renders it with a text alternative. */
export interface Figure {
  readonly kind: 'bar' | 'line' | 'pie' | 'table';
  readonly title: Localized;
  readonly labels: readonly Localized[];
  readonly values: readonly number[];
  /** Axis range as drawn; a misleading graph starts its axis above zero. */
  readonly axis?: { readonly min: number; readonly max: number; readonly label: Localized };
}

/** Difficulty levels every family supports: 1 easier numbers and forms, 3 harder. */
export type Difficulty = 1 | 2 | 3;

/** A generated problem. Its text may carry LaTeX between `$` signs. */
export interface Item {
  /** `familyId/seed/difficulty`: regenerating from these gives the same item. */
  readonly id: string;
  readonly familyId: string;
  readonly skillId: string;
  readonly seed: number;
  readonly difficulty: Difficulty;
  readonly stem: Localized;
  readonly figure?: Figure;
  readonly steps: readonly Step[];
}

/** A seeded generator of unlimited items for one skill. */
export interface ItemFamily {
  readonly id: string;
  readonly skillId: string;
  readonly name: Localized;
  /** Deterministic: the same seed and difficulty always give the same item. */
  generate(seed: number, difficulty?: Difficulty): Item;
}
