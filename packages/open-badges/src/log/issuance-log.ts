import type { Clock } from '../clock.ts';
import type { IssuerKeyPair } from '../issuer-key.ts';
import { type SignedCheckpoint, signCheckpoint } from './checkpoint.ts';
import { encodeLogEvent, type LogEvent } from './log-entry.ts';
import type { LogInclusionProof } from './log-inclusion.ts';
import type { LogStore } from './log-store.ts';
import { MerkleLog } from './merkle-log.ts';

/** What an {@link IssuanceLog} is made of: a store, a name, a signing key and a clock. */
export interface IssuanceLogOptions {
  store: LogStore;
  /** Names the log in its checkpoints, e.g. `pathwise.example/log/acme`. */
  origin: string;
  /** Signs checkpoints. */
  key: IssuerKeyPair;
  clock: Clock;
}

const toBase64 = (hash: Uint8Array): string => Buffer.from(hash).toString('base64');

/**
 * The append-only issuance log: every issuance, revocation, status-list publication and key rotation becomes an
 * RFC 9162 leaf; signed checkpoints, inclusion and consistency proofs are served from it.
 *
 * @example
 * const log = new IssuanceLog({ store: new MemoryLogStore(), origin: 'pathwise.example/log', key, clock: systemClock });
 * const index = await log.record(credentialIssuedEvent(signed));
 * const proof = await log.inclusionProof(index, await log.checkpoint());
 */
export class IssuanceLog {
  private readonly tree: MerkleLog;

  constructor(private readonly options: IssuanceLogOptions) {
    this.tree = new MerkleLog(options.store);
  }

  /** Appends an event and returns its leaf index. */
  record(event: LogEvent): Promise<number> {
    return this.tree.append(encodeLogEvent(event));
  }

  /** Signs a checkpoint of the current tree. */
  async checkpoint(): Promise<SignedCheckpoint> {
    const treeSize = await this.tree.size();
    const rootHash = await this.tree.rootHash(treeSize);
    const { origin, key, clock } = this.options;
    return signCheckpoint({ origin, treeSize, rootHash, now: clock.now(), key });
  }

  /** The inclusion proof of entry `leafIndex` against a checkpoint (which must cover it). */
  async inclusionProof(leafIndex: number, checkpoint: SignedCheckpoint): Promise<LogInclusionProof> {
    const path = await this.tree.inclusionProof(leafIndex, checkpoint.treeSize);
    return { leafIndex, treeSize: checkpoint.treeSize, auditPath: path.map(toBase64), checkpoint };
  }

  /** The consistency proof (base64 hashes) from an older tree size to a newer one. */
  async consistencyProof(first: number, second: number): Promise<string[]> {
    return (await this.tree.consistencyProof(first, second)).map(toBase64);
  }

  /** The base64 root hash at a tree size (default: now). */
  async rootHash(treeSize?: number): Promise<string> {
    return toBase64(await this.tree.rootHash(treeSize));
  }
}
