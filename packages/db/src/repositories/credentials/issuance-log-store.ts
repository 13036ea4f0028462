import type { Kysely } from 'kysely';
import type { Database, StoredLogCheckpoint } from '../../schema.ts';
import { parseLogCheckpoint } from './parse-log-checkpoint.ts';

/** A node hash of the Merkle tree: level 0 holds leaf hashes. */
export interface LogNodeRow {
  level: number;
  index: number;
  hash: Uint8Array;
}

/**
 * One organization's issuance log on PostgreSQL (it satisfies the open-badges `LogStore` interface). Appends
 * must run in a transaction that holds `lockIssuer`; the primary keys reject a second writer anyway.
 */
export class PgLogStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly orgId: string,
  ) {}

  /**
   * The log's size: its last index plus one (indexes run 0, 1, 2, … with no gap: each append takes the size). NOTE:
   * read from the end of the primary key (a few index pages whatever the size), not counted: `count(*)` read every
   * entry, 365 ms at a million (issuance-log-size.test.ts reads the buffers each way touches).
   */
  async size(): Promise<number> {
    const row = await this.sizeQuery().executeTakeFirst();
    return row ? Number(row.idx) + 1 : 0;
  }

  /** The query {@link size} runs (the tests read its plan). */
  sizeQuery() {
    return this.db
      .selectFrom('issuance_log_entries')
      .select('idx')
      .where('org_id', '=', this.orgId)
      .orderBy('idx', 'desc')
      .limit(1);
  }

  async getNode(level: number, index: number): Promise<Uint8Array | undefined> {
    const row = await this.db
      .selectFrom('issuance_log_nodes')
      .select('hash')
      .where('org_id', '=', this.orgId)
      .where('level', '=', level)
      .where('idx', '=', String(index))
      .executeTakeFirst();
    return row ? new Uint8Array(row.hash) : undefined;
  }

  async getEntry(index: number): Promise<Uint8Array | undefined> {
    const row = await this.db
      .selectFrom('issuance_log_entries')
      .select('entry')
      .where('org_id', '=', this.orgId)
      .where('idx', '=', String(index))
      .executeTakeFirst();
    return row ? new Uint8Array(row.entry) : undefined;
  }

  async append(index: number, entry: Uint8Array, nodes: readonly LogNodeRow[]): Promise<void> {
    await this.db
      .insertInto('issuance_log_entries')
      .values({ org_id: this.orgId, idx: index, entry: Buffer.from(entry) })
      .execute();
    await this.db
      .insertInto('issuance_log_nodes')
      .values(
        nodes.map((n) => ({ org_id: this.orgId, level: n.level, idx: n.index, hash: Buffer.from(n.hash) })),
      )
      .execute();
  }
}

/** Keeps a signed checkpoint (one per tree size). */
export async function saveLogCheckpoint(
  db: Kysely<Database>,
  orgId: string,
  treeSize: number,
  checkpoint: StoredLogCheckpoint,
): Promise<void> {
  await db
    .insertInto('issuance_log_checkpoints')
    .values({ org_id: orgId, tree_size: treeSize, checkpoint: JSON.stringify(checkpoint) })
    .onConflict((oc) => oc.columns(['org_id', 'tree_size']).doNothing())
    .execute();
}

/** The latest kept checkpoint, or the one at an exact tree size (checked, `parseLogCheckpoint`). */
export async function findLogCheckpoint(
  db: Kysely<Database>,
  orgId: string,
  treeSize?: number,
): Promise<StoredLogCheckpoint | null> {
  let query = db
    .selectFrom('issuance_log_checkpoints')
    .select('checkpoint')
    .where('org_id', '=', orgId)
    .orderBy('tree_size', 'desc')
    .limit(1);
  if (treeSize !== undefined) query = query.where('tree_size', '=', String(treeSize));
  const row = await query.executeTakeFirst();
  return row ? parseLogCheckpoint(row.checkpoint) : null;
}
