import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { createLrsOrg, type LrsOrg, statement } from '../routes/xapi/lrs-test-support.ts';
import { buildTestApp, createOrg, type Session, signUp, type TestApp } from '../test/test-app.ts';
import { MAX_JSON_DEPTH } from './input-hygiene.ts';

const DEEP = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
/** Bodies written as JSON text, so the escapes reach the server as they would from any client. */
const BAD_BODIES: Record<string, string> = {
  nul: '{"name":"a\\u0000b","email":"x\\u0000@example.org","text":"\\u0000"}',
  'lone surrogate': '{"name":"a\\ud800b","email":"\\udc00@example.org","text":"\\ud800"}',
  '10k-deep': DEEP,
};

for (const backend of await testBackends()) {
  describe(`NUL, lone surrogates and deep JSON are 400, never 500 (${backend.kind})`, () => {
    let t: TestApp;
    let admin: Session;
    let orgId: string;
    let walker: Session;
    let walkerOrgId: string;
    let lrs: LrsOrg;
    before(async () => {
      t = await buildTestApp(backend);
      admin = await signUp(t.app);
      orgId = await createOrg(t.app, admin);
      // The walk reaches every route (sign-out too, were a bad body let through): it uses a session of its own.
      walker = await signUp(t.app);
      walkerOrgId = await createOrg(t.app, walker);
      lrs = await createLrsOrg(t.app);
    });
    after(() => t.close());

    test('every /api route that takes a body, with each bad body', async () => {
      const routes = t.app.routeAccess.filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method));
      assert.ok(routes.length >= 20, `only ${routes.length} routes take a body`);
      const refusedByTheCheck = new Set<string>();
      for (const route of routes) {
        const url = route.url.replace(':orgId', walkerOrgId).replace(/:[A-Za-z]+/g, 'x');
        for (const [kind, payload] of Object.entries(BAD_BODIES)) {
          const res = await t.app.inject({
            method: route.method as 'POST',
            url,
            headers: { ...walker.headers, 'content-type': 'application/json' },
            payload,
          });
          assert.ok(
            res.statusCode < 500,
            `${route.method} ${route.url} with a ${kind} body: ${res.statusCode} ${res.body}`,
          );
          if (res.statusCode === 400) {
            const problem = res.json() as { code: string; errors?: { field: string; message: string }[] };
            if (
              problem.errors?.some(
                (e) => e.field.startsWith('body') && /NUL|surrogate|deeper/.test(e.message),
              )
            )
              refusedByTheCheck.add(`${route.method} ${route.url}`);
          }
        }
      }
      // Routes the admin may not reach (learner-only, token-only) stop at the access layer: 403/404, not 500.
      assert.ok(refusedByTheCheck.size >= 20, `the check answered on ${refusedByTheCheck.size} routes`);
      for (const name of ['POST /api/auth/sign-in', 'POST /api/auth/sign-up', 'POST /api/orgs/:orgId/tokens'])
        assert.ok(refusedByTheCheck.has(name), name);
    });

    test('the answer names the field and the problem', async () => {
      const nul = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${orgId}/tokens`,
        headers: admin.headers,
        payload: { name: 'a\u0000b', role: 'admin' },
      });
      assert.equal(nul.statusCode, 400);
      assert.match(String(nul.headers['content-type']), /^application\/problem\+json/);
      assert.deepEqual(nul.json().errors, [
        { field: 'body/name', message: 'contains a NUL character (\\u0000)' },
      ]);
      const lone = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${orgId}/tokens`,
        headers: { ...admin.headers, 'content-type': 'application/json' },
        payload: JSON.stringify({ name: '\ud83d', role: 'admin' }),
      });
      assert.deepEqual(lone.json().errors, [
        { field: 'body/name', message: 'contains a lone UTF-16 surrogate (not valid Unicode)' },
      ]);
      const deep = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { 'content-type': 'application/json' },
        payload: `{"email":${DEEP}}`,
      });
      assert.equal(deep.statusCode, 400);
      const [problem] = deep.json().errors as { field: string; message: string }[];
      assert.match(problem!.field, /^body\/email(\/0)+$/);
      assert.equal(problem!.message, `nests deeper than ${MAX_JSON_DEPTH} levels`);
      // A right pair of surrogates (an emoji) is fine.
      const emoji = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${orgId}/tokens`,
        headers: admin.headers,
        payload: { name: 'rocket \u{1F680}', role: 'admin' },
      });
      assert.equal(emoji.statusCode, 201, emoji.body);
    });

    test('query strings and route parameters too', async () => {
      for (const url of [
        '/api/share/ab%00cd',
        '/api/share/ab%ED%A0%80cd',
        '/api/public/orgs/x%00/achievements',
        `/api/orgs/${orgId}/members?q=a%00b`,
      ]) {
        const res = await t.app.inject({ method: 'GET', url, headers: admin.headers });
        assert.ok(res.statusCode === 400 || res.statusCode === 404, `${url}: ${res.statusCode} ${res.body}`);
        assert.ok(res.statusCode < 500);
      }
      const share = await t.app.inject({ method: 'GET', url: '/api/share/ab%00cd' });
      assert.equal(share.statusCode, 400, share.body);
      assert.equal(share.json().errors[0].field, 'params/token');
    });

    test('the LRS answers 400 in its own format', async () => {
      const agent = encodeURIComponent(JSON.stringify({ mbox: 'mailto:ada@example.com', name: 'A\u0000' }));
      const answers = await Promise.all([
        t.app.inject({
          method: 'POST',
          url: '/xapi/statements',
          headers: { ...lrs.headers(), 'content-type': 'application/json' },
          payload: JSON.stringify(statement({ result: { response: 'a\u0000b' } })),
        }),
        t.app.inject({
          method: 'POST',
          url: '/xapi/statements',
          headers: { ...lrs.headers(), 'content-type': 'application/json' },
          payload: JSON.stringify(statement({ result: { response: '\udc00' } })),
        }),
        t.app.inject({
          method: 'POST',
          url: '/xapi/statements',
          headers: { ...lrs.headers(), 'content-type': 'application/json' },
          payload: `[{"actor":{"mbox":"mailto:a@example.com"},"verb":{"id":"http://x.example/v"},"object":{"id":"http://x.example/a"},"result":{"extensions":{"http://x.example/e":${DEEP}}}}]`,
        }),
        t.app.inject({
          method: 'PUT',
          url: `/xapi/activities/state?activityId=http%3A%2F%2Fx.example%2Fa&agent=${agent}&stateId=s`,
          headers: { ...lrs.headers(), 'content-type': 'application/json' },
          payload: '{"a":1}',
        }),
        t.app.inject({
          method: 'PUT',
          url: '/xapi/activities/state?activityId=http%3A%2F%2Fx.example%2Fa&agent=%7B%22mbox%22%3A%22mailto%3Aa%40example.com%22%7D&stateId=s%00',
          headers: { ...lrs.headers(), 'content-type': 'application/json' },
          payload: '{"a":"\\u0000"}',
        }),
      ]);
      for (const [i, res] of answers.entries()) {
        assert.equal(res.statusCode, 400, `LRS request ${i}: ${res.statusCode} ${res.body}`);
        assert.match(String(res.headers['content-type']), /^application\/json/);
        assert.equal(res.json().error.status, 400);
        assert.match(res.json().error.message, /NUL|surrogate|deeper/);
      }
    });
  });
}
