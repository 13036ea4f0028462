import { type Database, findLogCheckpoint, PgLogStore } from '@pathwise/db';
import { type LogInclusionProof, MerkleLog, type SignedCheckpoint } from '@pathwise/open-badges';
import type { Kysely } from 'kysely';

const toBase64 = (hash: Uint8Array): string => Buffer.from(hash).toString('base64');

/** The latest signed checkpoint of an organization's log, or null before its first entry. */
export async function latestCheckpoint(
  db: Kysely<Database>,
  orgId: string,
  treeSize?: number,
): Promise<SignedCheckpoint | null> {
  return findLogCheckpoint(db, orgId, treeSize);
}

/** The inclusion proof of entry `leafIndex` against the latest checkpoint (null when no checkpoint covers it). */
export async function inclusionProof(
  db: Kysely<Database>,
  orgId: string,
  leafIndex: number,
): Promise<LogInclusionProof | null> {
  const checkpoint = await latestCheckpoint(db, orgId);
  if (!checkpoint || leafIndex >= checkpoint.treeSize) return null;
  const path = await new MerkleLog(new PgLogStore(db, orgId)).inclusionProof(leafIndex, checkpoint.treeSize);
  return { leafIndex, treeSize: checkpoint.treeSize, auditPath: path.map(toBase64), checkpoint };
}

/** The consistency proof between two tree sizes of an organization's log (base64 hashes). */
export async function consistencyProof(
  db: Kysely<Database>,
  orgId: string,
  first: number,
  second: number,
): Promise<string[]> {
  return (await new MerkleLog(new PgLogStore(db, orgId)).consistencyProof(first, second)).map(toBase64);
}
