import { type IssuerKeyPair, signBytes, verifyWithPublicKey } from '../issuer-key.ts';

/**
 * A signed tree head: the log's size and root at a time, signed with Ed25519 by the log key. The signed body is
 * a C2SP-style checkpoint note: origin, size, base64 root, `time <ISO 8601>`, one per line.
 */
export interface SignedCheckpoint {
  origin: string;
  treeSize: number;
  /** Base64 RFC 9162 root hash. */
  rootHash: string;
  timestamp: string;
  /** Verification method id of the signing key. */
  keyId: string;
  /** Base64 Ed25519 signature over {@link checkpointBody}. */
  signature: string;
}

/** The exact bytes a checkpoint signature covers. */
export function checkpointBody(checkpoint: Omit<SignedCheckpoint, 'signature' | 'keyId'>): Uint8Array {
  if (/\n/.test(checkpoint.origin)) throw new Error('a log origin cannot contain a newline');
  const text = `${checkpoint.origin}\n${checkpoint.treeSize}\n${checkpoint.rootHash}\ntime ${checkpoint.timestamp}\n`;
  return new TextEncoder().encode(text);
}

/** What {@link signCheckpoint} signs. */
export interface CheckpointInput {
  /** Names the log, e.g. `pathwise.example/issuance-log/acme`. */
  origin: string;
  treeSize: number;
  rootHash: Uint8Array;
  /** From the injected clock. */
  now: Date;
  key: IssuerKeyPair;
}

/** Signs a checkpoint of the log with the log key. */
export async function signCheckpoint(input: CheckpointInput): Promise<SignedCheckpoint> {
  const unsigned = {
    origin: input.origin,
    treeSize: input.treeSize,
    rootHash: Buffer.from(input.rootHash).toString('base64'),
    timestamp: input.now.toISOString(),
  };
  const signature = await signBytes(input.key, checkpointBody(unsigned));
  return { ...unsigned, keyId: input.key.id, signature: Buffer.from(signature).toString('base64') };
}

/**
 * Checks a checkpoint's signature against the trusted log keys (verification method id → public key multibase).
 * An unknown key id fails.
 */
export async function verifyCheckpoint(
  checkpoint: SignedCheckpoint,
  trustedKeys: ReadonlyMap<string, string>,
): Promise<boolean> {
  const publicKey = trustedKeys.get(checkpoint.keyId);
  if (!publicKey) return false;
  try {
    const signature = Buffer.from(checkpoint.signature, 'base64');
    return await verifyWithPublicKey(publicKey, checkpointBody(checkpoint), signature);
  } catch {
    return false;
  }
}
