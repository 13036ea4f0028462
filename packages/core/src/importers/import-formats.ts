import { gsm8kAttribution, mathcampsAttribution } from './dataset-attributions.ts';
import type { ImportAttribution, ImportResult } from './import-result.ts';
import type { ImportLine } from './jsonl-records.ts';
import { oatutorAttribution } from './oatutor-attribution.ts';
import { Gsm8kParser } from './parse-gsm8k.ts';
import { MathcampsParser } from './parse-mathcamps.ts';
import { OatutorParser } from './parse-oatutor.ts';
import type { SuppliedFigure } from './resolve-figures.ts';

/** The companion files an import may carry besides its problems, by the key they travel under. */
export type CompanionKey = 'standards' | 'bktParams' | 'coursePlan';

/** A companion file of a format: its key, the file name in the dataset folder, and whether it is required. */
export interface CompanionFile {
  readonly key: CompanionKey;
  readonly file: string;
  readonly required: boolean;
}

/** The files a parser is made with (the problems themselves are handed to it line by line). */
export interface FormatFiles {
  readonly standards?: string | undefined;
  readonly bktParams?: string | undefined;
  readonly coursePlan?: string | undefined;
  readonly figures?: ReadonlyMap<string, SuppliedFigure> | undefined;
}

/** A parser fed one line at a time, then finished. */
export interface LineParser {
  add(line: ImportLine): void;
  finish(): ImportResult;
}

/** Everything Pathwise knows of one import format; the CLI, the routes, the web page and the runs read it here. */
export interface ImportFormatSpec {
  /** The dataset's own name (a proper noun: the web page may translate it, the CLI prints it). */
  readonly label: string;
  readonly attribution: ImportAttribution;
  /** The problems file's name in the dataset folder. */
  readonly problemsFile: string;
  readonly companions: readonly CompanionFile[];
  /** Whether the format refers to figure files (a `figures/` folder beside the problems). */
  readonly figures: boolean;
  /** The largest problems file accepted from an upload, in characters (about three times the dataset). */
  readonly maxProblemsChars: number;
  parser(files: FormatFiles): LineParser;
}

const MiB = 1024 * 1024;

/**
 * The one list of import formats. A new format is one entry here (its parser in this folder) plus its label in
 * the web app's two languages; the CLI commands, the routes' enum, the web page's choices and the runs follow.
 * @example
 * const parser = IMPORT_FORMATS.mathcamps.parser({ standards });
 */
export const IMPORT_FORMATS = {
  oatutor: {
    label: 'OATutor (Elementary Algebra)',
    attribution: oatutorAttribution,
    problemsFile: 'problems.jsonl',
    companions: [
      { key: 'bktParams', file: 'bkt-params.json', required: false },
      { key: 'coursePlan', file: 'course-plan.json', required: false },
    ],
    figures: true,
    maxProblemsChars: 16 * MiB,
    parser: (files) =>
      new OatutorParser({
        ...(files.figures ? { figures: files.figures } : {}),
        ...(files.bktParams === undefined ? {} : { bktParams: files.bktParams }),
        ...(files.coursePlan === undefined ? {} : { coursePlan: files.coursePlan }),
      }),
  },
  mathcamps: {
    label: 'MathCAMPS (Common Core)',
    attribution: mathcampsAttribution,
    problemsFile: 'problems.jsonl',
    companions: [{ key: 'standards', file: 'standards.json', required: true }],
    figures: false,
    maxProblemsChars: 12 * MiB,
    parser: (files) => new MathcampsParser(files.standards ?? '[]'),
  },
  gsm8k: {
    label: 'GSM8K Socratic',
    attribution: gsm8kAttribution,
    problemsFile: 'test_socratic.structured.jsonl',
    companions: [],
    figures: false,
    maxProblemsChars: 4 * MiB,
    parser: () => new Gsm8kParser(),
  },
} as const satisfies Record<string, ImportFormatSpec>;

/** The name of an import format. */
export type ImportFormat = keyof typeof IMPORT_FORMATS;

/** The names of the import formats, in the registry's order. */
export const IMPORT_FORMAT_NAMES = Object.keys(IMPORT_FORMATS) as readonly ImportFormat[];

/**
 * The registry entry of a format.
 * @example
 * importFormat('gsm8k').problemsFile; // 'test_socratic.structured.jsonl'
 */
export function importFormat(name: ImportFormat): ImportFormatSpec {
  return IMPORT_FORMATS[name];
}

/** Whether a stored source or typed word names an import format. */
export function isImportFormat(name: string): name is ImportFormat {
  return Object.hasOwn(IMPORT_FORMATS, name);
}
