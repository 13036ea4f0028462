import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { lrsTestApp, statement } from './lrs-test-support.ts';

for (const backend of await testBackends()) {
  describe(`xAPI statements (${backend.kind})`, () => {
    let t: Awaited<ReturnType<typeof lrsTestApp>>;
    before(async () => {
      t = await lrsTestApp(backend);
    });
    after(() => t.close());

    test('POST stores a statement and GET returns it with the authority of the credential', async () => {
      const post = await t.app.inject({
        method: 'POST',
        url: '/xapi/statements',
        headers: t.org.headers(),
        payload: statement(),
      });
      assert.equal(post.statusCode, 200, post.body);
      assert.equal(post.headers['x-experience-api-version'], '2.0.0');
      const [id] = post.json() as string[];
      const get = await t.app.inject({
        method: 'GET',
        url: `/xapi/statements?statementId=${id}`,
        headers: t.org.headers(),
      });
      assert.equal(get.statusCode, 200, get.body);
      const stored = get.json() as { id: string; authority: { account: { name: string } }; stored: string };
      assert.equal(stored.id, id);
      assert.equal(stored.authority.account.name, t.org.key);
      assert.ok(get.headers['x-experience-api-consistent-through']);
      assert.equal(get.headers['last-modified'], new Date(stored.stored).toUTCString());
    });

    test('PUT with statementId stores under that id (204); a different statement with it is a 409', async () => {
      const id = randomUUID();
      const url = `/xapi/statements?statementId=${id}`;
      const put = await t.app.inject({ method: 'PUT', url, headers: t.org.headers(), payload: statement() });
      assert.equal(put.statusCode, 204, put.body);
      const same = await t.app.inject({ method: 'PUT', url, headers: t.org.headers(), payload: statement() });
      assert.equal(same.statusCode, 204, same.body);
      const other = statement({ verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } });
      const conflict = await t.app.inject({ method: 'PUT', url, headers: t.org.headers(), payload: other });
      assert.equal(conflict.statusCode, 409, conflict.body);
    });
  });
}
