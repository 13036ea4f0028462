import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildDidWebDocument, didWebDocumentUrl, didWebFromUrl } from './did-web.ts';
import { blockNetwork } from './testing.ts';

before(blockNetwork);

describe('did:web', () => {
  it('maps DIDs to document URLs as in the did:web method specification examples', () => {
    assert.equal(
      didWebDocumentUrl('did:web:w3c-ccg.github.io'),
      'https://w3c-ccg.github.io/.well-known/did.json',
    );
    assert.equal(
      didWebDocumentUrl('did:web:w3c-ccg.github.io:user:alice'),
      'https://w3c-ccg.github.io/user/alice/did.json',
    );
    assert.equal(
      didWebDocumentUrl('did:web:example.com%3A3000:user:alice'),
      'https://example.com:3000/user/alice/did.json',
    );
    assert.equal(
      didWebFromUrl('https://example.com:3000/user/alice/did.json'),
      'did:web:example.com%3A3000:user:alice',
    );
    assert.equal(
      didWebFromUrl('https://w3c-ccg.github.io/.well-known/did.json'),
      'did:web:w3c-ccg.github.io',
    );
    assert.equal(didWebFromUrl('https://pathwise.example/orgs/acme'), 'did:web:pathwise.example:orgs:acme');
    assert.throws(() => didWebFromUrl('http://pathwise.example'), /https/);
  });

  it('publishes the active key first and retired keys after it, and leaves revoked keys out', () => {
    const did = 'did:web:pathwise.example:orgs:acme';
    const document = buildDidWebDocument(did, [
      { publicKeyMultibase: 'z6MkOld', status: 'retired' },
      { publicKeyMultibase: 'z6MkLost', status: 'revoked' },
      { publicKeyMultibase: 'z6MkNew', status: 'active' },
    ]);
    assert.deepEqual(document.assertionMethod, [`${did}#z6MkNew`, `${did}#z6MkOld`]);
    assert.deepEqual(document.verificationMethod[1], {
      id: `${did}#z6MkOld`,
      type: 'Multikey',
      controller: did,
      publicKeyMultibase: 'z6MkOld',
    });
    assert.equal(document['@context'][0], 'https://www.w3.org/ns/did/v1');
    assert.throws(
      () => buildDidWebDocument(did, [{ publicKeyMultibase: 'z6MkOld', status: 'retired' }]),
      /exactly one active/,
    );
  });
});
