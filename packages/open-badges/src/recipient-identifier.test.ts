import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { hashedEmailIdentifier, matchesEmailIdentifier } from './recipient-identifier.ts';
import { blockNetwork } from './testing.ts';

before(blockNetwork);

describe('hashedEmailIdentifier', () => {
  it('hashes the normalized address with its salt, and matches only that address', () => {
    const identifier = hashedEmailIdentifier(' Learner@Example.org ', 'deadsea');
    // sha256("learner@example.orgdeadsea"), computed separately with `printf %s … | sha256sum`.
    assert.equal(
      identifier.identityHash,
      'sha256$795c303fa919b53c66f88d3fb8b9c689283d248739042645d436c0c94e7fbd4d',
    );
    assert.ok(matchesEmailIdentifier(identifier, 'learner@example.org'));
    assert.ok(!matchesEmailIdentifier(identifier, 'other@example.org'));
    assert.throws(() => hashedEmailIdentifier('not-an-address'), /e-mail/);
  });

  it('uses a fresh salt each time unless one is given', () => {
    const a = hashedEmailIdentifier('learner@example.org');
    const b = hashedEmailIdentifier('learner@example.org');
    assert.notEqual(a.salt, b.salt);
    assert.notEqual(a.identityHash, b.identityHash);
  });
});
