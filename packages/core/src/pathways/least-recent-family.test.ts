import assert from 'node:assert/strict';
import { test } from 'node:test';
import { familiesForSkill } from '../content/catalog/item-families.ts';
import { BANK_FAMILY, familyOfItemId, leastRecentFamily } from './least-recent-family.ts';

const fams = [{ id: 'k.a' }, { id: 'k.b' }, { id: 'k.c' }];

test('a family comes back only after the others: every window of three items holds three forms', () => {
  for (let run = 0; run < 200; run++) {
    const served: string[] = [];
    for (let i = 0; i < 10; i++) {
      const f = leastRecentFamily(fams, [...served].reverse(), (n) => Math.floor(Math.random() * n));
      served.push(`${f.id}/${i + 1}/2`);
    }
    const ids = served.map((s) => s.split('/')[0]);
    for (let i = 0; i + 3 <= ids.length; i++)
      assert.equal(new Set(ids.slice(i, i + 3)).size, 3, ids.join(' '));
  }
});

test('never-served families come first, chosen at random among equals; one family serves itself', () => {
  const picked = new Set<string>();
  for (let r = 0; r < 2; r++)
    picked.add(leastRecentFamily(fams, ['k.a/5/1'], (n) => (r === 0 ? 0 : n - 1)).id);
  assert.deepEqual([...picked].sort(), ['k.b', 'k.c']);
  assert.equal(leastRecentFamily(fams, ['k.c/1/1', 'k.a/2/2', 'k.b/3/3'], () => 0).id, 'k.b');
  assert.equal(leastRecentFamily([{ id: 'k.a' }], ['k.a/1/1'], () => 0).id, 'k.a');
  assert.throws(() => leastRecentFamily([], [], () => 0));
});

test('works on the real families of a skill', () => {
  const all = familiesForSkill('alg.slope');
  assert.ok(all.length >= 3);
  const first = all[0]!;
  assert.notEqual(leastRecentFamily(all, [`${first.id}/4/2`], () => 0).id, first.id);
});

test("the organization's own items take one turn: written or imported ids all count as the bank's", () => {
  assert.equal(familyOfItemId('alg.slope.basic/42/3'), 'alg.slope.basic');
  assert.equal(familyOfItemId('authored/7f1c2d0e-0000-4000-8000-000000000000'), BANK_FAMILY);
  assert.equal(familyOfItemId('gsm8k/test-17'), BANK_FAMILY);
  const turns = [...fams, { id: BANK_FAMILY }];
  const served = ['authored/1', 'k.a/1/2', 'k.b/2/2'];
  // The bank served most recently, k.c never: k.c comes next, then the bank is the oldest of the four.
  assert.equal(leastRecentFamily(turns, served, () => 0).id, 'k.c');
  assert.equal(
    leastRecentFamily(turns, ['k.c/3/2', 'k.b/2/2', 'k.a/1/2', 'gsm8k/x'], () => 0).id,
    BANK_FAMILY,
  );
});
