import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvRecords, parseCsv } from './csv-rows.ts';

test('quoted fields keep commas, doubled quotes and line breaks; CRLF, blank lines, a last line without an end', () => {
  const text = 'a,b\r\n"x, y","say ""hi"""\n\n"two\nlines",\n3,4\n5,';
  assert.deepEqual(parseCsv(text), [
    ['a', 'b'],
    ['x, y', 'say "hi"'],
    ['two\nlines', ''],
    ['3', '4'],
    ['5', ''],
  ]);
  assert.deepEqual(parseCsv('"unterminated, field'), [['unterminated, field']]);
});

test('records are keyed by the header; a short (ragged) row reads its missing cells as empty; a BOM is dropped', () => {
  assert.deepEqual(csvRecords('\ufeffTitle,Code,Note\nClerk,1\n'), [{ Title: 'Clerk', Code: '1', Note: '' }]);
  assert.deepEqual(csvRecords(''), []);
});
