import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { lrsTestApp, statement } from './lrs-test-support.ts';

for (const backend of await testBackends()) {
  describe(`xAPI documents, activities, agents (${backend.kind})`, () => {
    let t: Awaited<ReturnType<typeof lrsTestApp>>;
    before(async () => {
      t = await lrsTestApp(backend);
    });
    after(() => t.close());

    const agent = encodeURIComponent(JSON.stringify({ mbox: 'mailto:ada@example.com' }));
    const activity = () => encodeURIComponent(`http://example.com/activities/${randomUUID()}`);
    const call = (method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, body?: unknown, headers = {}) =>
      t.app.inject({
        method,
        url,
        headers: {
          ...t.org.headers(),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
      });

    test('state: PUT, GET with ETag and Last-Modified, POST merges, list ids with since, DELETE one and all', async () => {
      const activityId = activity();
      const scope = `/xapi/activities/state?activityId=${activityId}&agent=${agent}`;
      assert.equal(
        (await call('PUT', `${scope}&stateId=progress`, { step: 1, done: false })).statusCode,
        204,
      );
      const got = await call('GET', `${scope}&stateId=progress`);
      assert.equal(got.statusCode, 200);
      assert.deepEqual(got.json(), { step: 1, done: false });
      assert.match(String(got.headers.etag), /^"[0-9a-f]{40}"$/);
      assert.ok(got.headers['last-modified']);
      assert.equal(
        (await call('POST', `${scope}&stateId=progress`, { step: 2 }, { 'if-match': got.headers.etag }))
          .statusCode,
        204,
      );
      assert.deepEqual((await call('GET', `${scope}&stateId=progress`)).json(), { step: 2, done: false });
      assert.equal(
        (await call('POST', `${scope}&stateId=progress`, [1, 2])).statusCode,
        400,
        'merging needs objects',
      );
      // The progress document was stored at a known past instant (set in the database, so no time has to pass
      // between the two writes): `since` that instant lists only what was stored after it, the bookmark.
      const before = '2020-01-01T00:00:00.000Z';
      const backdated = await t.db.kysely
        .updateTable('xapi_documents')
        .set({ updated: new Date(before) })
        .where('org_id', '=', t.org.orgId)
        .where('activity_id', '=', decodeURIComponent(activityId))
        .where('document_id', '=', 'progress')
        .executeTakeFirst();
      assert.equal(backdated.numUpdatedRows, 1n);
      assert.equal(
        (await call('PUT', `${scope}&stateId=bookmark`, { page: 3 }, { 'if-none-match': '*' })).statusCode,
        204,
      );
      assert.deepEqual((await call('GET', scope)).json(), ['bookmark', 'progress']);
      assert.deepEqual((await call('GET', `${scope}&since=${encodeURIComponent(before)}`)).json(), [
        'bookmark',
      ]);
      assert.deepEqual(
        (await call('GET', `${scope}&since=${encodeURIComponent('2019-12-31T23:59:59.999Z')}`)).json(),
        ['bookmark', 'progress'],
      );
      assert.equal((await call('DELETE', `${scope}&stateId=bookmark`)).statusCode, 204);
      assert.equal((await call('GET', `${scope}&stateId=bookmark`)).statusCode, 404);
      assert.equal((await call('DELETE', scope)).statusCode, 204);
      assert.deepEqual((await call('GET', scope)).json(), []);
    });

    test('registration keeps states apart', async () => {
      const scope = `/xapi/activities/state?activityId=${activity()}&agent=${agent}&stateId=s`;
      const registration = randomUUID();
      await call('PUT', scope, { where: 'none' });
      await call('PUT', `${scope}&registration=${registration}`, { where: 'registered' });
      assert.deepEqual((await call('GET', scope)).json(), { where: 'none' });
      assert.deepEqual((await call('GET', `${scope}&registration=${registration}`)).json(), {
        where: 'registered',
      });
    });

    test('concurrency: stale If-Match 412, If-None-Match * on an existing document 412, unguarded PUT 409', async () => {
      for (const resource of ['activities/profile', 'agents/profile']) {
        const scope =
          resource === 'activities/profile'
            ? `activityId=${activity()}`
            : `agent=${encodeURIComponent(JSON.stringify({ mbox: `mailto:${randomUUID()}@example.com` }))}`;
        const url = `/xapi/${resource}?${scope}&profileId=p`;
        assert.equal((await call('PUT', url, { v: 1 }, { 'if-none-match': '*' })).statusCode, 204, resource);
        const etag = String((await call('GET', url)).headers.etag);
        assert.equal((await call('PUT', url, { v: 2 }, { 'if-none-match': '*' })).statusCode, 412, resource);
        assert.equal((await call('PUT', url, { v: 2 })).statusCode, 409, resource);
        assert.equal((await call('PUT', url, { v: 2 }, { 'if-match': etag })).statusCode, 204, resource);
        assert.equal(
          (await call('PUT', url, { v: 3 }, { 'if-match': etag })).statusCode,
          412,
          `${resource} stale`,
        );
        assert.deepEqual((await call('GET', url)).json(), { v: 2 });
        assert.equal((await call('DELETE', url, undefined, { 'if-match': etag })).statusCode, 412);
        assert.deepEqual((await call('GET', `/xapi/${resource}?${scope}`)).json(), ['p']);
      }
    });

    test('non-JSON documents keep their bytes and content type', async () => {
      const url = `/xapi/activities/profile?activityId=${activity()}&profileId=img`;
      const bytes = Buffer.from([0, 1, 2, 255]);
      const put = await t.app.inject({
        method: 'PUT',
        url,
        headers: { ...t.org.headers(), 'content-type': 'application/octet-stream', 'if-none-match': '*' },
        payload: bytes,
      });
      assert.equal(put.statusCode, 204);
      const got = await call('GET', url);
      assert.equal(got.headers['content-type'], 'application/octet-stream');
      assert.deepEqual(got.rawPayload, bytes);
    });

    test('activities returns the definition combined from statements; agents returns a Person', async () => {
      const id = `http://example.com/activities/${randomUUID()}`;
      await t.app.inject({
        method: 'POST',
        url: '/xapi/statements',
        headers: t.org.headers(),
        payload: [
          statement({ object: { id, definition: { name: { 'en-US': 'Quiz' } } } }),
          statement({ object: { id, definition: { name: { 'es-ES': 'Prueba' } } } }),
        ],
      });
      const res = await call('GET', `/xapi/activities?activityId=${encodeURIComponent(id)}`);
      assert.deepEqual(res.json(), {
        objectType: 'Activity',
        id,
        definition: { name: { 'en-US': 'Quiz', 'es-ES': 'Prueba' } },
      });
      const person = await call('GET', `/xapi/agents?agent=${agent}`);
      assert.deepEqual(person.json(), { objectType: 'Person', mbox: ['mailto:ada@example.com'] });
      assert.equal((await call('GET', '/xapi/agents')).statusCode, 400);
    });
  });
}
