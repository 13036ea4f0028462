import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listAudit } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import { buildTestApp, createOrg, signUp, type TestApp } from '../test/test-app.ts';

for (const backend of await testBackends()) {
  describe(`revoking with an audit entry on ${backend.kind}`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(backend);
    });
    after(() => t.close());

    test('a revocation is audited with who did it (person or API token); a second one is a 404 that writes nothing', async () => {
      const admin = await signUp(t.app);
      const orgId = await createOrg(t.app, admin);
      const token = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${orgId}/tokens`,
        headers: admin.headers,
        payload: { name: 'Integration', role: 'admin' },
      });
      assert.equal(token.statusCode, 201, token.body);
      const bearer = { authorization: `Bearer ${token.json().token}` };
      const credential = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${orgId}/lrs-credentials`,
        headers: admin.headers,
        payload: { name: 'Reporting', scopes: ['statements/write'] },
      });
      assert.equal(credential.statusCode, 201, credential.body);
      const credentialUrl = `/api/orgs/${orgId}/lrs-credentials/${credential.json().id}`;

      const byToken = await t.app.inject({ method: 'DELETE', url: credentialUrl, headers: bearer });
      assert.equal(byToken.statusCode, 204, byToken.body);
      const again = await t.app.inject({ method: 'DELETE', url: credentialUrl, headers: bearer });
      assert.equal(again.statusCode, 404);
      assert.equal(again.json().code, 'not_found');

      const tokenUrl = `/api/orgs/${orgId}/tokens/${token.json().id}`;
      const byPerson = await t.app.inject({ method: 'DELETE', url: tokenUrl, headers: admin.headers });
      assert.equal(byPerson.statusCode, 204, byPerson.body);

      const revocations = (await listAudit(t.db.kysely, orgId))
        .filter((e) => e.action.endsWith('.revoked'))
        .map((e) => [e.action, e.target_id, e.actor_user_id, e.actor_token_id]);
      assert.deepEqual(revocations.sort(), [
        ['api_token.revoked', token.json().id, admin.userId, null],
        ['lrs_credential.revoked', credential.json().id, null, token.json().id],
      ]);
    });
  });
}
