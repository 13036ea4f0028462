import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { sharedDataPath } from '../../../../scripts/shared-data.ts';
import { decodeFigureMarker, FIGURE_MARKER, figureMarker } from './figure-marker.ts';
import { figureMediaType } from './figure-media-type.ts';
import { parseOatutor } from './parse-oatutor.ts';
import { figuresUsed, type SuppliedFigure } from './resolve-figures.ts';

const folder = sharedDataPath('oatutor-elementary-algebra');
const problems = readFileSync(join(folder, 'problems.jsonl'), 'utf8');

describe('figures of imported content', () => {
  test('the media type comes from the first bytes; SVG, empty and unknown files are refused', () => {
    const png = readFileSync(join(folder, 'figures/028a607f0e32676c.gif'));
    assert.deepEqual(figureMediaType(png), { mediaType: 'image/png' }, 'a .gif name does not make a GIF');
    assert.deepEqual(figureMediaType(Buffer.from('GIF89a\x01\x00')), { mediaType: 'image/gif' });
    assert.deepEqual(figureMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0])), { mediaType: 'image/jpeg' });
    const webp = readFileSync(join(folder, 'figures/663a2213d942de09.gif'));
    assert.deepEqual(figureMediaType(webp), { mediaType: 'image/webp' });
    const svg = figureMediaType(Buffer.from('<?xml version="1.0"?><svg onload="alert(1)"></svg>'));
    assert.match((svg as { problem: string }).problem, /SVG figures are not allowed/);
    assert.match((figureMediaType(new Uint8Array()) as { problem: string }).problem, /empty/);
    assert.match(
      (figureMediaType(Buffer.from('hello')) as { problem: string }).problem,
      /not a GIF, PNG, JPEG or WebP/,
    );
    assert.match((figureMediaType(Buffer.alloc(3 * 1024 * 1024, 0x47)) as { problem: string }).problem, /MB/);
  });

  test('a marker carries the figure number and hash without a single digit', () => {
    const sha = createHash('sha256').update('x').digest('hex');
    const marker = figureMarker(sha, 12);
    assert.doesNotMatch(marker, /\d/);
    const letters = [...marker.matchAll(FIGURE_MARKER)][0]![1]!;
    assert.deepEqual(decodeFigureMarker(letters), { ordinal: 12, sha256: sha });
  });

  test('OATutor: every figure supplied resolves 168 problems; a missing file is a rejected record', () => {
    const supplied = new Map<string, SuppliedFigure>();
    for (const name of readdirSync(join(folder, 'figures'))) {
      const bytes = readFileSync(join(folder, 'figures', name));
      const type = figureMediaType(bytes);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      supplied.set(name, 'problem' in type ? type : { sha256, mediaType: type.mediaType });
    }
    const result = parseOatutor(problems, { figures: supplied });
    const used = figuresUsed(result.items);
    // Upstream, four problems show figure1.gif but have no figures folder (see the dataset's README).
    const lines = problems.split('\n');
    const incomplete = result.problems.map((p) => JSON.parse(lines[p.line - 1]!).id);
    assert.deepEqual(
      incomplete,
      [16, 28, 29, 30].map((n) => `afbeae7inequalities${n}`),
    );
    assert.ok(result.problems.every((p) => /has no such figure/.test(p.message)));
    assert.equal(result.items.length, 2028);
    assert.equal(result.items.filter((i) => i.figures).length, 168);
    assert.equal(used.size, 232);
    const text = JSON.stringify(result.items);
    assert.ok(!text.includes('[[figure-file:') && !text.includes('##figure') && !text.includes('[image'));
    const first = result.items.find((i) => i.figures)!;
    assert.ok(!('images' in first));

    const line = problems.split('\n').findIndex((l) => l.includes('"figures"')) + 1;
    const record = JSON.parse(problems.split('\n')[line - 1]!);
    const missing = String(Object.values(record.figures)[0]).split('/').pop()!;
    supplied.delete(missing);
    const partial = { result: parseOatutor(problems, { figures: supplied }) };
    const rejected = partial.result.problems.find((p) => p.line === line);
    const naming = partial.result.problems.filter((p) => p.message.includes(missing));
    assert.equal(partial.result.problems.length, 4 + naming.length, 'only records using that file are added');
    assert.ok(rejected, 'the problem with the missing figure is rejected at its line');
    assert.match(rejected.message, new RegExp(`${missing} .* was not supplied`));
    assert.ok(!partial.result.items.some((i) => i.line === line));
  });

  test('a problem rejected for its figure brings no skill into the framework', () => {
    const lines = problems.split('\n');
    const slice = [...lines.slice(759, 764), lines[701]!].join('\n');
    const files = (text: string) =>
      Object.values(JSON.parse(text).figures as Record<string, string>).map((p) => p.split('/')[1]!);
    const supplied = new Map<string, SuppliedFigure>(
      lines
        .slice(759, 764)
        .flatMap(files)
        .map((f) => [f, { sha256: 'a'.repeat(64), mediaType: 'image/png' }]),
    );
    const result = parseOatutor(slice, { figures: supplied });
    assert.deepEqual([result.items.length, result.problems.map((p) => p.line)], [5, [6]]);
    assert.deepEqual(
      result.skills.map((s) => s.id),
      ['oatutor.use_geoboards_to_model_slope'],
    );
  });
});
