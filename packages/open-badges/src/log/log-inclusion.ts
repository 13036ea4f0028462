import { type SignedCheckpoint, verifyCheckpoint } from './checkpoint.ts';
import { encodeLogEvent, type LogEvent } from './log-entry.ts';
import { bytesEqual, leafHash } from './merkle-hash.ts';
import { verifyInclusion } from './merkle-verify.ts';

/** A detached proof that an entry is in the log, as delivered with a credential (all hashes base64). */
export interface LogInclusionProof {
  leafIndex: number;
  treeSize: number;
  auditPath: string[];
  checkpoint: SignedCheckpoint;
}

/** The outcome of {@link verifyLogInclusion}. */
export interface LogInclusionResult {
  ok: boolean;
  message: string;
}

/**
 * Checks that `event` is in the log: the checkpoint is signed by a trusted log key, covers the proof's tree size,
 * and the audit path leads from the event's leaf hash to the checkpoint's root. Never throws.
 */
export async function verifyLogInclusion(
  event: LogEvent,
  proof: LogInclusionProof,
  trustedLogKeys: ReadonlyMap<string, string>,
): Promise<LogInclusionResult> {
  try {
    const { checkpoint } = proof;
    if (!(await verifyCheckpoint(checkpoint, trustedLogKeys))) {
      return {
        ok: false,
        message: `the log checkpoint is not signed by a trusted log key (${checkpoint.keyId})`,
      };
    }
    if (checkpoint.treeSize !== proof.treeSize) {
      return {
        ok: false,
        message: `the proof is for tree size ${proof.treeSize}, the checkpoint for ${checkpoint.treeSize}`,
      };
    }
    const root = Buffer.from(checkpoint.rootHash, 'base64');
    const path = proof.auditPath.map((hash) => new Uint8Array(Buffer.from(hash, 'base64')));
    const leaf = leafHash(encodeLogEvent(event));
    if (!verifyInclusion(leaf, proof.leafIndex, proof.treeSize, path, root)) {
      return { ok: false, message: `entry ${proof.leafIndex} is not in the log at size ${proof.treeSize}` };
    }
    return {
      ok: true,
      message: `logged as entry ${proof.leafIndex} of ${proof.treeSize} (checkpoint ${checkpoint.timestamp})`,
    };
  } catch (error) {
    return { ok: false, message: `malformed log proof: ${(error as Error).message}` };
  }
}

/** True when two base64 hashes are equal (for consistency checks in callers). */
export function sameHash(a: string, b: string): boolean {
  return bytesEqual(Buffer.from(a, 'base64'), Buffer.from(b, 'base64'));
}
