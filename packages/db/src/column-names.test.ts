import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CamelKeys, camelKeys, snakeKeys } from './column-names.ts';

describe('column names', () => {
  test('snake_case columns become camelCase properties and back', () => {
    const row = { org_id: 'o', validity_days: 3, skill_ids: ['a'], name: 'n', created_at: new Date(0) };
    const record: CamelKeys<typeof row> = camelKeys(row);
    assert.deepEqual(Object.keys(record), ['orgId', 'validityDays', 'skillIds', 'name', 'createdAt']);
    assert.equal(record.validityDays, 3);
    assert.deepEqual(snakeKeys(record), row);
  });

  test('undefined values are left out of a write, null is kept', () => {
    assert.deepEqual(snakeKeys({ validityDays: null, achievementType: undefined }), { validity_days: null });
  });
});
