import type { LogStore, MerkleNode } from './log-store.ts';
import { EMPTY_TREE_ROOT, leafHash, nodeHash, splitPoint } from './merkle-hash.ts';

/**
 * An append-only Merkle tree (RFC 9162 §2.1) over a {@link LogStore}. Appending writes the leaf and every perfect
 * subtree it completes, so roots and proofs read O(log n) stored nodes.
 */
export class MerkleLog {
  constructor(private readonly store: LogStore) {}

  /** The number of entries. */
  size(): Promise<number> {
    return this.store.size();
  }

  /** Appends one entry and returns its leaf index. */
  async append(entry: Uint8Array): Promise<number> {
    const index = await this.store.size();
    let hash = leafHash(entry);
    const nodes: MerkleNode[] = [{ level: 0, index, hash }];
    for (let level = 0, at = index; at % 2 === 1; level++, at = Math.floor(at / 2)) {
      hash = nodeHash(await this.node(level, at - 1), hash);
      nodes.push({ level: level + 1, index: Math.floor(at / 2), hash });
    }
    await this.store.append(index, entry, nodes);
    return index;
  }

  /** The RFC 9162 Merkle Tree Hash of the first `treeSize` entries (default: all). */
  async rootHash(treeSize?: number): Promise<Uint8Array> {
    const size = await this.checkedSize(treeSize ?? (await this.store.size()));
    return size === 0 ? EMPTY_TREE_ROOT : this.subtreeHash(0, size);
  }

  /** RFC 9162 §2.1.3.1 inclusion proof (audit path) of leaf `leafIndex` in the tree of `treeSize` entries. */
  async inclusionProof(leafIndex: number, treeSize: number): Promise<Uint8Array[]> {
    await this.checkedSize(treeSize);
    if (!Number.isInteger(leafIndex) || leafIndex < 0 || leafIndex >= treeSize) {
      throw new Error(`leaf index ${leafIndex} is not in a tree of size ${treeSize}`);
    }
    return this.path(leafIndex, 0, treeSize);
  }

  /** RFC 9162 §2.1.4.1 consistency proof between the trees of `first` and `second` entries (0 < first ≤ second). */
  async consistencyProof(first: number, second: number): Promise<Uint8Array[]> {
    await this.checkedSize(second);
    if (!Number.isInteger(first) || first <= 0 || first > second) {
      throw new Error(`no consistency proof from size ${first} to size ${second}`);
    }
    return this.subproof(first, 0, second, true);
  }

  private async path(m: number, start: number, n: number): Promise<Uint8Array[]> {
    if (n === 1) return [];
    const k = splitPoint(n);
    if (m < k) return [...(await this.path(m, start, k)), await this.subtreeHash(start + k, n - k)];
    return [...(await this.path(m - k, start + k, n - k)), await this.subtreeHash(start, k)];
  }

  private async subproof(m: number, start: number, n: number, complete: boolean): Promise<Uint8Array[]> {
    if (m === n) return complete ? [] : [await this.subtreeHash(start, n)];
    const k = splitPoint(n);
    if (m <= k)
      return [...(await this.subproof(m, start, k, complete)), await this.subtreeHash(start + k, n - k)];
    return [...(await this.subproof(m - k, start + k, n - k, false)), await this.subtreeHash(start, k)];
  }

  private async subtreeHash(start: number, count: number): Promise<Uint8Array> {
    const isPerfect = (count & (count - 1)) === 0 && start % count === 0;
    if (isPerfect) return this.node(Math.log2(count), start / count);
    const k = splitPoint(count);
    return nodeHash(await this.subtreeHash(start, k), await this.subtreeHash(start + k, count - k));
  }

  private async node(level: number, index: number): Promise<Uint8Array> {
    const hash = await this.store.getNode(level, index);
    if (!hash) throw new Error(`log store is missing node ${level}/${index}`);
    return hash;
  }

  private async checkedSize(treeSize: number): Promise<number> {
    const size = await this.store.size();
    if (!Number.isInteger(treeSize) || treeSize < 0 || treeSize > size) {
      throw new Error(`tree size ${treeSize} is not available (log size ${size})`);
    }
    return treeSize;
  }
}
