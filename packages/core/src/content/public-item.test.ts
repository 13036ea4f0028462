import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalAnswer } from './answer/check-answer.ts';
import { itemFamilies } from './catalog/item-families.ts';
import { toPublicItem } from './public-item.ts';

test('toPublicItem keeps no answer, misconception or hint of any family', () => {
  for (const family of itemFamilies) {
    const item = family.generate(11, 2);
    const wire = JSON.stringify(toPublicItem(item));
    assert.ok(
      !/"(answer|correct|misconceptions|hints|scaffolds|guidingQuestion|feedback)"/.test(wire),
      item.id,
    );
    for (const step of item.steps) {
      if (step.answer.kind === 'expression' || step.answer.kind === 'relation') {
        assert.ok(!wire.includes(JSON.stringify(canonicalAnswer(step.answer))), `${item.id}/${step.id}`);
      }
    }
    assert.equal(toPublicItem(item).steps.length, item.steps.length);
  }
});
