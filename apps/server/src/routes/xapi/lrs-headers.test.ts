import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { basic, lrsTestApp } from './lrs-test-support.ts';

const SANDBOX = "sandbox; default-src 'none'";
const HTML = '<!doctype html><title>x</title><script>window.ran = true</script>';

/** The headers that keep anything the LRS sends from running as a page of the app's own origin. */
function assertInert(res: { headers: Record<string, unknown>; statusCode: number }, what: string) {
  assert.equal(res.headers['content-security-policy'], SANDBOX, `${what}: CSP (${res.statusCode})`);
  assert.equal(res.headers['x-content-type-options'], 'nosniff', `${what}: nosniff (${res.statusCode})`);
}

for (const backend of await testBackends()) {
  describe(`xAPI responses can never run as a page of the app (${backend.kind})`, () => {
    let t: Awaited<ReturnType<typeof lrsTestApp>>;
    let scope: string;
    before(async () => {
      t = await lrsTestApp(backend);
      const agent = encodeURIComponent(JSON.stringify({ mbox: 'mailto:ada@example.com' }));
      scope = `activityId=${encodeURIComponent(`http://example.com/a/${randomUUID()}`)}&agent=${agent}`;
      const put = await t.app.inject({
        method: 'PUT',
        url: `/xapi/activities/state?${scope}&stateId=page`,
        headers: { ...t.org.headers('1.0.3'), 'content-type': 'text/html' },
        payload: HTML,
      });
      assert.equal(put.statusCode, 204, put.body);
    });
    after(() => t.close());

    test('a stored text/html state document comes back sandboxed, nosniff and as an attachment', async () => {
      const got = await t.app.inject({
        method: 'GET',
        url: `/xapi/activities/state?${scope}&stateId=page`,
        headers: t.org.headers('1.0.3'),
      });
      assert.equal(got.statusCode, 200);
      assert.equal(got.body, HTML, 'the document itself is unchanged');
      assertInert(got, 'document GET');
      assert.match(String(got.headers['content-disposition']), /^attachment\b/);
    });

    test('the same through the alternate request syntax (a cross-site form POST with method=GET)', async () => {
      const form = new URLSearchParams({
        Authorization: basic(t.org.key, t.org.secret),
        'X-Experience-API-Version': '1.0.3',
        ...Object.fromEntries(new URLSearchParams(scope)),
        stateId: 'page',
      });
      const got = await t.app.inject({
        method: 'POST',
        url: '/xapi/activities/state?method=GET',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: form.toString(),
      });
      assert.equal(got.statusCode, 200, got.body);
      assert.equal(got.body, HTML);
      assertInert(got, 'alternate GET');
      assert.match(String(got.headers['content-disposition']), /^attachment\b/);
    });

    test('every other LRS answer carries the same headers, errors included', async () => {
      const answers = await Promise.all([
        t.app.inject({ method: 'GET', url: '/xapi/about' }),
        t.app.inject({ method: 'OPTIONS', url: '/xapi/statements' }),
        t.app.inject({ method: 'GET', url: '/xapi/statements', headers: t.org.headers() }),
        t.app.inject({ method: 'GET', url: `/xapi/activities/state?${scope}`, headers: t.org.headers() }),
        t.app.inject({ method: 'GET', url: '/xapi/statements' }),
        t.app.inject({ method: 'GET', url: '/xapi/nowhere', headers: t.org.headers() }),
        t.app.inject({
          method: 'GET',
          url: `/xapi/activities/state?${scope}&stateId=page`,
          headers: { ...t.org.headers(), authorization: basic(t.org.key, 'wrong') },
        }),
      ]);
      assert.deepEqual(
        answers.map((a) => a.statusCode),
        [200, 204, 200, 200, 400, 404, 401],
      );
      for (const [i, answer] of answers.entries()) assertInert(answer, `answer ${i}`);
    });
  });
}
