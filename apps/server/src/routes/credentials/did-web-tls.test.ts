import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { verifyCredential as dccVerify } from '@digitalcredentials/verifier-core';
import { testBackends } from '@pathwise/db/testing';
import { didWebDocumentUrl, OB3_SCHEMA_ID } from '@pathwise/open-badges';
import { sharedDataPath } from '../../../../../scripts/shared-data.ts';
import { installDemoContent } from '../../learning/install-demo-content.ts';
import { addMember, buildTestApp, createOrg, signUp, type TestApp } from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';

// Credentials outside this machine: the app runs on loopback behind a TLS terminator (a node:https server with a
// certificate made here by openssl, proxying to the app), PUBLIC_URL is https with a domain name, and the
// Digital Credentials Consortium's verifier resolves the issuer's did:web over https from the terminator.
// NOTE: the name pathwise.test (a reserved TLD) is resolved to 127.0.0.1 by the fetch the verifier is given,
// which still connects with TLS to the terminator and trusts only the certificate made here.
const HOST = 'pathwise.test';
const schema = JSON.parse(
  readFileSync(sharedDataPath('credentials', 'ob_v3p0_achievementcredential_schema.json'), 'utf8'),
);

type DccResult = { errors?: { name: string }[]; log?: { id: string; valid?: boolean }[] };
const step = (r: DccResult, id: string) => r.log?.find((s) => s.id === id)?.valid;

function selfSignedCertificate(dir: string) {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${HOST}`,
      '-addext',
      `subjectAltName=DNS:${HOST}`,
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** An https server on loopback that forwards every request to the app, and notes the paths it served. */
function tlsTerminator(tls: { key: Buffer; cert: Buffer }, appPort: () => number) {
  const served: string[] = [];
  const server = https.createServer(tls, (req, res) => {
    served.push(`${req.method} ${req.url}`);
    const upstream = http.request(
      { host: '127.0.0.1', port: appPort(), method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return { server, served };
}

/** fetch for the verifier: the one domain over real TLS to the terminator (CA = our certificate), the schema from shared/data, nothing else. */
function verifierFetch(port: number, ca: Buffer): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.href === OB3_SCHEMA_ID) return Response.json(schema);
    if (url.protocol !== 'https:' || url.hostname !== HOST || Number(url.port) !== port)
      throw new Error(`network use in a test: ${url.href}`);
    return new Promise<Response>((resolve, reject) => {
      const req = https.get(
        url,
        {
          ca,
          servername: HOST,
          lookup: (_host, options, done) =>
            options.all ? done(null, [{ address: '127.0.0.1', family: 4 }]) : done(null, '127.0.0.1', 4),
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve(
              new Response(Buffer.concat(chunks), {
                status: res.statusCode ?? 500,
                headers: { 'content-type': String(res.headers['content-type'] ?? 'application/json') },
              }),
            ),
          );
        },
      );
      req.on('error', reject);
    });
  }) as typeof fetch;
}

for (const backend of await testBackends()) {
  describe(`a credential issued behind a TLS terminator verifies in the DCC verifier on ${backend.kind}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'pathwise-tls-'));
    const tls = selfSignedCertificate(dir);
    let t: TestApp;
    let appPort = 0;
    const terminator = tlsTerminator(tls, () => appPort);
    const realFetch = globalThis.fetch;
    let port = 0;
    before(async () => {
      await new Promise<void>((resolve) => terminator.server.listen(0, '127.0.0.1', resolve));
      port = (terminator.server.address() as AddressInfo).port;
      t = await buildTestApp(backend, { PUBLIC_URL: `https://${HOST}:${port}` });
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      appPort = (t.app.server.address() as AddressInfo).port;
      globalThis.fetch = verifierFetch(port, tls.cert);
    });
    after(async () => {
      globalThis.fetch = realFetch;
      await new Promise((resolve) => terminator.server.close(resolve));
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('the DID document comes over https from the terminator; the genuine credential verifies, a tampered one does not', async () => {
      const admin = await signUp(t.app);
      const orgId = await createOrg(t.app, admin, `TLS Academy ${backend.kind}`);
      await installDemoContent(t.db.kysely, orgId);
      const learner = await addMember(t.app, admin, orgId, 'learner');
      const a = await call(t.app, admin, 'POST', `/api/orgs/${orgId}/achievements`, {
        name: 'Adding integers',
        criteria: { skills: [{ skillId: 'alg.integers-add' }] },
      });
      assert.equal(a.status, 201, a.raw);
      const award = await call(t.app, admin, 'POST', `/api/orgs/${orgId}/achievements/${a.body.id}/awards`, {
        learnerId: learner.userId,
        narrative: 'Shown in class',
      });
      assert.equal(award.status, 201, award.raw);
      const file = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/record/credentials/${award.body.awarded.id}/file`,
        headers: learner.headers,
      });
      const credential = file.json();
      const did: string = credential.issuer.id;
      assert.match(did, new RegExp(`^did:web:${HOST}%3A${port}:orgs:`));
      const didPath = new URL(didWebDocumentUrl(did)).pathname;

      const genuine = (await dccVerify({ credential, knownDIDRegistries: [] as never })) as DccResult;
      assert.equal(genuine.errors, undefined, JSON.stringify(genuine.errors));
      assert.equal(step(genuine, 'valid_signature'), true);
      assert.equal(step(genuine, 'revocation_status'), true);
      assert.ok(
        terminator.served.includes(`GET ${didPath}`),
        `served over TLS: ${terminator.served.join(', ')}`,
      );

      const tampered = structuredClone(credential);
      tampered.credentialSubject.achievement.name = 'Rocket science';
      const bad = (await dccVerify({ credential: tampered, knownDIDRegistries: [] as never })) as DccResult;
      assert.equal(bad.errors?.[0]?.name, 'invalid_signature', JSON.stringify(bad.errors));
    });
  });
}
