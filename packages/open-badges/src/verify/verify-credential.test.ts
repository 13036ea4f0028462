import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fixedClock } from '../clock.ts';
import { signCredential } from '../data-integrity.ts';
import { createDocumentLoader } from '../document-loader.ts';
import { generateIssuerKey } from '../issuer-key.ts';
import { IssuanceLog } from '../log/issuance-log.ts';
import { credentialIssuedEvent } from '../log/log-entry.ts';
import { MemoryLogStore } from '../log/log-store.ts';
import { buildOpenBadgeCredential } from '../open-badge-credential.ts';
import { blockNetwork, sampleBadgeInput, TestIssuer } from '../testing.ts';
import type { VerificationResult } from './verification-check.ts';
import { type VerifyDeps, verifyCredential } from './verify-credential.ts';

before(blockNetwork);

const clock = fixedClock('2026-06-01T00:00:00Z');
const depsOf = (issuer: TestIssuer): VerifyDeps => ({
  documentLoader: issuer.documentLoader,
  clock,
  getStatusListCredential: issuer.getStatusListCredential,
  findKnownIssuer: issuer.findKnownIssuer,
});
const failed = (result: VerificationResult) =>
  result.checks.filter((check) => !check.ok).map((check) => check.name);
const messageOf = (result: VerificationResult, name: string) =>
  result.checks.find((check) => check.name === name)?.message ?? '';
/** The failed checks with their reason codes, e.g. `['revocation-status', 'revoked']`. */
const reasons = (result: VerificationResult) =>
  result.checks.filter((check) => !check.ok).map((check) => [check.name, check.reason]);

describe('verifyCredential', () => {
  it('passes every check for a freshly issued badge', async () => {
    const issuer = await TestIssuer.create();
    const result = await verifyCredential(await issuer.issueBadge(12), depsOf(issuer));
    assert.deepEqual(
      result.checks.map((check) => [check.name, check.ok]),
      [
        ['well-formed', true],
        ['signature', true],
        ['issuer-key', true],
        ['issuer-known', true],
        ['revocation-status', true],
        ['validity-dates', true],
      ],
    );
    assert.equal(result.verified, true);
    assert.equal(result.verdict, 'verified');
    assert.ok(
      result.checks.every((check) => check.reason === undefined),
      'a passed check has no reason',
    );
  });

  it('checks a badge from a self-contained did:key issuer with no status entry: known only if vouched for', async () => {
    const issuer = await TestIssuer.create();
    const key = await generateIssuerKey();
    const unsigned = buildOpenBadgeCredential({
      ...sampleBadgeInput(key.controller, 0, issuer.statusListUrl),
      issuer: { id: key.controller, name: 'Offline demo' },
      status: undefined,
    });
    const badge = await signCredential(unsigned, {
      key,
      documentLoader: createDocumentLoader(),
      created: new Date('2026-01-01T00:00:00Z'),
    });
    const result = await verifyCredential(badge, { documentLoader: createDocumentLoader(), clock });
    assert.deepEqual(reasons(result), [['issuer-known', 'issuer-unknown']], JSON.stringify(result.checks));
    assert.equal(result.verdict, 'unknown_issuer');
    assert.equal(result.verified, false);
    assert.match(messageOf(result, 'revocation-status'), /no status entry/);
    const vouched = await verifyCredential(badge, {
      documentLoader: createDocumentLoader(),
      clock,
      findKnownIssuer: (did) =>
        did === key.controller ? { name: 'Offline demo', vouchedBy: 'a registry' } : null,
    });
    assert.equal(vouched.verdict, 'verified', JSON.stringify(vouched.checks));
    assert.equal(messageOf(vouched, 'issuer-known'), 'Offline demo: a registry');
  });

  it("does not call a badge verified when an outsider's own did:key signs it in a known school's name", async () => {
    const school = await TestIssuer.create();
    const outsider = await generateIssuerKey();
    const unsigned = buildOpenBadgeCredential({
      ...sampleBadgeInput(outsider.controller, 0, school.statusListUrl),
      issuer: { id: outsider.controller, name: 'Acme Learning' },
      status: undefined,
    });
    const badge = await signCredential(unsigned, {
      key: outsider,
      documentLoader: createDocumentLoader(),
      created: new Date('2026-01-01T00:00:00Z'),
    });
    const result = await verifyCredential(badge, {
      ...depsOf(school),
      documentLoader: createDocumentLoader(),
    });
    assert.deepEqual(failed(result), ['issuer-known'], 'the signature itself is valid');
    assert.equal(result.verdict, 'unknown_issuer');
    assert.equal(result.verified, false);
    assert.match(
      messageOf(result, 'issuer-known'),
      /not a known issuer.*"Acme Learning" is only the credential's own claim/,
    );
  });

  it('fails the dates check for a proof created more than 5 minutes in the future', async () => {
    const issuer = await TestIssuer.create();
    const unsigned = buildOpenBadgeCredential(sampleBadgeInput(issuer.did, 30, issuer.statusListUrl));
    const sign = (created: Date) =>
      signCredential(unsigned, { key: issuer.activeKey, documentLoader: issuer.documentLoader, created });
    const now = clock.now().getTime();
    const tomorrow = await verifyCredential(await sign(new Date(now + 86_400_000)), depsOf(issuer));
    assert.deepEqual(reasons(tomorrow), [['validity-dates', 'proof-date']]);
    assert.match(
      messageOf(tomorrow, 'validity-dates'),
      /^the proof was created in the future \(2026-06-02T00:00:00Z?.*more than 5 minutes after 2026-06-01T00:00:00\.000Z\)$/,
    );
    const skewed = await verifyCredential(await sign(new Date(now + 4 * 60_000)), depsOf(issuer));
    assert.equal(skewed.verdict, 'verified', 'a clock 4 minutes ahead is within the allowed skew');
    const late = await verifyCredential(await sign(new Date(now + 6 * 60_000)), depsOf(issuer));
    assert.deepEqual(failed(late), ['validity-dates']);
  });

  it('fails the signature for a changed byte in any signed field', async () => {
    const issuer = await TestIssuer.create();
    const badge = await issuer.issueBadge(13);
    // Each edit changes one byte of one signed field (found by its JSON path).
    const edits: [string, (value: string) => string][] = [
      ['credentialSubject.achievement.name', (v) => `${v.slice(0, -1)}z`],
      ['credentialSubject.id', (v) => `${v.slice(0, -1)}L`],
      ['validFrom', (v) => v.replace(':00Z', ':01Z')],
      ['credentialSubject.achievement.alignment.1.targetCode', () => 'ALG.3'],
      ['issuer.name', (v) => `${v}s`],
      ['proof.0.proofValue', (v) => `${v.slice(0, -1)}${v.endsWith('a') ? 'b' : 'a'}`],
    ];
    for (const [path, change] of edits) {
      const copy = structuredClone(badge) as Record<string, unknown>;
      const keys = path.split('.');
      const parent = keys
        .slice(0, -1)
        .reduce((node, key) => (node as Record<string, unknown>)[key], copy as unknown);
      const last = keys.at(-1)!;
      const record = parent as Record<string, string>;
      record[last] = change(record[last]!);
      const result = await verifyCredential(copy, depsOf(issuer));
      assert.equal(result.verified, false, path);
      assert.ok(failed(result).includes('signature'), path);
      assert.equal(result.checks.find((c) => c.name === 'signature')?.reason, 'signature-mismatch', path);
    }
  });

  it('fails the status check once the bit is set, and only that check', async () => {
    const issuer = await TestIssuer.create();
    const badge = await issuer.issueBadge(77);
    await issuer.revoke(77, new Date('2026-05-01T00:00:00Z'));
    const result = await verifyCredential(badge, depsOf(issuer));
    assert.deepEqual(failed(result), ['revocation-status']);
    assert.match(messageOf(result, 'revocation-status'), /revoked \(status list bit 77 is set\)/);
    assert.deepEqual(reasons(result), [['revocation-status', 'revoked']]);
    const other = await verifyCredential(await issuer.issueBadge(78), depsOf(issuer));
    assert.equal(other.verified, true, 'a neighbouring bit is untouched');
  });

  it('fails the status check for a status list changed without the key', async () => {
    const issuer = await TestIssuer.create();
    const badge = await issuer.issueBadge(5);
    await issuer.revoke(5, new Date('2026-05-01T00:00:00Z'));
    const forged = structuredClone(issuer.statusListCredential!);
    forged.credentialSubject.encodedList = issuer.statusList.withStatus(5, false).encode();
    const result = await verifyCredential(badge, {
      ...depsOf(issuer),
      getStatusListCredential: () => forged,
    });
    assert.deepEqual(failed(result), ['revocation-status']);
    assert.match(messageOf(result, 'revocation-status'), /status list signature is not valid/);
    assert.deepEqual(
      reasons(result),
      [['revocation-status', 'status-unavailable']],
      'not "revoked": unknown',
    );
  });

  it('fails the dates check for an expired and a not-yet-valid badge', async () => {
    const issuer = await TestIssuer.create();
    const expired = await issuer.issueBadge(1, { validUntil: new Date('2026-03-01T00:00:00Z') });
    assert.deepEqual(reasons(await verifyCredential(expired, depsOf(issuer))), [
      ['validity-dates', 'expired'],
    ]);
    const future = await issuer.issueBadge(2, { validFrom: new Date('2026-09-01T00:00:00Z') });
    const result = await verifyCredential(future, depsOf(issuer));
    assert.deepEqual(failed(result), ['validity-dates']);
    assert.match(messageOf(result, 'validity-dates'), /not valid yet/);
    assert.deepEqual(reasons(result), [['validity-dates', 'not-yet-valid']]);
  });

  it('fails for a key that is not in the issuer DID document, and for a revoked key', async () => {
    const issuer = await TestIssuer.create();
    const stranger = await generateIssuerKey(issuer.did);
    const unknownKey = await verifyCredential(await issuer.issueBadge(3, {}, stranger), depsOf(issuer));
    assert.equal(unknownKey.verified, false);
    assert.deepEqual(failed(unknownKey), ['signature', 'issuer-key']);
    assert.match(unknownKey.checks[2]!.message, /is not an assertion key/);
    assert.deepEqual(reasons(unknownKey), [
      ['signature', 'signature-mismatch'],
      ['issuer-key', 'key-not-issuers'],
    ]);

    const badge = await issuer.issueBadge(4);
    issuer.keys[0]!.status = 'revoked';
    issuer.keys.push({ key: await generateIssuerKey(issuer.did), status: 'active' });
    await issuer.publishStatusList(new Date('2026-05-01T00:00:00Z'));
    assert.deepEqual(failed(await verifyCredential(badge, depsOf(issuer))), ['signature', 'issuer-key']);
  });

  it('fails a badge that claims our issuer but is signed with an outsider did:key', async () => {
    const issuer = await TestIssuer.create();
    const outsider = await generateIssuerKey();
    const result = await verifyCredential(await issuer.issueBadge(6, {}, outsider), depsOf(issuer));
    assert.deepEqual(failed(result), ['signature', 'issuer-key']);
    assert.match(result.checks[2]!.message, /does not belong to the issuer/);
    assert.equal(result.checks[2]!.reason, 'key-not-issuers');
  });

  it('keeps badges signed with a retired key valid after a key rotation', async () => {
    const issuer = await TestIssuer.create();
    const before = await issuer.issueBadge(8);
    const newKey = await issuer.rotateKey();
    await issuer.publishStatusList(new Date('2026-05-01T00:00:00Z'));
    const after = await issuer.issueBadge(9);
    assert.equal((after.proof[0] as { verificationMethod: string }).verificationMethod, newKey.id);
    assert.equal((await verifyCredential(before, depsOf(issuer))).verified, true);
    assert.equal((await verifyCredential(after, depsOf(issuer))).verified, true);
  });

  it('gives one clear failed check, never a throw, for malformed input', async () => {
    const issuer = await TestIssuer.create();
    const badge = await issuer.issueBadge(10);
    const { proof: _, ...unsigned } = badge;
    const inputs: [unknown, RegExp][] = [
      ['{not json', /not valid JSON/],
      [null, /not a JSON object/],
      [[badge], /not a JSON object/],
      [42, /not a JSON object/],
      [{ hello: 'world' }, /@context/],
      [unsigned, /no "proof"/],
      [{ ...badge, issuer: 7 }, /"issuer"/],
      [{ ...badge, validUntil: 'tomorrow' }, /"validUntil"/],
      [{ ...badge, proof: [{ type: 'Ed25519Signature2020' }] }, /proof 0 needs/],
      [{ ...badge, '@context': ['https://www.w3.org/2018/credentials/v1'] }, /@context/],
    ];
    for (const [input, message] of inputs) {
      const result = await verifyCredential(input, depsOf(issuer));
      assert.equal(result.verified, false);
      assert.equal(result.checks.length, 1);
      assert.equal(result.checks[0]!.name, 'well-formed');
      assert.match(result.checks[0]!.message, message);
      assert.equal(result.checks[0]!.reason, 'malformed');
    }
    const asText = await verifyCredential(JSON.stringify(badge), depsOf(issuer));
    assert.equal(asText.verified, true, 'a JSON string is read too');
  });

  it('never throws when any field is replaced by a value of the wrong kind, or a source fails', async () => {
    const issuer = await TestIssuer.create();
    const badge = (await issuer.issueBadge(11)) as Record<string, unknown>;
    const paths: string[][] = [];
    const walk = (node: unknown, path: string[]) => {
      if (path.length > 0) paths.push(path);
      if (node && typeof node === 'object' && path.length < 3) {
        for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
      }
    };
    walk(badge, []);
    for (const path of paths) {
      for (const replacement of [null, 0, [], {}, 'x']) {
        const copy = structuredClone(badge);
        const parent = path
          .slice(0, -1)
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy);
        (parent as Record<string, unknown>)[path.at(-1)!] = replacement;
        const result = await verifyCredential(copy, depsOf(issuer));
        assert.equal(typeof result.verified, 'boolean', path.join('.'));
      }
    }
    const failing = await verifyCredential(badge, {
      ...depsOf(issuer),
      getStatusListCredential: () => {
        throw new Error('database down');
      },
    });
    assert.deepEqual(failed(failing), ['revocation-status']);
    assert.match(messageOf(failing, 'revocation-status'), /database down/);
  });

  it('checks log inclusion when a proof and checkpoint are supplied', async () => {
    const issuer = await TestIssuer.create();
    const logKey = await generateIssuerKey('did:web:pathwise.example');
    const log = new IssuanceLog({
      store: new MemoryLogStore(),
      origin: 'pathwise.example/log',
      key: logKey,
      clock,
    });
    const badges = [await issuer.issueBadge(20), await issuer.issueBadge(21), await issuer.issueBadge(22)];
    for (const badge of badges) await log.record(credentialIssuedEvent(badge));
    const checkpoint = await log.checkpoint();
    const deps = { ...depsOf(issuer), trustedLogKeys: new Map([[logKey.id, logKey.publicKeyMultibase]]) };

    const ok = await verifyCredential(badges[1], deps, { logProof: await log.inclusionProof(1, checkpoint) });
    assert.equal(ok.verified, true);
    assert.deepEqual(ok.checks.at(-1), {
      name: 'log-inclusion',
      ok: true,
      message: `logged as entry 1 of 3 (checkpoint ${checkpoint.timestamp})`,
    });

    const unlogged = await issuer.issueBadge(23);
    const wrong = await verifyCredential(unlogged, deps, {
      logProof: await log.inclusionProof(1, checkpoint),
    });
    assert.deepEqual(reasons(wrong), [['log-inclusion', 'log-proof-invalid']]);
    const untrusted = await verifyCredential(badges[1], depsOf(issuer), {
      logProof: await log.inclusionProof(1, checkpoint),
    });
    assert.deepEqual(failed(untrusted), ['log-inclusion']);
    const required = await verifyCredential(unlogged, deps, { logRequired: true });
    assert.deepEqual(failed(required), ['log-inclusion'], 'an issuer that logs everything: no proof fails');
    assert.equal(required.verdict, 'failed');
    assert.match(messageOf(required, 'log-inclusion'), /not in the issuance log/);
    assert.deepEqual(reasons(required), [['log-inclusion', 'not-logged']]);
  });
});
