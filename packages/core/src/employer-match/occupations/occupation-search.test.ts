import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Occupation } from './occupation.ts';
import { indexOccupations, mergeSearches, normalizeTitle, searchOccupations } from './occupation-search.ts';

const occupation = (
  code: string,
  title: string,
  altTitles: string[] = [],
  source: 'onet' | 'esco' = 'esco',
) => ({ source, code, uri: null, title, altTitles, description: '' }) satisfies Occupation;

const index = indexOccupations([
  occupation('1', 'Payroll clerk', ['wages clerk']),
  occupation('2', 'Bookkeeper', ['book-keeping clerk', 'general bookkeeper']),
  occupation('3', 'Accountant', ['bookkeeper']),
  occupation('4', 'Bookkeeping, Accounting, and Auditing Clerks'),
  occupation('5', 'Clerk of court'),
  occupation('6', 'Bookkeeping machine operator'),
]);

const codes = (query: string) => searchOccupations(index, query).hits.map((h) => h.occupation.code);

test('titles are compared without case, accents or punctuation', () => {
  assert.equal(normalizeTitle('  Técnico  de Book-keeping, SL '), 'tecnico de book keeping sl');
});

test('an exact title first, then an exact alternative title, then title prefixes, shorter first', () => {
  assert.deepEqual(codes('bookkeeper'), ['2', '3']);
  assert.deepEqual(codes('Bookkeeping'), ['6', '4']);
  const [own, alternative] = searchOccupations(index, 'bookkeeper').hits;
  assert.equal(own!.matchedTitle, null);
  assert.equal(own!.tier, 'exact');
  assert.equal(alternative!.matchedTitle, 'bookkeeper');
});

test('every word must match, a whole word before the start of a word; stop words narrow nothing', () => {
  assert.deepEqual(codes('clerk court'), ['5']);
  assert.deepEqual(codes('clerk of the court'), ['5']);
  // "clerk" is a whole word of 1, 2 (book-keeping clerk) and 5; "clerks" only starts with it in 4.
  assert.deepEqual(codes('clerk'), ['5', '1', '2', '4']);
  // "book-keeping clerk" holds both words; "Bookkeeping, …, Clerks" only words that start with them.
  const hits = searchOccupations(index, 'book clerk').hits;
  assert.deepEqual(
    hits.map((h) => [h.occupation.code, h.tier]),
    [
      ['2', 'words'],
      ['4', 'wordPrefixes'],
    ],
  );
});

test('the hits are capped, the total says how many matched', () => {
  const capped = searchOccupations(index, 'clerk', 2);
  assert.equal(capped.hits.length, 2);
  assert.equal(capped.total, 4);
});

test('no match suggests broader queries: a word alone, or a cut word completed to a title word', () => {
  const none = searchOccupations(index, 'bookkeeping wizard');
  assert.deepEqual(none.hits, []);
  assert.equal(none.total, 0);
  assert.deepEqual(none.broader, ['bookkeeping']);
  assert.deepEqual(searchOccupations(index, 'payrolls').broader, ['payroll']);
  assert.deepEqual(searchOccupations(index, 'zzzz').broader, []);
  assert.deepEqual(searchOccupations(index, '  ,, ').hits, []);
});

test('searches of two sources merge by tier, each keeping its order', () => {
  const onet = indexOccupations([occupation('43-3031.00', 'Bookkeeping Clerks', [], 'onet')]);
  const merged = mergeSearches([
    searchOccupations(onet, 'bookkeeper'),
    searchOccupations(index, 'bookkeeper'),
  ]);
  assert.deepEqual(
    merged.hits.map((h) => h.occupation.code),
    ['2', '3'],
  );
  const both = mergeSearches([
    searchOccupations(onet, 'bookkeeping'),
    searchOccupations(index, 'bookkeeping'),
  ]);
  assert.deepEqual(
    both.hits.map((h) => h.occupation.code),
    ['43-3031.00', '6', '4'],
  );
  assert.equal(both.total, 3);
});
