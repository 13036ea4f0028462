import { createReadStream } from 'node:fs';
import { type ImportLine, linesOf, MAX_LINE_CHARS } from '@pathwise/core/importers';

/**
 * The problems file of an import: its text (an upload, already in memory within the body limit) or a file on
 * disk (the CLI), read as a stream so that it is never held whole.
 */
export type ProblemsSource = string | { readonly path: string };

/**
 * The lines of a file, read as a stream of chunks: only the current line is held, and a line longer than
 * `maxBytes` is dropped as it is read (only its length is kept).
 * @example
 * for await (const line of linesOfFile('problems.jsonl')) parser.add(line);
 */
export async function* linesOfFile(path: string, maxBytes = MAX_LINE_CHARS): AsyncGenerator<ImportLine> {
  let parts: Buffer[] = [];
  let held = 0;
  let dropped = -1;
  const end = (): ImportLine => {
    const out: ImportLine =
      dropped >= 0 ? { overLong: dropped + held } : Buffer.concat(parts, held).toString('utf8');
    parts = [];
    held = 0;
    dropped = -1;
    return typeof out === 'string' && out.endsWith('\r') ? out.slice(0, -1) : out;
  };
  const take = (piece: Buffer) => {
    if (dropped >= 0) dropped += piece.length;
    else if (held + piece.length > maxBytes) {
      dropped = held + piece.length;
      parts = [];
      held = 0;
    } else {
      parts.push(piece);
      held += piece.length;
    }
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl >= 0; nl = chunk.indexOf(10, start)) {
      take(chunk.subarray(start, nl));
      yield end();
      start = nl + 1;
    }
    if (start < chunk.length) take(Buffer.from(chunk.subarray(start)));
  }
  if (held > 0 || dropped >= 0) yield end();
}

/** The lines of a problems source, one at a time. */
export function linesOfSource(source: ProblemsSource): AsyncIterable<ImportLine> | Iterable<ImportLine> {
  return typeof source === 'string' ? linesOf(source) : linesOfFile(source.path);
}

/** The non-blank lines of a source, counted without keeping them (a file is read once more, as a stream). */
export async function countRecords(source: ProblemsSource): Promise<number> {
  let n = 0;
  if (typeof source === 'string') {
    for (const line of linesOf(source)) if (line.trim() !== '') n++;
    return n;
  }
  for await (const line of linesOfFile(source.path)) if (typeof line !== 'string' || line.trim() !== '') n++;
  return n;
}
