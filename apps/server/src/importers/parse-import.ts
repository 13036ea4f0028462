import { createHash } from 'node:crypto';
import { AppError } from '@pathwise/core';
import {
  type CompanionKey,
  type FigureMediaType,
  figureMediaType,
  figuresUsed,
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportResult,
  type SuppliedFigure,
} from '@pathwise/core/importers';
import { linesOfSource, type ProblemsSource } from './import-lines.ts';

export type { ImportFormat };

/** The files of an import: the JSONL of problems and, per format, its companion files and figures. */
export interface ImportFiles extends Partial<Record<CompanionKey, string | undefined>> {
  /** The JSONL text, or a file read line by line as a stream. */
  problems: ProblemsSource;
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
export function checkImportFiles(format: ImportFormat, files: Partial<Record<CompanionKey, unknown>>): void {
  const spec = IMPORT_FORMATS[format];
  const missing = spec.companions.filter((c) => c.required && files[c.key] === undefined);
  if (missing.length > 0) {
    throw new AppError(
      'validation_failed',
      `${spec.label} needs ${missing.map((c) => c.file).join(' and ')}`,
      missing.map((c) => ({ field: c.key, message: `required for ${format} (${c.file})` })),
    );
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
 * Runs the format's parser (from the registry, `IMPORT_FORMATS`) over the problems one line at a time (never the whole file split into lines), then
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
  const spec = IMPORT_FORMATS[format];
  const figures = spec.figures ? checkFigures(files.figures ?? new Map()) : null;
  const checked = figures?.checked ?? new Map<string, CheckedFigure>();
  const parser = spec.parser({
    standards: files.standards,
    bktParams: files.bktParams,
    coursePlan: files.coursePlan,
    figures: figures?.supplied,
  });
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
