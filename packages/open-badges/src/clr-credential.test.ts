import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fixedClock } from './clock.ts';
import { buildClrCredential } from './clr-credential.ts';
import { blockNetwork, TestIssuer } from './testing.ts';
import { verifyCredential } from './verify/verify-credential.ts';

before(blockNetwork);

describe('ClrCredential', () => {
  it('bundles signed badges into one signed record that verifies, each badge still verifying alone', async () => {
    const issuer = await TestIssuer.create();
    const { badges, record } = await issuer.issueLearnerRecord();
    assert.deepEqual(record.type, ['VerifiableCredential', 'ClrCredential']);
    const deps = {
      documentLoader: issuer.documentLoader,
      clock: fixedClock('2026-06-01T00:00:00Z'),
      getStatusListCredential: issuer.getStatusListCredential,
      findKnownIssuer: issuer.findKnownIssuer,
    };
    assert.equal((await verifyCredential(record, deps)).verified, true);
    const embedded = (record.credentialSubject as { verifiableCredential: unknown[] }).verifiableCredential;
    assert.deepEqual(embedded, badges);
    for (const badge of embedded) assert.equal((await verifyCredential(badge, deps)).verified, true);

    const tampered = structuredClone(record);
    const first = (tampered.credentialSubject as { verifiableCredential: { name: string }[] })
      .verifiableCredential[0]!;
    first.name = 'Something else';
    const result = await verifyCredential(tampered, deps);
    assert.equal(result.checks.find((check) => check.name === 'signature')?.ok, false);
  });

  it('refuses an empty record', () => {
    const input = {
      id: 'urn:uuid:x',
      issuer: { id: 'did:web:x', name: 'x' },
      learnerId: 'did:key:x',
      name: 'r',
      credentials: [],
      validFrom: new Date(),
    };
    assert.throws(() => buildClrCredential(input), /at least one credential/);
  });
});
