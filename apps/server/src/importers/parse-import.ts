import { createHash } from 'node:crypto';
import { AppError } from '@pathwise/core';
import {
  type FigureMediaType,
  figureMediaType,
  figuresUsed,
  type ImportResult,
  parseGsm8k,
  parseMathcamps,
  parseOatutor,
  type SuppliedFigure,
} from '@pathwise/core/importers/index';

/** The datasets Pathwise imports. */
export const IMPORT_FORMATS = ['oatutor', 'mathcamps', 'gsm8k'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The files of an import: the JSONL of problems and, per format, its companion file and figures. */
export interface ImportFiles {
  problems: string;
  /** MathCAMPS `standards.json` (required for MathCAMPS). */
  standards?: string | undefined;
  /** OATutor `bkt-params.json` (optional). */
  bktParams?: string | undefined;
  /** OATutor figure files by file name (`3f2a….gif`), as the problems' `figures` maps name them. */
  figures?: ReadonlyMap<string, Uint8Array> | undefined;
}

/** A figure ready to store: its bytes, their hash and the type read from them. */
export interface CheckedFigure {
  sha256: string;
  mediaType: FigureMediaType;
  bytes: Uint8Array;
}

/** A parsed import: the records (figure references resolved) and the figures its good records use. */
export interface ParsedImport {
  result: ImportResult;
  figures: CheckedFigure[];
}

/** Throws bad input when a format's required companion file is missing (before anything is stored). */
export function checkImportFiles(format: ImportFormat, files: { standards?: unknown }): void {
  if (format === 'mathcamps' && files.standards === undefined) {
    throw new AppError('validation_failed', 'MathCAMPS needs its standards.json', [
      { field: 'standards', message: 'required for mathcamps' },
    ]);
  }
}

function checkFigures(files: ReadonlyMap<string, Uint8Array>) {
  const supplied = new Map<string, SuppliedFigure>();
  const checked = new Map<string, CheckedFigure>();
  for (const [name, bytes] of files) {
    const type = figureMediaType(bytes);
    if ('problem' in type) {
      supplied.set(name, type);
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    supplied.set(name, { sha256, mediaType: type.mediaType });
    checked.set(sha256, { sha256, mediaType: type.mediaType, bytes });
  }
  return { supplied, checked };
}

/**
 * Runs the format's parser, then resolves OATutor figure references against the supplied figure files (a record
 * whose figure is missing or refused becomes a rejected record); a missing companion file is bad input.
 */
export function parseImport(format: ImportFormat, files: ImportFiles): ParsedImport {
  checkImportFiles(format, files);
  switch (format) {
    case 'oatutor': {
      const { supplied, checked } = checkFigures(files.figures ?? new Map());
      const result = parseOatutor(files.problems, {
        figures: supplied,
        ...(files.bktParams === undefined ? {} : { bktParams: files.bktParams }),
      });
      return { result, figures: [...figuresUsed(result.items)].map((sha) => checked.get(sha)!) };
    }
    case 'mathcamps':
      return { result: parseMathcamps(files.problems, files.standards!), figures: [] };
    case 'gsm8k':
      return { result: parseGsm8k(files.problems), figures: [] };
  }
}
