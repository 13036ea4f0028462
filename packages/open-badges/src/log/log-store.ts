/** The hash of a perfect subtree: leaves [index·2^level, (index+1)·2^level). Level 0 holds the leaf hashes. */
export interface MerkleNode {
  level: number;
  index: number;
  hash: Uint8Array;
}

/**
 * Where an issuance log keeps its entries and node hashes. The platform implements it on PostgreSQL (a
 * primary key on (level, index) makes {@link LogStore.append} reject a concurrent writer); {@link MemoryLogStore}
 * is the in-memory implementation.
 */
export interface LogStore {
  /** The number of entries. */
  size(): Promise<number>;
  /** The stored hash of a complete perfect subtree, or undefined. */
  getNode(level: number, index: number): Promise<Uint8Array | undefined>;
  /** The entry bytes at `index`, or undefined. */
  getEntry(index: number): Promise<Uint8Array | undefined>;
  /**
   * Stores entry `index` with the node hashes it completes, all or nothing. Must reject when `index` is not the
   * current size (another writer appended first).
   */
  append(index: number, entry: Uint8Array, nodes: readonly MerkleNode[]): Promise<void>;
}

/** An in-memory {@link LogStore} (tests, benchmarks, demos). */
export class MemoryLogStore implements LogStore {
  private readonly entries: Uint8Array[] = [];
  private readonly nodes = new Map<string, Uint8Array>();

  async size(): Promise<number> {
    return this.entries.length;
  }

  async getNode(level: number, index: number): Promise<Uint8Array | undefined> {
    return this.nodes.get(`${level}/${index}`);
  }

  async getEntry(index: number): Promise<Uint8Array | undefined> {
    return this.entries[index];
  }

  async append(index: number, entry: Uint8Array, nodes: readonly MerkleNode[]): Promise<void> {
    if (index !== this.entries.length)
      throw new Error(`log append conflict: index ${index}, size ${this.entries.length}`);
    this.entries.push(entry);
    for (const node of nodes) this.nodes.set(`${node.level}/${node.index}`, node.hash);
  }
}
