import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { didWebDocumentUrl } from '@pathwise/open-badges';
import { installDemoContent } from '../../learning/install-demo-content.ts';
import {
  addMember,
  buildTestApp,
  createOrg,
  type Session,
  signUp,
  type TestApp,
} from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';
import { dccStep, dccVerify, fetchFromApp, validateOb3 } from './independent-verifiers-test-kit.ts';

// Independent checks of what the server issues: the 1EdTech OB 3.0 JSON Schema (data in ../shared/data) and the
// Digital Credentials Consortium verifier. The DCC verifier fetches the DID document (over https, as did:web
// says), the status list and the schema: fetch is answered by the app itself (in-process) and the local schema
// file; anything else fails the test.

for (const backend of await testBackends()) {
  describe(`issued credentials pass independent checks on ${backend.kind}`, () => {
    let t: TestApp;
    let admin: Session;
    let learner: Session;
    let orgId: string;
    // NOTE: the DCC verifier caches DID documents and status lists in the process, so each scenario uses its own
    // organization (its own did:web and list URL), named per backend.
    const newOrg = async (name: string) => {
      admin = await signUp(t.app);
      orgId = await createOrg(t.app, admin, `${name} ${backend.kind}`);
      await installDemoContent(t.db.kysely, orgId);
      learner = await addMember(t.app, admin, orgId, 'learner');
    };
    let restoreFetch = () => {};
    before(async () => {
      t = await buildTestApp(backend);
      const _publicUrl = 'http://127.0.0.1:3000';
      restoreFetch = fetchFromApp(() => t.app);
    });
    after(async () => {
      restoreFetch();
      await t.close();
    });

    async function award(name: string, body: object) {
      const a = await call(t.app, admin, 'POST', `/api/orgs/${orgId}/achievements`, { name, ...body });
      assert.equal(a.status, 201, a.raw);
      const res = await call(t.app, admin, 'POST', `/api/orgs/${orgId}/achievements/${a.body.id}/awards`, {
        learnerId: learner.userId,
        narrative: 'Shown in class',
        url: 'https://example.org/work/1',
      });
      assert.equal(res.status, 201, res.raw);
      const id = res.body.issued[0].id as string;
      const file = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/record/credentials/${id}/file`,
        headers: learner.headers,
      });
      return { id, credential: file.json() };
    }

    test('badges and certificates validate against the OB 3.0 JSON Schema and the DCC verifier accepts them', async () => {
      await newOrg('Interop Academy');
      const issued = [
        await award('Adding integers', {
          criteria: { skills: [{ skillId: 'alg.integers-add' }] },
          validityDays: 730,
        }),
        await award('Field project', {
          criteria: { evidence: { required: true } },
          achievementType: 'Certificate',
        }),
      ];
      for (const { credential } of issued) {
        assert.ok(validateOb3(credential), JSON.stringify(validateOb3.errors));
        const result = await dccVerify(credential as never);
        assert.equal(result.errors, undefined, JSON.stringify(result.errors));
        assert.equal(dccStep(result, 'valid_signature'), true);
        assert.equal(dccStep(result, 'revocation_status'), true);
        assert.equal(dccStep(result, 'expiration'), true);
      }
      assert.ok(
        didWebDocumentUrl(issued[0]!.credential.issuer.id).startsWith('https://127.0.0.1:3000/orgs/'),
      );
    });

    test('the DCC verifier accepts the signed CLR 2.0 export', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/record/clr`,
        headers: learner.headers,
      });
      assert.equal(res.statusCode, 200, res.body);
      const result = await dccVerify(res.json());
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      assert.equal(dccStep(result, 'valid_signature'), true);
    });
    test('the DCC verifier rejects a tampered credential, and reports a revoked one signed before a rotation', async () => {
      await newOrg('Interop Revocations');
      const { id, credential } = await award('Multiplying integers', {
        criteria: { skills: [{ skillId: 'alg.integers-multiply' }] },
      });
      const tampered = structuredClone(credential);
      tampered.credentialSubject.achievement.name = 'Rocket science';
      const bad = await dccVerify(tampered as never);
      assert.equal(bad.errors?.[0]?.name, 'invalid_signature', JSON.stringify(bad.errors));
      const rotated = await call(t.app, admin, 'POST', `/api/orgs/${orgId}/issuer/rotate`);
      assert.equal(rotated.status, 200);
      const revoke = await call(t.app, admin, 'POST', `/api/orgs/${orgId}/credentials/${id}/revoke`, {
        reason: 'test',
      });
      assert.equal(revoke.status, 204, revoke.raw);
      const revoked = await dccVerify(credential as never);
      assert.equal(dccStep(revoked, 'valid_signature'), true, 'the retired key still verifies');
      assert.equal(dccStep(revoked, 'revocation_status'), false);
    });
  });
}
