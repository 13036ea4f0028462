import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { MessagePort } from 'node:worker_threads';
import { testBackends } from '@pathwise/db/testing';
import {
  buildOpenBadgeCredential,
  createDocumentLoader,
  generateIssuerKey,
  type IssuerKeyPair,
  signCredential,
} from '@pathwise/open-badges';
import { sampleBadgeInput } from '@pathwise/open-badges/testing';
import { issuerDocumentLoader, loadIssuer } from '../../credentials/issuer-identity.ts';
import { loadConfig } from '../../runtime/config.ts';
import type { AppContext } from '../../runtime/types.ts';
import {
  addMember,
  buildTestApp,
  createOrg,
  type Session,
  signUp,
  type TestApp,
} from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';

// Issue 9, public verification: an outsider's own key naming a school is not "verified" (the issuer is unknown),
// a credential signed with a school's real key but never issued fails the log check, and a big credential is
// refused (413) or verified on a worker thread while the HTTP thread keeps answering.

type Result = {
  verdict: string;
  verified: boolean;
  checks: { name: string; ok: boolean; message: string; reason?: string }[];
  issuer: { id: string; name: string | null; url: string | null; known: boolean } | null;
  validFrom: string | null;
  validUntil: string | null;
  revokedAt: string | null;
  checkedAt: string;
};
const failed = (r: Result) => r.checks.filter((c) => !c.ok).map((c) => c.name);
const messageOf = (r: Result, name: string) => r.checks.find((c) => c.name === name)?.message ?? '';
const reasons = (r: Result) => r.checks.filter((c) => !c.ok).map((c) => [c.name, c.reason]);

/**
 * Calls `onStart` on the HTTP thread each time a worker thread says that it started a verification: the worker posts
 * 'started' on a MessagePort whose message the verifier pool listens for once (verifier-pool.ts, verify-worker.ts);
 * this wraps `once` to hear it too. Returns the function that removes the wrapper.
 */
function onWorkerStart(onStart: () => void): () => void {
  type Once = (this: MessagePort, event: string, listener: (value: unknown) => void) => MessagePort;
  const prototype = MessagePort.prototype as unknown as { once: Once };
  const once = prototype.once;
  prototype.once = function (event, listener) {
    if (event !== 'message') return once.call(this, event, listener);
    return once.call(this, event, (value) => {
      if (value === 'started') onStart();
      listener(value);
    });
  };
  return () => {
    prototype.once = once;
  };
}

/** A badge signed with an outsider's own did:key that names `schoolName` as its issuer; `alignments` pad it. */
async function outsiderBadge(key: IssuerKeyPair, schoolName: string, alignments = 2) {
  const input = sampleBadgeInput(key.controller, 0, 'https://outsider.example/status/1');
  const unsigned = buildOpenBadgeCredential({
    ...input,
    issuer: { id: key.controller, name: schoolName },
    status: undefined,
    achievement: {
      ...input.achievement,
      alignments: Array.from({ length: alignments }, (_, i) => ({
        targetName: `Skill ${i} of a long list of skills that makes this credential big`,
        targetUrl: `https://outsider.example/skills/${i}`,
        targetType: 'CFItem',
        targetFramework: 'Outsider framework',
        targetCode: `OUT.${i}`,
      })),
    },
  });
  return signCredential(unsigned, {
    key,
    documentLoader: createDocumentLoader(),
    created: new Date(Date.now() - 60_000),
  });
}

for (const backend of await testBackends()) {
  describe(`the verifier tells the truth on ${backend.kind}`, () => {
    let t: TestApp;
    let admin: Session;
    let orgId: string;
    let schoolName: string;
    let outsider: IssuerKeyPair;
    const verify = async (app: TestApp, body: unknown) => {
      const res = await app.app.inject({ method: 'POST', url: '/api/verify', payload: body as object });
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as Result;
    };
    before(async () => {
      t = await buildTestApp(backend);
      admin = await signUp(t.app);
      schoolName = `Truth School ${randomUUID().slice(0, 6)}`;
      orgId = await createOrg(t.app, admin, schoolName);
      outsider = await generateIssuerKey();
    });
    after(() => t.close());

    async function awardOne(): Promise<Record<string, unknown>> {
      const learner = await addMember(t.app, admin, orgId, 'learner');
      const a = await call(t.app, admin, 'POST', `/api/orgs/${orgId}/achievements`, {
        name: 'Field project',
        criteria: { evidence: { required: true } },
      });
      assert.equal(a.status, 201, a.raw);
      const res = await call(t.app, admin, 'POST', `/api/orgs/${orgId}/achievements/${a.body.id}/awards`, {
        learnerId: learner.userId,
        narrative: 'Shown in class',
      });
      assert.equal(res.status, 201, res.raw);
      const file = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/record/credentials/${res.body.issued[0].id}/file`,
        headers: learner.headers,
      });
      return file.json();
    }

    test("an outsider's own did:key naming the school: valid signature, unknown issuer, not verified", async () => {
      const forged = await outsiderBadge(outsider, schoolName);
      const result = await verify(t, forged);
      assert.equal(result.verified, false, JSON.stringify(result.checks));
      assert.equal(result.verdict, 'unknown_issuer');
      assert.deepEqual(failed(result), ['issuer-known'], 'every other check, the signature too, passes');
      assert.match(
        messageOf(result, 'issuer-known'),
        new RegExp(`"${schoolName}" is only the credential's own`),
      );
      // The facts a page words the result with: the name is only the credential's claim (known: false).
      assert.deepEqual(reasons(result), [['issuer-known', 'issuer-unknown']]);
      assert.deepEqual(result.issuer, { id: outsider.controller, name: schoolName, url: null, known: false });
      assert.equal(result.validFrom, forged.validFrom);
      assert.equal(result.validUntil, null);
      assert.equal(result.revokedAt, null);
      assert.ok(Math.abs(Date.parse(result.checkedAt) - Date.now()) < 60_000, result.checkedAt);

      const real = await verify(t, await awardOne());
      assert.equal(real.verdict, 'verified', JSON.stringify(real.checks));
      assert.equal(messageOf(real, 'issuer-known'), `${schoolName}: an organization of this installation`);
      assert.equal(real.issuer?.name, schoolName);
      assert.equal(real.issuer?.known, true);
      assert.match(real.issuer?.url ?? '', /^http:\/\/127\.0\.0\.1:3000\/orgs\/truth-school-/);
      assert.ok(
        real.checks.every((c) => c.reason === undefined),
        'a passed check has no reason',
      );
    });

    test('an issuer in the TRUSTED_ISSUERS registry is known, by the registry name', async () => {
      const registry = await buildTestApp(backend, {
        TRUSTED_ISSUERS: `did:web:other.example=Other College; ${outsider.controller}=Partner Academy`,
      });
      try {
        const result = await verify(registry, await outsiderBadge(outsider, 'Anything it likes'));
        assert.equal(result.verdict, 'verified', JSON.stringify(result.checks));
        assert.equal(
          messageOf(result, 'issuer-known'),
          "Partner Academy: in this installation's registry of trusted issuers",
        );
        assert.deepEqual(
          result.issuer,
          { id: outsider.controller, name: 'Partner Academy', url: null, known: true },
          'the registry name, not the claimed one',
        );
      } finally {
        await registry.close();
      }
    });

    test("a credential signed with the school's real key but never issued fails the log check", async () => {
      await awardOne(); // the school has its key and its log
      // NOTE: loadIssuer and the document loader read only the database, the config and the clock.
      const ctx = {
        db: t.db,
        config: loadConfig({ NODE_ENV: 'test', PASSWORD_HASH_COST: '1024', WEB_DIST: '/nonexistent' }),
        now: () => new Date(),
      } as AppContext;
      const issuer = await loadIssuer(t.db.kysely, ctx, orgId);
      const input = sampleBadgeInput(issuer.did, 0, 'unused');
      const unsigned = buildOpenBadgeCredential({ ...input, issuer: issuer.profile, status: undefined });
      const signed = await signCredential(unsigned, {
        key: issuer.key,
        documentLoader: issuerDocumentLoader(t.db.kysely, ctx),
        created: new Date(Date.now() - 60_000),
      });
      const result = await verify(t, signed);
      assert.equal(result.verdict, 'failed', JSON.stringify(result.checks));
      assert.deepEqual(failed(result), ['log-inclusion'], 'signature, key and issuer are real');
      assert.match(messageOf(result, 'log-inclusion'), /not in the issuance log/);
      assert.deepEqual(reasons(result), [['log-inclusion', 'not-logged']]);
      assert.equal(result.issuer?.name, schoolName, 'a real issuer: only the log says it never issued this');
      const asText = await t.app.inject({
        method: 'POST',
        url: '/api/verify',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify(JSON.stringify(signed)),
      });
      assert.deepEqual(failed(asText.json()), ['log-inclusion'], 'the same credential sent as a JSON string');
    });

    test('a body over 64 KB is refused with 413 naming the cap; nothing is verified', async () => {
      const big = await outsiderBadge(outsider, schoolName, 2);
      const padded = { ...big, description: 'x'.repeat(70 * 1024) };
      const res = await t.app.inject({ method: 'POST', url: '/api/verify', payload: padded });
      assert.equal(res.statusCode, 413, res.body);
      assert.match(String(res.headers['content-type']), /application\/problem\+json/);
      assert.equal(res.json().code, 'payload_too_large');
      assert.match(res.json().detail, /at most 64 KB \(65536 bytes\)/);
    });

    test('a slow verification runs off the HTTP thread: the event loop keeps turning', async () => {
      const big = await outsiderBadge(outsider, schoolName, 260);
      const size = JSON.stringify(big).length;
      assert.ok(size > 45 * 1024 && size < 64 * 1024, `a big credential under the cap (${size} bytes)`);
      await verify(t, await outsiderBadge(outsider, schoolName)); // the worker thread is up
      // In-line, the canonicalization of this credential is one stretch of several hundred ms that the HTTP thread
      // would spend doing nothing else. On a worker thread, the HTTP thread hears the worker start, and its event
      // loop turns (a setImmediate callback scheduled then runs) before the answer comes back.
      const seen = { started: 0, turnedWhileVerifying: 0 };
      let verifying = true;
      const stop = onWorkerStart(() => {
        seen.started++;
        setImmediate(() => {
          if (verifying) seen.turnedWhileVerifying++;
        });
      });
      let result: Result;
      try {
        result = await verify(t, big);
      } finally {
        verifying = false;
        stop();
      }
      assert.deepEqual(seen, { started: 1, turnedWhileVerifying: 1 }, 'verified on a worker thread');
      assert.equal(result.verdict, 'unknown_issuer', JSON.stringify(result.checks));
    });
  });
}
