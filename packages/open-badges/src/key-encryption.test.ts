import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { inspect } from 'node:util';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {
  exportIssuerKey,
  exportPublicKey,
  generateIssuerKey,
  importIssuerKey,
  verifyWithPublicKey,
} from './issuer-key.ts';
import { parseConfigurationKey, sealIssuerKey, unsealIssuerKey } from './key-encryption.ts';
import { blockNetwork } from './testing.ts';

before(blockNetwork);

describe('issuer key at rest', () => {
  it('seals with AES-256-GCM and opens only with the same key and record', async () => {
    const key = await generateIssuerKey('did:web:pathwise.example:orgs:acme');
    const configurationKey = randomBytes(32);
    const sealed = sealIssuerKey(key, configurationKey);
    assert.ok(!JSON.stringify(sealed).includes(key.secretKeyMultibase));
    assert.notEqual(sealIssuerKey(key, configurationKey).sealedSecretKey, sealed.sealedSecretKey, 'fresh IV');
    assert.deepEqual(unsealIssuerKey(sealed, configurationKey), key);
    assert.deepEqual(await importIssuerKey(unsealIssuerKey(sealed, configurationKey)), key);

    const failures = [
      () => unsealIssuerKey(sealed, randomBytes(32)),
      () => unsealIssuerKey({ ...sealed, id: `${sealed.id}x` }, configurationKey),
      () =>
        unsealIssuerKey(
          { ...sealed, sealedSecretKey: `${sealed.sealedSecretKey.slice(0, -2)}AA` },
          configurationKey,
        ),
    ];
    for (const attempt of failures) {
      assert.throws(
        attempt,
        (error: Error) =>
          /could not unseal/.test(error.message) && !error.message.includes(key.secretKeyMultibase),
      );
    }
    assert.throws(
      () => unsealIssuerKey({ ...sealed, sealedSecretKey: 'v2.a.b.c' }, configurationKey),
      /unknown format/,
    );
  });

  it('redacts the secret key when a key is logged or serialized', async () => {
    const key = await generateIssuerKey('did:web:pathwise.example');
    const opened = unsealIssuerKey(sealIssuerKey(key, randomBytes(32).fill(7)), randomBytes(32).fill(7));
    for (const shown of [JSON.stringify(key), inspect(key), JSON.stringify(opened), inspect(opened)]) {
      assert.ok(!shown.includes(key.secretKeyMultibase));
      assert.ok(shown.includes('[redacted]') && shown.includes(key.publicKeyMultibase));
    }
    assert.equal(opened.secretKeyMultibase, key.secretKeyMultibase);
  });

  it('parses a 32-byte configuration key from base64 or hex, and never echoes a bad one', () => {
    const bytes = randomBytes(32);
    assert.deepEqual(parseConfigurationKey(bytes.toString('base64')), bytes);
    assert.deepEqual(parseConfigurationKey(bytes.toString('hex')), bytes);
    assert.throws(
      () => parseConfigurationKey('secret-but-short'),
      (error: Error) => !error.message.includes('secret-but-short'),
    );
  });

  it('exports Multikey JSON that the Digital Bazaar library reads and that imports back', async () => {
    const key = await generateIssuerKey('did:web:pathwise.example');
    const exported = exportIssuerKey(key);
    assert.equal(exported.type, 'Multikey');
    assert.deepEqual(await importIssuerKey(JSON.parse(JSON.stringify(exported))), key);
    const theirs = await Ed25519Multikey.from(exported);
    const data = new TextEncoder().encode('checkpoint');
    const signature = await theirs.signer().sign({ data });
    assert.ok(await verifyWithPublicKey(key.publicKeyMultibase, data, signature));
    assert.deepEqual(exportPublicKey(key), {
      id: key.id,
      type: 'Multikey',
      controller: key.controller,
      publicKeyMultibase: key.publicKeyMultibase,
    });
  });

  it('refuses an imported key whose secret does not match its public key', async () => {
    const a = await generateIssuerKey();
    const b = await generateIssuerKey();
    await assert.rejects(
      importIssuerKey({ ...a, secretKeyMultibase: b.secretKeyMultibase }),
      /does not match/,
    );
    await assert.rejects(importIssuerKey({ id: 'x' }), /string fields/);
  });
});
