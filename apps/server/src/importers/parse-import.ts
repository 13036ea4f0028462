import { createHash } from 'node:crypto';
import { AppError } from '@pathwise/core';
import {
  type FigureMediaType,
  figureMediaType,
  figuresUsed,
  Gsm8kParser,
  type ImportLine,
  type ImportResult,
  MathcampsParser,
  OatutorParser,
  type SuppliedFigure,
} from '@pathwise/core/importers';
import { linesOfSource, type ProblemsSource } from './import-lines.ts';

/** The datasets Pathwise imports. */
export const IMPORT_FORMATS = ['oatutor', 'mathcamps', 'gsm8k'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The files of an import: the JSONL of problems and, per format, its companion file and figures. */
export interface ImportFiles {
  /** The JSONL text, or a file read line by line as a stream. */
  problems: ProblemsSource;
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

/** Lines parsed between two turns of the event loop (so that a long parse keeps the server answering). */
const LINES_PER_TURN = 2000;

/**
 * Runs the format's parser over the problems one line at a time (never the whole file split into lines), then
 * resolves OATutor figure references against the supplied figure files (a record whose figure is missing or
 * refused becomes a rejected record); a missing companion file is bad input. `onLines` is told the lines read so
 * far, every {@link LINES_PER_TURN} lines.
 */
export async function parseImport(
  format: ImportFormat,
  files: ImportFiles,
  onLines?: (read: number) => void | Promise<void>,
): Promise<ParsedImport> {
  checkImportFiles(format, files);
  let checked = new Map<string, CheckedFigure>();
  let parser: { add(line: ImportLine): void; finish(): ImportResult };
  switch (format) {
    case 'oatutor': {
      const figures = checkFigures(files.figures ?? new Map());
      checked = figures.checked;
      parser = new OatutorParser({
        figures: figures.supplied,
        ...(files.bktParams === undefined ? {} : { bktParams: files.bktParams }),
      });
      break;
    }
    case 'mathcamps':
      parser = new MathcampsParser(files.standards!);
      break;
    case 'gsm8k':
      parser = new Gsm8kParser();
      break;
  }
  let read = 0;
  for await (const line of linesOfSource(files.problems)) {
    parser.add(line);
    if (++read % LINES_PER_TURN === 0) {
      await onLines?.(read);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const result = parser.finish();
  return { result, figures: [...figuresUsed(result.items)].map((sha) => checked.get(sha)!) };
}
