import type { Localized } from '../language/localized.ts';
import type { ReadabilityResult } from './readability.ts';

/**
 * Where a block of a lesson came from: the organization's framework (its own text), the item bank and families,
 * Pathwise's authored templates, or a configured model endpoint (prose only, checked again).
 */
export type BlockSource = 'framework' | 'bank' | 'template' | 'model';

/** The reading levels a lesson can be differentiated for, relative to the class's grade. */
export type ReadingLevel = 'below' | 'on' | 'above';

/** The plan skeleton of one day: gradual release for procedures, 5E for inquiry and concepts. */
export type Skeleton = 'gradual-release' | '5e';

/** A skill of the organization's framework, as the composer reads it (the rows the framework routes return). */
export interface LessonSkill {
  readonly id: string;
  readonly name: Localized;
  readonly description: Localized;
  readonly parentId: string | null;
}

/** A framework skill cited by a lesson: its code and its text, copied exactly from the framework. */
export interface Citation {
  readonly code: string;
  readonly name: Localized;
  readonly description: Localized;
  readonly source: 'framework';
}

/** An activity inside a phase; visual activities come from the authored visual templates. */
export interface Activity {
  readonly templateId: string;
  readonly visual: boolean;
  readonly skillId: string;
  readonly title: Localized;
  readonly instructions: Localized;
  readonly source: BlockSource;
}

/** A timed part of a day ("I do", "explore", "final check" …). */
export interface Phase {
  readonly id: string;
  readonly title: Localized;
  readonly minutes: number;
  readonly teacherMoves: Localized;
  readonly activities: readonly Activity[];
  readonly source: BlockSource;
}

/** One day of the plan; its phases' minutes add up to the period exactly. */
export interface LessonDay {
  readonly day: number;
  readonly skeleton: Skeleton;
  readonly skillIds: readonly string[];
  readonly goal: Localized;
  readonly phases: readonly Phase[];
  readonly source: BlockSource;
}

/** Backward design: what the learners will be able to do and how it is checked, fixed before the days. */
export interface LessonDesign {
  readonly goals: readonly Citation[];
  readonly finalCheck: Localized;
  readonly source: BlockSource;
}

/** One option of a multiple-choice quiz part; a distractor names the misconception it comes from. */
export interface QuizOption {
  readonly id: string;
  readonly text: Localized;
  readonly misconceptionId?: string;
}

/** One question of a quiz item (a step of the generated item). */
export interface QuizPart {
  readonly prompt: Localized;
  readonly format: 'open' | 'choice';
  readonly options?: readonly QuizOption[];
  /** The key as the solver accepts it (an option id for a choice part); never in the student copy. */
  readonly answerKey: string;
  /** The worked solution, line by line; never in the student copy. */
  readonly worked?: readonly Localized[];
}

/** A quiz item, regenerable from `itemId` (`familyId/seed/difficulty`). */
export interface QuizItem {
  readonly number: number;
  readonly itemId: string;
  readonly skillId: string;
  readonly stem: Localized;
  readonly parts: readonly QuizPart[];
  readonly source: BlockSource;
}

/** The final check of the lesson. */
export interface Quiz {
  readonly title: Localized;
  readonly items: readonly QuizItem[];
  readonly source: BlockSource;
}

/** The four levels of every rubric criterion, from lowest to highest. */
export type RubricLevel = 'beginning' | 'developing' | 'proficient' | 'advanced';

/** One criterion of the analytic rubric: one plan skill, four descriptive levels. */
export interface RubricCriterion {
  readonly skillId: string;
  readonly skill: Localized;
  readonly levels: { readonly [L in RubricLevel]: Localized };
  readonly source: BlockSource;
}

/** One scaffold of a differentiated version. */
export interface Scaffold {
  readonly kind: 'glossary' | 'sentence-frames' | 'worked-example' | 'chunking' | 'extension';
  readonly title: Localized;
  readonly lines: readonly Localized[];
  readonly source: BlockSource;
}

/** A version of the student material for one reading level: same items and skills, other scaffolds. */
export interface LessonVersion {
  readonly level: ReadingLevel;
  readonly skillIds: readonly string[];
  readonly itemIds: readonly string[];
  readonly directions: Localized;
  readonly scaffolds: readonly Scaffold[];
  /** The measured reading level of the version's student-facing text (directions and scaffolds). */
  readonly readability: { readonly en: ReadabilityResult; readonly es: ReadabilityResult };
  readonly source: BlockSource;
}

/** A composed lesson: plain JSON, so that it can be stored and versioned as it is. */
export interface Lesson {
  /** Bumped when the shape of this object changes, so that stored lessons can be read back. */
  readonly format: 1;
  readonly seed: number;
  readonly topic: string;
  readonly periodMinutes: number;
  readonly standards: readonly Citation[];
  readonly design: LessonDesign;
  readonly days: readonly LessonDay[];
  readonly quiz: Quiz;
  readonly rubric: readonly RubricCriterion[];
  readonly versions: readonly LessonVersion[];
}
