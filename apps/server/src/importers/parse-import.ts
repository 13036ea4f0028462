import { AppError } from '@pathwise/core';
import { type ImportResult, parseGsm8k, parseMathcamps, parseOatutor } from '@pathwise/core/importers/index';

/** The datasets Pathwise imports. */
export const IMPORT_FORMATS = ['oatutor', 'mathcamps', 'gsm8k'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The text of an import's files: the JSONL of problems and, per format, its companion file. */
export interface ImportFiles {
  problems: string;
  /** MathCAMPS `standards.json` (required for MathCAMPS). */
  standards?: string | undefined;
  /** OATutor `bkt-params.json` (optional). */
  bktParams?: string | undefined;
}

/** Runs the format's parser; a missing companion file is bad input naming it. */
export function parseImport(format: ImportFormat, files: ImportFiles): ImportResult {
  switch (format) {
    case 'oatutor':
      return parseOatutor(
        files.problems,
        files.bktParams === undefined ? {} : { bktParams: files.bktParams },
      );
    case 'mathcamps':
      if (files.standards === undefined) {
        throw new AppError('validation_failed', 'MathCAMPS needs its standards.json', [
          { field: 'standards', message: 'required for mathcamps' },
        ]);
      }
      return parseMathcamps(files.problems, files.standards);
    case 'gsm8k':
      return parseGsm8k(files.problems);
  }
}
