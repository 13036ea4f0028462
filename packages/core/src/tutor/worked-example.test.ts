import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findItem, itemFamilies } from '../content/catalog/item-families.ts';
import { revealsAnswer } from './test-support/reveals-answer.ts';
import { siblingWorkedExample, workedExampleOf, workedExampleText } from './worked-example.ts';

describe('worked example of a sibling item', () => {
  test('solves a sibling of the same family, with the lines and answer of each step', () => {
    const item = findItem('alg.one-step-add.basic/3/2')!;
    const example = siblingWorkedExample(item)!;
    assert.ok(example);
    assert.notEqual(example.itemId, item.id);
    assert.match(example.itemId, /^alg\.one-step-add\.basic\/\d+\/2$/);
    const sibling = findItem(example.itemId)!;
    assert.deepEqual(example, workedExampleOf(sibling));
    assert.equal(example.steps.length, sibling.steps.length);
    assert.match(example.steps[0]!.answer.en, /x = -?\d+/);
    assert.ok(example.steps[0]!.lines.length >= 2);
    assert.deepEqual(siblingWorkedExample(item), example, 'the same stuck item shows the same sibling');
  });

  test('a step with worked lines shows them instead of the hints', () => {
    const withWorked = itemFamilies
      .map((f) => f.generate(5, 2))
      .find((item) => item.steps.every((s) => (s.worked ?? []).length > 0));
    if (!withWorked) return; // No family has worked lines yet: the hints stand in (tested above).
    const example = workedExampleOf(withWorked);
    assert.deepEqual(example.steps[0]!.lines.at(-1), withWorked.steps[0]!.worked!.at(-1));
  });

  test('an item without a family (imported) has no worked example', () => {
    const item = { ...findItem('alg.slope.basic/4/2')!, familyId: 'oatutor' };
    assert.equal(siblingWorkedExample(item), null);
  });

  // The leak sweep: an independent checker (no code shared with the answer guard) reads every worked example.
  for (const family of itemFamilies) {
    test(`${family.id}: the worked example never reveals the stuck item's answers`, () => {
      let shown = 0;
      const tries = 60;
      for (let seed = 0; seed < tries; seed++) {
        const item = family.generate(seed * 13 + 1, ((seed % 3) + 1) as 1 | 2 | 3);
        const example = siblingWorkedExample(item);
        if (!example) continue;
        shown++;
        assert.notEqual(example.itemId, item.id);
        const leak = revealsAnswer(workedExampleText(example), item, 0);
        assert.equal(leak, null, `${item.id} → ${example.itemId}: ${leak}`);
      }
      assert.ok(shown >= tries * 0.9, `only ${shown} of ${tries} stuck items got a worked example`);
    });
  }
});
