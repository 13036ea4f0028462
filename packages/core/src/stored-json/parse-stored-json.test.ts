import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseStoredJson, StoredJsonError } from './parse-stored-json.ts';

const point = (json: unknown) =>
  parseStoredJson('points.at', json, (value, r) => {
    const p = r.object(value, '');
    return {
      x: r.number(p.x, 'x', { min: 0, max: 1 }),
      tags: r.array(p.tags, 'tags', (t, path) => r.string(t, path)),
      kind: r.oneOf(p.kind, 'kind', ['a', 'b'] as const),
    };
  });

test('a value of the right shape is read as it is', () => {
  assert.deepEqual(point({ x: 0.5, tags: ['t'], kind: 'b' }), { x: 0.5, tags: ['t'], kind: 'b' });
});

test('a bad value throws one error naming the column and every problem with its path', () => {
  assert.throws(
    () => point({ x: 2, tags: ['t', 3], kind: 'c' }),
    (error: unknown) =>
      error instanceof StoredJsonError &&
      error.column === 'points.at' &&
      error.message ===
        'points.at: x must be a finite number in [0, 1]; tags[1] must be a string; kind must be one of a, b',
  );
  assert.throws(() => point('text'), /^StoredJsonError: points\.at: must be an object; x must be/);
});
