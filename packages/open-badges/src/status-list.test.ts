import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { BitstringStatusList, decodeList } from '@digitalbazaar/vc-bitstring-status-list';
import { StatusBitstring } from './status-list.ts';
import { STATUS_LIST_LENGTH } from './status-list-entry.ts';
import { blockNetwork } from './testing.ts';

before(blockNetwork);

const indexes = [0, 1, 7, 8, 4242, 96033, STATUS_LIST_LENGTH - 1];

describe('StatusBitstring', () => {
  it('sets and clears bits, leaving the original list unchanged', () => {
    const empty = StatusBitstring.create();
    assert.equal(empty.length, 131_072);
    const set = empty.withStatus(4242, true);
    assert.equal(set.getStatus(4242), true);
    assert.equal(empty.getStatus(4242), false);
    assert.equal(set.withStatus(4242, false).getStatus(4242), false);
    assert.throws(() => empty.getStatus(STATUS_LIST_LENGTH), /outside the list/);
    assert.throws(() => StatusBitstring.create(12), /multiple of 8/);
  });

  it('puts index 0 in the left-most bit and encodes as multibase base64url of GZIP', () => {
    const encoded = StatusBitstring.create(16).withStatus(0, true).withStatus(9, true).encode();
    assert.ok(encoded.startsWith('u'));
    assert.deepEqual([...gunzipSync(Buffer.from(encoded.slice(1), 'base64url'))], [0x80, 0x40]);
  });

  it('is read identically by the Digital Bazaar implementation, both ways', async () => {
    let ours = StatusBitstring.create();
    for (const index of indexes) ours = ours.withStatus(index, true);
    const theirs = await decodeList({ encodedList: ours.encode() });
    for (const index of [...indexes, 2, 4243, 100_000])
      assert.equal(theirs.getStatus(index), indexes.includes(index), `${index}`);

    const list = new BitstringStatusList({ length: STATUS_LIST_LENGTH });
    for (const index of indexes) list.setStatus(index, true);
    const decoded = StatusBitstring.decode(await list.encode());
    for (const index of [...indexes, 2, 4243])
      assert.equal(decoded.getStatus(index), indexes.includes(index), `${index}`);
  });
});
