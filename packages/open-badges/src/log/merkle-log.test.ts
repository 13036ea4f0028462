import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { blockNetwork } from '../testing.ts';
import { MemoryLogStore } from './log-store.ts';
import { MerkleLog } from './merkle-log.ts';
import { verifyConsistency, verifyInclusion } from './merkle-verify.ts';

before(blockNetwork);

// A second, deliberately naive implementation written straight from the RFC 9162 §2.1 definitions over arrays
// (Buffer + its own SHA-256 calls, no shared helpers), used as the reference.
const H = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const k = (n: number) => 2 ** Math.ceil(Math.log2(n) - 1);
const mth = (d: Buffer[]): Buffer => {
  if (d.length === 0) return H();
  if (d.length === 1) return H(Buffer.from([0]), d[0]!);
  const s = k(d.length);
  return H(Buffer.from([1]), mth(d.slice(0, s)), mth(d.slice(s)));
};
const path = (m: number, d: Buffer[]): Buffer[] => {
  if (d.length <= 1) return [];
  const s = k(d.length);
  return m < s
    ? [...path(m, d.slice(0, s)), mth(d.slice(s))]
    : [...path(m - s, d.slice(s)), mth(d.slice(0, s))];
};
const subproof = (m: number, d: Buffer[], b: boolean): Buffer[] => {
  if (m === d.length) return b ? [] : [mth(d)];
  const s = k(d.length);
  return m <= s
    ? [...subproof(m, d.slice(0, s), b), mth(d.slice(s))]
    : [...subproof(m - s, d.slice(s), false), mth(d.slice(0, s))];
};

const entries = Array.from({ length: 64 }, (_, i) => Buffer.from(`entry ${i} ${'x'.repeat(i % 7)}`));
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const flip = (bytes: Uint8Array) => Uint8Array.from(bytes, (byte, i) => (i === 0 ? byte ^ 1 : byte));

async function buildLog(n: number): Promise<MerkleLog> {
  const log = new MerkleLog(new MemoryLogStore());
  for (const entry of entries.slice(0, n)) await log.append(entry);
  return log;
}

describe('MerkleLog (RFC 9162)', () => {
  it('hashes the empty tree and a one-entry tree as the RFC says', async () => {
    const log = new MerkleLog(new MemoryLogStore());
    assert.equal(
      hex(await log.rootHash()),
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    await log.append(new Uint8Array());
    // SHA-256 of the single byte 0x00: the leaf hash of an empty entry.
    assert.equal(
      hex(await log.rootHash()),
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    );
  });

  it('matches the reference root for every size 1..64', async () => {
    const log = await buildLog(64);
    for (let n = 1; n <= 64; n++)
      assert.equal(hex(await log.rootHash(n)), hex(mth(entries.slice(0, n))), `size ${n}`);
  });

  it('gives and verifies every inclusion proof for every size 1..64', async () => {
    const log = await buildLog(64);
    for (let n = 1; n <= 64; n++) {
      const root = await log.rootHash(n);
      for (let m = 0; m < n; m++) {
        const proof = await log.inclusionProof(m, n);
        assert.deepEqual(proof.map(hex), path(m, entries.slice(0, n)).map(hex), `path ${m} in ${n}`);
        const leaf = H(Buffer.from([0]), entries[m]!);
        assert.ok(verifyInclusion(leaf, m, n, proof, root), `verify ${m} in ${n}`);
        assert.ok(!verifyInclusion(flip(leaf), m, n, proof, root), `wrong leaf ${m} in ${n}`);
        if (n > 1) assert.ok(!verifyInclusion(leaf, (m + 1) % n, n, proof, root), `wrong index ${m} in ${n}`);
        if (proof.length > 0) {
          const bad = proof.map((hash, i) => (i === proof.length - 1 ? flip(hash) : hash));
          assert.ok(!verifyInclusion(leaf, m, n, bad, root), `changed path ${m} in ${n}`);
          assert.ok(!verifyInclusion(leaf, m, n, proof.slice(0, -1), root), `short path ${m} in ${n}`);
        }
        assert.ok(!verifyInclusion(leaf, m, n, [...proof, root], root), `long path ${m} in ${n}`);
      }
    }
  });

  it('gives and verifies every consistency proof for 1 <= m <= n <= 64', async () => {
    const log = await buildLog(64);
    for (let n = 1; n <= 64; n++) {
      const second = await log.rootHash(n);
      for (let m = 1; m <= n; m++) {
        const first = await log.rootHash(m);
        const proof = await log.consistencyProof(m, n);
        assert.deepEqual(proof.map(hex), subproof(m, entries.slice(0, n), true).map(hex), `proof ${m}->${n}`);
        assert.ok(verifyConsistency(m, n, first, second, proof), `verify ${m}->${n}`);
        assert.ok(!verifyConsistency(m, n, flip(first), second, proof), `wrong first root ${m}->${n}`);
        assert.ok(!verifyConsistency(m, n, first, flip(second), proof), `wrong second root ${m}->${n}`);
        if (proof.length > 0) {
          assert.ok(
            !verifyConsistency(m, n, first, second, [flip(proof[0]!), ...proof.slice(1)]),
            `changed ${m}->${n}`,
          );
        }
        if (m < n) assert.ok(!verifyConsistency(m, n, first, second, []), `empty proof ${m}->${n}`);
      }
    }
  });

  it('rejects a rewritten history: a tree with a changed old entry is not consistent', async () => {
    const honest = await buildLog(20);
    const forked = new MerkleLog(new MemoryLogStore());
    for (const [i, entry] of entries.slice(0, 20).entries())
      await forked.append(i === 3 ? Buffer.from('forged') : entry);
    const proof = await forked.consistencyProof(10, 20);
    assert.ok(!verifyConsistency(10, 20, await honest.rootHash(10), await forked.rootHash(20), proof));
  });

  it('refuses proofs outside the tree and a conflicting append', async () => {
    const log = await buildLog(5);
    await assert.rejects(log.inclusionProof(5, 5), /not in a tree of size 5/);
    await assert.rejects(log.rootHash(6), /not available/);
    await assert.rejects(log.consistencyProof(0, 5), /no consistency proof/);
    const store = new MemoryLogStore();
    await store.append(0, Buffer.from('a'), []);
    await assert.rejects(store.append(0, Buffer.from('b'), []), /append conflict/);
    assert.ok(!verifyInclusion(new Uint8Array(32), 5, 5, [], new Uint8Array(32)));
    assert.ok(!verifyConsistency(6, 5, new Uint8Array(32), new Uint8Array(32), []));
  });
});
