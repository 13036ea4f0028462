import { type SignedCheckpoint, verifyCheckpoint } from './checkpoint.ts';
import type { LogInclusionResult } from './log-inclusion.ts';
import { verifyConsistency } from './merkle-verify.ts';

/**
 * For monitors and witnesses: checks that a newer checkpoint extends an older one of the same log (both signed
 * by trusted keys, and the RFC 9162 consistency proof holds). A failure means the log rewrote history or shows
 * different views to different readers. Never throws.
 */
export async function verifyCheckpointConsistency(
  older: SignedCheckpoint,
  newer: SignedCheckpoint,
  proof: readonly string[],
  trustedLogKeys: ReadonlyMap<string, string>,
): Promise<LogInclusionResult> {
  try {
    for (const checkpoint of [older, newer]) {
      if (!(await verifyCheckpoint(checkpoint, trustedLogKeys))) {
        return {
          ok: false,
          message: `checkpoint of size ${checkpoint.treeSize} is not signed by a trusted log key`,
        };
      }
    }
    if (older.origin !== newer.origin)
      return { ok: false, message: `different logs: ${older.origin} and ${newer.origin}` };
    const hashes = proof.map((hash) => new Uint8Array(Buffer.from(hash, 'base64')));
    const rootOf = (checkpoint: SignedCheckpoint) =>
      new Uint8Array(Buffer.from(checkpoint.rootHash, 'base64'));
    if (!verifyConsistency(older.treeSize, newer.treeSize, rootOf(older), rootOf(newer), hashes)) {
      return {
        ok: false,
        message: `the log at size ${newer.treeSize} does not extend the log at size ${older.treeSize}`,
      };
    }
    return { ok: true, message: `size ${newer.treeSize} extends size ${older.treeSize}` };
  } catch (error) {
    return { ok: false, message: `malformed consistency proof: ${(error as Error).message}` };
  }
}
