import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { verifyCredential as dccVerify } from '@digitalcredentials/verifier-core';
import { sharedDataPath } from '../../../scripts/shared-data.ts';
import { CLR_CONTEXT, CLR_CONTEXT_URL } from './clr-context.ts';
import { didWebDocumentUrl } from './did-web.ts';
import { OB3_SCHEMA_ID } from './open-badge-credential.ts';
import { blockNetwork, TestIssuer } from './testing.ts';

// The Digital Credentials Consortium verifier (behind VerifierPlus and the Learner Credential Wallet) fetches
// DID documents, status lists and the JSON Schema. Here fetch answers from a pinned table and refuses
// everything else, so the test stays offline and records what was asked.
const schemaPath = sharedDataPath('credentials', 'ob_v3p0_achievementcredential_schema.json');
const pinned = new Map<string, () => unknown>([
  [OB3_SCHEMA_ID, () => JSON.parse(readFileSync(schemaPath, 'utf8'))],
  // The verifier ships the VC and OB 3.0 contexts but not the CLR 2.0 one: it fetches it, as from the purl.
  [CLR_CONTEXT_URL, () => CLR_CONTEXT],
]);
const requested: string[] = [];

before(() => {
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = input instanceof Request ? input.url : String(input);
    requested.push(url);
    const body = pinned.get(url);
    if (!body) throw new Error(`network use in a test: ${url}`);
    return new Response(JSON.stringify(body()), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
});
after(blockNetwork);

async function publish(org: string): Promise<TestIssuer> {
  const issuer = await TestIssuer.create('pathwise.example', org);
  pinned.set(didWebDocumentUrl(issuer.did), () => issuer.didDocument());
  pinned.set(issuer.statusListUrl, () => issuer.statusListCredential);
  return issuer;
}

type DccStep = { id: string; valid?: boolean; error?: { name: string } };
type DccSchemaCheck = { id: string; results: { result: { valid: boolean } }[] };
type DccResult = {
  errors?: { name: string; message: string }[];
  log?: DccStep[];
  additionalInformation?: DccSchemaCheck[];
};
const verify = async (credential: unknown) =>
  (await dccVerify({ credential: credential as never, knownDIDRegistries: [] as never })) as DccResult;
const step = (result: DccResult, id: string) => result.log?.find((entry) => entry.id === id);

describe('Digital Credentials Consortium verifier-core', () => {
  it('accepts our badge: signature, status, expiry and schema', async () => {
    const issuer = await publish('dcc-accept');
    const result = await verify(await issuer.issueBadge(31));
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.equal(step(result, 'valid_signature')?.valid, true);
    assert.equal(step(result, 'revocation_status')?.valid, true);
    assert.equal(step(result, 'expiration')?.valid, true);
    const schema = result.additionalInformation?.find((entry) => entry.id === 'schema_check');
    assert.equal(schema?.results[0]?.result.valid, true, JSON.stringify(schema));
    assert.ok(
      requested.includes(didWebDocumentUrl(issuer.did)),
      'the DID document came through the pinned table',
    );
  });

  it('rejects a tampered badge with invalid_signature', async () => {
    const issuer = await publish('dcc-tamper');
    const badge = await issuer.issueBadge(32);
    const tampered = structuredClone(badge);
    (tampered.credentialSubject as { achievement: { name: string } }).achievement.name =
      'Quadratic equations';
    const result = await verify(tampered);
    assert.equal(result.errors?.[0]?.name, 'invalid_signature', JSON.stringify(result.errors));
  });

  it('reports a revoked badge as failing revocation_status', async () => {
    const issuer = await publish('dcc-revoke');
    const badge = await issuer.issueBadge(33);
    await issuer.revoke(33, new Date('2026-05-01T00:00:00Z'));
    const result = await verify(badge);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.equal(step(result, 'valid_signature')?.valid, true);
    assert.equal(step(result, 'revocation_status')?.valid, false);
  });

  it('still accepts a badge signed with a retired key after rotation', async () => {
    const issuer = await publish('dcc-rotate');
    const badge = await issuer.issueBadge(34);
    await issuer.rotateKey();
    await issuer.publishStatusList(new Date('2026-05-01T00:00:00Z'));
    const result = await verify(badge);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.equal(step(result, 'valid_signature')?.valid, true);
    assert.equal(step(result, 'revocation_status')?.valid, true);
  });

  it('accepts our signed CLR learner record', async () => {
    const issuer = await publish('dcc-clr');
    const { record } = await issuer.issueLearnerRecord();
    const result = await verify(record);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.equal(step(result, 'valid_signature')?.valid, true);
  });
});
