import { parseStoredJson } from '@pathwise/core';
import type { StoredLogCheckpoint } from '../../schema.ts';

/**
 * Reads a stored signed checkpoint (the `issuance_log_checkpoints.checkpoint` JSONB column) back: every field a
 * string but the tree size, a whole number. Its signature is checked by whoever relies on it, not here. Throws a
 * `StoredJsonError` naming the column and each bad field.
 *
 * @example
 * parseLogCheckpoint(row.checkpoint).treeSize; // 12
 */
export function parseLogCheckpoint(json: unknown): StoredLogCheckpoint {
  return parseStoredJson('issuance_log_checkpoints.checkpoint', json, (value, r) => {
    const c = r.object(value, '');
    const treeSize = r.number(c.treeSize, 'treeSize', { min: 0 });
    if (!Number.isInteger(treeSize)) r.problem('treeSize', 'must be a whole number');
    return {
      origin: r.string(c.origin, 'origin'),
      treeSize,
      rootHash: r.string(c.rootHash, 'rootHash'),
      timestamp: r.string(c.timestamp, 'timestamp'),
      keyId: r.string(c.keyId, 'keyId'),
      signature: r.string(c.signature, 'signature'),
    };
  });
}
