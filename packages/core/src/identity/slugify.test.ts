import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SLUG_MAX, slugify } from './slugify.ts';

test('slugify drops accents and joins words with one dash', () => {
  assert.equal(slugify('Escuela Río Claro'), 'escuela-rio-claro');
  assert.equal(slugify('  ¡Ñandú & Co.!  '), 'nandu-co');
});

test('slugify cuts at the limit without leaving a dash at the end', () => {
  const slug = slugify(`${'a'.repeat(SLUG_MAX - 1)} b`);
  assert.equal(slug, 'a'.repeat(SLUG_MAX - 1));
  assert.ok(slugify('x'.repeat(100)).length === SLUG_MAX);
});

test('slugify of a name without letters or digits is empty', () => {
  assert.equal(slugify('¿?'), '');
});
