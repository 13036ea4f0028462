import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { fixedClock } from '../clock.ts';
import { generateIssuerKey } from '../issuer-key.ts';
import { blockNetwork } from '../testing.ts';
import { verifyCheckpoint } from './checkpoint.ts';
import { verifyCheckpointConsistency } from './checkpoint-consistency.ts';
import { IssuanceLog } from './issuance-log.ts';
import {
  credentialRevokedEvent,
  encodeLogEvent,
  keyRotatedEvent,
  type LogEvent,
  statusListPublishedEvent,
} from './log-entry.ts';
import { verifyLogInclusion } from './log-inclusion.ts';
import { MemoryLogStore } from './log-store.ts';

before(blockNetwork);

const clock = fixedClock('2026-11-25T12:00:00Z');
const event = (i: number): LogEvent =>
  credentialRevokedEvent(`urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, clock.now());

describe('IssuanceLog', () => {
  it('records events, signs checkpoints and serves proofs that verify against trusted keys only', async () => {
    const key = await generateIssuerKey('did:web:pathwise.example');
    const log = new IssuanceLog({ store: new MemoryLogStore(), origin: 'pathwise.example/log', key, clock });
    for (let i = 0; i < 11; i++) assert.equal(await log.record(event(i)), i);
    const checkpoint = await log.checkpoint();
    assert.equal(checkpoint.treeSize, 11);
    assert.equal(checkpoint.timestamp, '2026-11-25T12:00:00.000Z');
    const trusted = new Map([[key.id, key.publicKeyMultibase]]);
    assert.ok(await verifyCheckpoint(checkpoint, trusted));
    assert.ok(!(await verifyCheckpoint({ ...checkpoint, treeSize: 12 }, trusted)), 'changed size');
    assert.ok(!(await verifyCheckpoint(checkpoint, new Map())), 'untrusted key');

    const proof = await log.inclusionProof(7, checkpoint);
    assert.deepEqual(await verifyLogInclusion(event(7), proof, trusted), {
      ok: true,
      message: 'logged as entry 7 of 11 (checkpoint 2026-11-25T12:00:00.000Z)',
    });
    assert.equal((await verifyLogInclusion(event(8), proof, trusted)).ok, false, 'another event');
    const other = await generateIssuerKey('did:web:evil.example');
    assert.match(
      (await verifyLogInclusion(event(7), proof, new Map([[other.id, other.publicKeyMultibase]]))).message,
      /trusted log key/,
    );
    assert.equal((await verifyLogInclusion(event(7), { ...proof, auditPath: ['%%%'] }, trusted)).ok, false);

    await log.record(event(11));
    await log.record(event(12));
    const later = await log.checkpoint();
    const consistency = await log.consistencyProof(11, 13);
    assert.deepEqual(await verifyCheckpointConsistency(checkpoint, later, consistency, trusted), {
      ok: true,
      message: 'size 13 extends size 11',
    });
    assert.equal((await verifyCheckpointConsistency(checkpoint, later, consistency, new Map())).ok, false);

    // A split view: a second log with the same first 11 entries but a different 12th.
    const fork = new IssuanceLog({ store: new MemoryLogStore(), origin: 'pathwise.example/log', key, clock });
    for (let i = 0; i < 11; i++) await fork.record(event(i));
    await fork.record(event(99));
    await fork.record(event(12));
    const forked = await fork.checkpoint();
    const forkProof = await fork.consistencyProof(11, 13);
    assert.equal(
      (await verifyCheckpointConsistency(checkpoint, forked, forkProof, trusted)).ok,
      true,
      'the fork extends size 11',
    );
    const split = await verifyCheckpointConsistency(later, forked, [], trusted);
    assert.equal(split.ok, false, 'two different trees of size 13 are a split view');
  });

  it('encodes leaves without personal data: hashes of ids, fixed field order', () => {
    const bytes = new TextDecoder().decode(
      encodeLogEvent(credentialRevokedEvent('urn:uuid:abc', new Date('2026-01-01T00:00:00Z'))),
    );
    const idHash = createHash('sha256').update('urn:uuid:abc').digest('hex');
    assert.equal(
      bytes,
      `{"v":1,"type":"credential-revoked","credential":"${idHash}","time":"2026-01-01T00:00:00.000Z"}`,
    );
  });

  it('logs status-list publications and key rotations with public data only', () => {
    const time = new Date('2026-01-01T00:00:00Z');
    const listHash = createHash('sha256').update('uH4sIAAAA').digest('hex');
    assert.equal(
      new TextDecoder().decode(
        encodeLogEvent(statusListPublishedEvent('https://p.example/status/1', 'uH4sIAAAA', time)),
      ),
      `{"v":1,"type":"status-list-published","list":"https://p.example/status/1","encodedList":"${listHash}","time":"2026-01-01T00:00:00.000Z"}`,
    );
    assert.deepEqual(keyRotatedEvent('did:web:p.example', 'z6MkNew', 'z6MkOld', time), {
      type: 'key-rotated',
      did: 'did:web:p.example',
      newKey: 'z6MkNew',
      retiredKey: 'z6MkOld',
      time: '2026-01-01T00:00:00.000Z',
    });
    assert.equal('retiredKey' in keyRotatedEvent('did:web:p.example', 'z6MkNew', undefined, time), false);
  });
});
