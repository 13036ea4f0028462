import { figureMarker } from './figure-marker.ts';
import type { ImportedItem, ImportProblem } from './import-result.ts';

/** What the import knows of one supplied figure file: its stored hash and type, or why it was refused. */
export type SuppliedFigure = { sha256: string; mediaType: string } | { problem: string };

const DATASET_REF = /\[\[figure-file:([^\]]+)\]\]/g;

/** The reference a parser writes where a dataset's text shows a figure, until `resolveItemFigures` replaces it. */
export function datasetFigureRef(name: string): string {
  return `[[figure-file:${name}]]`;
}

const fileName = (path: string) => path.split('/').pop() ?? path;

function ordinalOf(name: string, names: readonly string[]): number {
  const number = /(\d+)/.exec(name)?.[1];
  return number ? Number(number) : names.indexOf(name) + 1;
}

/**
 * Replaces the figure references of a parsed item with references to stored figures (by SHA-256). When a figure
 * file was not supplied, or was refused (type, size), the item is dropped and its problems name the file; the
 * resolved item keeps `figures` (name → hash).
 * @example
 * const { item, problems } = resolveItemFigures(parsed, new Map([['3f2a.gif', { sha256, mediaType }]]));
 */
export function resolveItemFigures(
  item: ImportedItem,
  supplied: ReadonlyMap<string, SuppliedFigure>,
): { item: ImportedItem | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const fail = (field: string, message: string, reason: string) =>
    problems.push({ line: item.line, field, message, reason });
  const { images = {}, ...rest } = item;
  const names = Object.keys(images);
  const hashes: Record<string, string> = {};
  for (const name of names) {
    const path = images[name]!;
    const figure = supplied.get(fileName(path));
    if (!figure)
      fail(
        `figures.${name}`,
        `the figure file ${fileName(path)} (${path}) was not supplied`,
        'figure file not supplied',
      );
    else if ('problem' in figure)
      fail(`figures.${name}`, `${fileName(path)}: ${figure.problem}`, 'figure file refused');
    else hashes[name] = figure.sha256;
  }
  const json = JSON.stringify(rest).replace(DATASET_REF, (marker, name: string) => {
    const sha = hashes[name];
    if (sha) return figureMarker(sha, ordinalOf(name, names));
    const field = `figures.${name}`;
    if (!(name in images) && !problems.some((p) => p.field === field))
      fail(
        field,
        `the text shows ${name}, but the record has no such figure (not in its figures map)`,
        'figure not in the figures map',
      );
    return marker;
  });
  if (problems.length > 0) return { item: null, problems };
  const resolved = JSON.parse(json) as ImportedItem;
  return { item: names.length > 0 ? { ...resolved, figures: hashes } : resolved, problems };
}

/** The hashes of the figures that items refer to. */
export function figuresUsed(items: readonly ImportedItem[]): Set<string> {
  return new Set(items.flatMap((i) => Object.values(i.figures ?? {})));
}
