import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { addMember } from '../../test/test-app.ts';
import { createLrsOrg, type LrsOrg, lrsTestApp, statement } from './lrs-test-support.ts';

for (const backend of await testBackends()) {
  describe(`LRS credentials and organization isolation (${backend.kind})`, () => {
    let t: Awaited<ReturnType<typeof lrsTestApp>>;
    let other: LrsOrg;
    before(async () => {
      t = await lrsTestApp(backend);
      other = await createLrsOrg(t.app);
    });
    after(() => t.close());

    const agent = encodeURIComponent(JSON.stringify({ mbox: 'mailto:shared@example.com' }));
    const state = `/xapi/activities/state?activityId=${encodeURIComponent('http://example.com/a/1')}&agent=${agent}&stateId=s`;

    test("org B's credential never sees org A's statements or documents, even by id", async () => {
      const posted = await t.app.inject({
        method: 'POST',
        url: '/xapi/statements',
        headers: t.org.headers(),
        payload: statement({ actor: { mbox: 'mailto:shared@example.com' } }),
      });
      const [id] = posted.json() as string[];
      await t.app.inject({
        method: 'PUT',
        url: state,
        headers: { ...t.org.headers(), 'content-type': 'application/json' },
        payload: '{"org":"A"}',
      });
      const byId = await t.app.inject({
        method: 'GET',
        url: `/xapi/statements?statementId=${id}`,
        headers: other.headers(),
      });
      assert.equal(byId.statusCode, 404);
      const listed = await t.app.inject({
        method: 'GET',
        url: `/xapi/statements?agent=${agent}`,
        headers: other.headers(),
      });
      assert.deepEqual(listed.json().statements, []);
      assert.equal(
        (await t.app.inject({ method: 'GET', url: state, headers: other.headers() })).statusCode,
        404,
      );
      const reused = await t.app.inject({
        method: 'PUT',
        url: `/xapi/statements?statementId=${id}`,
        headers: other.headers(),
        payload: statement({ verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } }),
      });
      assert.equal(reused.statusCode, 204, 'ids are unique per organization, not across them');
      const mine = await t.app.inject({
        method: 'GET',
        url: `/xapi/statements?statementId=${id}`,
        headers: t.org.headers(),
      });
      assert.equal(mine.json().verb.id, 'http://adlnet.gov/expapi/verbs/completed');
    });

    test('scopes: a statements/read credential reads but cannot write or touch state', async () => {
      const reader = await createLrsOrg(t.app, ['statements/read'], t.org.admin);
      const read = await t.app.inject({ method: 'GET', url: '/xapi/statements', headers: reader.headers() });
      assert.equal(read.statusCode, 200);
      const write = await t.app.inject({
        method: 'POST',
        url: '/xapi/statements',
        headers: reader.headers(),
        payload: statement(),
      });
      assert.equal(write.statusCode, 403);
      assert.equal(
        (await t.app.inject({ method: 'GET', url: state, headers: reader.headers() })).statusCode,
        403,
      );
    });

    test('admins list credentials without secrets and revoke them; revoked credentials get 401', async () => {
      const extra = await createLrsOrg(t.app, ['all'], t.org.admin);
      const list = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${extra.orgId}/lrs-credentials`,
        headers: t.org.admin.headers,
      });
      assert.equal(list.statusCode, 200);
      const credentials = list.json().credentials as { id: string; key: string }[];
      assert.equal(credentials.length, 1);
      assert.ok(!JSON.stringify(list.json()).includes(extra.secret));
      const revoke = await t.app.inject({
        method: 'DELETE',
        url: `/api/orgs/${extra.orgId}/lrs-credentials/${credentials[0]!.id}`,
        headers: t.org.admin.headers,
      });
      assert.equal(revoke.statusCode, 204);
      const after = await t.app.inject({ method: 'GET', url: '/xapi/statements', headers: extra.headers() });
      assert.equal(after.statusCode, 401);
    });

    test("a teacher cannot manage credentials; another organization's admin sees 404", async () => {
      const teacher = await addMember(t.app, t.org.admin, t.org.orgId, 'teacher');
      const asTeacher = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${t.org.orgId}/lrs-credentials`,
        headers: teacher.headers,
        payload: { name: 'x', scopes: ['all'] },
      });
      assert.equal(asTeacher.statusCode, 403);
      const outsider = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${t.org.orgId}/lrs-credentials`,
        headers: other.admin.headers,
      });
      assert.equal(outsider.statusCode, 404);
      const badScope = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${t.org.orgId}/lrs-credentials`,
        headers: t.org.admin.headers,
        payload: { name: 'x', scopes: ['everything'] },
      });
      assert.equal(badScope.statusCode, 400);
    });
  });
}
