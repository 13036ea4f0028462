import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { installDemoContent } from '../../learning/install-demo-content.ts';
import { addMember, buildTestApp, createOrg, signUp, type TestApp } from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';
import { dccVerify, fetchFromApp, validateOb3 } from './independent-verifiers-test-kit.ts';

// The CLR 2.0 export: `@context` as CLR 2.0 requires (VC 2.0, CLR 2.0.1, OB 3.0.3 first, in that order), each
// bundled credential valid against the 1EdTech OB 3.0 JSON Schema (../shared/data), the record signed so that
// the DCC verifier and ours accept it. NOTE: the 1EdTech CLR 2.0 JSON Schema (clr_v2p0_clrcredential_schema.json)
// is not in ../shared/data and is published only online, so the envelope is not schema-validated here.
const _PUBLIC = 'https://127.0.0.1:3000';

for (const backend of await testBackends()) {
  describe(`the CLR 2.0 export on ${backend.kind}`, () => {
    let t: TestApp;
    let restoreFetch = () => {};
    before(async () => {
      t = await buildTestApp(backend);
      restoreFetch = fetchFromApp(() => t.app);
    });
    after(async () => {
      restoreFetch();
      await t.close();
    });

    test('names the CLR 2.0 context, bundles OB 3.0 schema-valid credentials, and verifies (DCC and ours)', async () => {
      const admin = await signUp(t.app);
      const orgId = await createOrg(t.app, admin, `CLR Academy ${backend.kind}`);
      await installDemoContent(t.db.kysely, orgId);
      const learner = await addMember(t.app, admin, orgId, 'learner');
      for (const name of ['Adding integers', 'Field project']) {
        const a = await call(t.app, admin, 'POST', `/api/orgs/${orgId}/achievements`, {
          name,
          criteria: { evidence: { required: true } },
          skillIds: ['alg.integers-add'],
        });
        const res = await call(t.app, admin, 'POST', `/api/orgs/${orgId}/achievements/${a.body.id}/awards`, {
          learnerId: learner.userId,
          narrative: 'Shown in class',
        });
        assert.equal(res.status, 201, res.raw);
      }
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/record/clr`,
        headers: learner.headers,
      });
      assert.equal(res.statusCode, 200, res.body);
      const clr = res.json();
      assert.deepEqual(clr['@context'].slice(0, 3), [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ]);
      assert.deepEqual(clr.type, ['VerifiableCredential', 'ClrCredential']);
      assert.ok(clr.credentialSubject.type.includes('ClrSubject'));
      const bundled = clr.credentialSubject.verifiableCredential;
      assert.equal(bundled.length, 2);
      for (const credential of bundled)
        assert.ok(validateOb3(credential), JSON.stringify(validateOb3.errors));

      const dcc = await dccVerify(clr);
      assert.equal(dcc.errors, undefined, JSON.stringify(dcc.errors));
      assert.equal(dcc.log?.find((s) => s.id === 'valid_signature')?.valid, true);
      const ours = await t.app.inject({ method: 'POST', url: '/api/verify', payload: clr });
      const signature = ours.json().checks.find((c: { name: string }) => c.name === 'signature');
      assert.equal(signature?.ok, true, ours.body);

      const tampered = structuredClone(clr);
      tampered.credentialSubject.verifiableCredential.pop();
      const bad = await dccVerify(tampered);
      assert.equal(bad.errors?.[0]?.name, 'invalid_signature', JSON.stringify(bad.errors));
    });
  });
}
