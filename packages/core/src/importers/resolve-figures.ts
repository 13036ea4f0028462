import { figureMarker } from './figure-marker.ts';
import type { ImportedItem, ImportProblem, ImportResult } from './import-result.ts';

/** What the import knows of one supplied figure file: its stored hash and type, or why it was refused. */
export type SuppliedFigure = { sha256: string; mediaType: string } | { problem: string };

const DATASET_REF = /\[\[figure-file:([^\]]+)\]\]/g;

/** The reference a parser writes where a dataset's text shows a figure, until `resolveFigures` replaces it. */
export function datasetFigureRef(name: string): string {
  return `[[figure-file:${name}]]`;
}

const fileName = (path: string) => path.split('/').pop() ?? path;

function ordinalOf(name: string, names: readonly string[]): number {
  const number = /(\d+)/.exec(name)?.[1];
  return number ? Number(number) : names.indexOf(name) + 1;
}

function resolveItem(item: ImportedItem, supplied: ReadonlyMap<string, SuppliedFigure>) {
  const problems: ImportProblem[] = [];
  const fail = (field: string, message: string) => problems.push({ line: item.line, field, message });
  const { images = {}, ...rest } = item;
  const names = Object.keys(images);
  const hashes: Record<string, string> = {};
  for (const name of names) {
    const path = images[name]!;
    const figure = supplied.get(fileName(path));
    if (!figure) fail(`figures.${name}`, `the figure file ${fileName(path)} (${path}) was not supplied`);
    else if ('problem' in figure) fail(`figures.${name}`, `${fileName(path)}: ${figure.problem}`);
    else hashes[name] = figure.sha256;
  }
  const json = JSON.stringify(rest).replace(DATASET_REF, (marker, name: string) => {
    const sha = hashes[name];
    if (sha) return figureMarker(sha, ordinalOf(name, names));
    const field = `figures.${name}`;
    if (!(name in images) && !problems.some((p) => p.field === field))
      fail(field, `the text shows ${name}, but the record has no such figure (not in its figures map)`);
    return marker;
  });
  if (problems.length > 0) return { problems };
  const resolved = JSON.parse(json) as ImportedItem;
  return { item: names.length > 0 ? { ...resolved, figures: hashes } : resolved, problems };
}

/**
 * Replaces the figure references of parsed items with references to stored figures (by SHA-256). An item whose
 * figure file was not supplied, or was refused (type, size), becomes a rejected record naming the file; the
 * good items keep `figures` (name → hash). Returns the hashes the remaining items use.
 * @example
 * const { result, used } = resolveFigures(parseOatutor(text), new Map([['3f2a.gif', { sha256, mediaType }]]));
 */
export function resolveFigures(
  result: ImportResult,
  supplied: ReadonlyMap<string, SuppliedFigure>,
): { result: ImportResult; used: Set<string> } {
  const items: ImportedItem[] = [];
  const problems: ImportProblem[] = [...result.problems];
  const used = new Set<string>();
  for (const parsed of result.items) {
    const { item, problems: found } = resolveItem(parsed, supplied);
    problems.push(...found);
    if (!item) continue;
    items.push(item);
    for (const sha of Object.values(item.figures ?? {})) used.add(sha);
  }
  problems.sort((a, b) => a.line - b.line);
  return { result: { ...result, items, problems }, used };
}
