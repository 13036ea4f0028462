import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { CONTEXTS } from './contexts.ts';
import { buildDidWebDocument } from './did-web.ts';
import { createDocumentLoader } from './document-loader.ts';
import { generateIssuerKey } from './issuer-key.ts';
import { blockNetwork } from './testing.ts';

before(blockNetwork);

describe('createDocumentLoader', () => {
  it('serves every pinned context from npm packages', async () => {
    const load = createDocumentLoader();
    for (const url of Object.values(CONTEXTS).filter((value) => value !== CONTEXTS.didV1)) {
      const { document, documentUrl } = await load(url);
      assert.equal(documentUrl, url);
      assert.ok(document['@context'], url);
    }
  });

  it('resolves did:key by computation and did:web through the injected resolver only', async () => {
    const plain = await generateIssuerKey();
    const load = createDocumentLoader();
    assert.equal((await load(plain.controller)).document.id, plain.controller);
    assert.equal((await load(plain.id)).document.publicKeyMultibase, plain.publicKeyMultibase);

    const did = 'did:web:pathwise.example:orgs:acme';
    const key = await generateIssuerKey(did);
    const document = buildDidWebDocument(did, [
      { publicKeyMultibase: key.publicKeyMultibase, status: 'active' },
    ]);
    const withWeb = createDocumentLoader({ resolveDidWeb: (asked) => (asked === did ? document : null) });
    assert.equal((await withWeb(did)).document.id, did);
    assert.equal((await withWeb(key.id)).document.publicKeyMultibase, key.publicKeyMultibase);
    await assert.rejects(withWeb(`${did}#z6MkUnknown`), /not a verification method/);
    await assert.rejects(withWeb('did:web:other.example'), /unknown DID/);
    await assert.rejects(load(did), /refusing/);
  });

  it('refuses any other URL instead of fetching it', async () => {
    const load = createDocumentLoader();
    for (const url of [
      'https://example.com/context.json',
      'https://pathwise.example/status/1',
      'http://x',
      'did:example:1',
    ]) {
      await assert.rejects(load(url), /refusing to load/);
    }
  });
});
