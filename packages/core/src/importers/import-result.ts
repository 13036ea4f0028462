import type { Item } from '../content/item.ts';
import type { ImportAttribution } from '../content/stored-item-content.ts';
import type { Localized } from '../language/localized.ts';

/** One broken record (or field) of an import file; `line` is 1-based in the text handed in. */
export interface ImportProblem {
  readonly line: number;
  readonly field: string;
  readonly message: string;
  /** The message's general form, for counting by reason, when the message names a value (an id, a file). */
  readonly reason?: string;
}

/** Where imported items come from, shown wherever they are displayed (licences require it). */
export type { ImportAttribution };

/** A stored item as imported: the {@link Item} shape plus its attribution. */
export interface ImportedItem extends Item {
  readonly attribution: ImportAttribution;
  /** Images the text refers to (OATutor): name → path inside the dataset folder; see `resolveItemFigures`. */
  readonly images?: Readonly<Record<string, string>>;
  /** Once resolved: the figures the text refers to, name → SHA-256 of the stored figure. */
  readonly figures?: Readonly<Record<string, string>>;
  /** The source record's line, so a partial import can say which records it kept. */
  readonly line: number;
}

/** A skill of the framework an import creates; `bkt` holds published priors when the dataset has them. */
export interface ImportedSkill {
  readonly id: string;
  readonly parentId: string | null;
  readonly name: Localized;
  readonly description: Localized;
  /** Skills to master first (ids of this import), from the dataset's own order when it has one. */
  readonly prerequisites?: readonly string[];
  readonly bkt?: {
    readonly pInit: number;
    readonly pLearn: number;
    readonly pSlip: number;
    readonly pGuess: number;
  };
}

/**
 * What every importer returns: the good items, the framework's skills, and the problems found: the first
 * `KEPT_PROBLEMS` as they are (in line order), all of them counted, in total and by reason.
 */
export interface ImportResult {
  readonly source: string;
  readonly framework: string;
  readonly attribution: ImportAttribution;
  readonly items: readonly ImportedItem[];
  readonly skills: readonly ImportedSkill[];
  readonly problems: readonly ImportProblem[];
  /** Every problem found (`problems` keeps only the first ones). */
  readonly problemCount: number;
  /** Problems by reason (field and general message), e.g. `{ "(line): not valid JSON": 12 }`. */
  readonly problemsByReason: Readonly<Record<string, number>>;
  /** Records read (good and broken). */
  readonly records: number;
  /** Good records that became steps of an earlier record's item (MathCAMPS follow-up questions). */
  readonly recordsAsSteps: number;
  /**
   * Rejected records by the reason of their first problem; `records` = items + `recordsAsSteps` + the sum of
   * these, so every record is accounted for.
   */
  readonly rejectedRecordsByReason: Readonly<Record<string, number>>;
  /** The pathway the import proposes over its skills (in the dataset's order), when the dataset has one. */
  readonly pathway?: ImportedPathway;
}

/** The pathway an import proposes: a description of its own (the attribution is kept apart). */
export interface ImportedPathway {
  readonly name: Localized;
  readonly description: Localized;
}
