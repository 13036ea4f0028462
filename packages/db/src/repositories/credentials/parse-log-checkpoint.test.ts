import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoredLogCheckpoint } from '../../schema.ts';
import { parseLogCheckpoint } from './parse-log-checkpoint.ts';

const checkpoint: StoredLogCheckpoint = {
  origin: 'pathwise.example/issuance-log/acme',
  treeSize: 12,
  rootHash: 'q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=',
  timestamp: '2026-03-04T10:00:00.000Z',
  keyId: 'did:web:pathwise.example:acme#key-1',
  signature: 'c2lnbmF0dXJl',
};

test('a stored checkpoint reads back as it was signed, through JSON', () => {
  assert.deepEqual(parseLogCheckpoint(JSON.parse(JSON.stringify(checkpoint))), checkpoint);
});

test('a bad stored checkpoint throws naming the column and each bad field', () => {
  assert.throws(() => parseLogCheckpoint({ ...checkpoint, treeSize: 1.5, signature: null }), {
    message:
      'issuance_log_checkpoints.checkpoint: treeSize must be a whole number; signature must be a string',
  });
});
