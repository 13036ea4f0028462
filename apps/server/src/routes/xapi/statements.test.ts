import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { lrsTestApp, statement } from './lrs-test-support.ts';

type Stored = {
  id: string;
  stored: string;
  authority: { account: { name: string } };
  actor: unknown;
  object: unknown;
};
type Result = { statements: Stored[]; more: string };

for (const backend of await testBackends()) {
  describe(`xAPI statements (${backend.kind})`, () => {
    let t: Awaited<ReturnType<typeof lrsTestApp>>;
    before(async () => {
      t = await lrsTestApp(backend);
    });
    after(() => t.close());

    const post = (payload: unknown, version = '2.0.0') =>
      t.app.inject({
        method: 'POST',
        url: '/xapi/statements',
        headers: t.org.headers(version),
        payload: payload as object,
      });
    const get = async (query: string, version = '2.0.0') => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/xapi/statements?${query}`,
        headers: t.org.headers(version),
      });
      assert.equal(res.statusCode, 200, res.body);
      return res;
    };
    const mbox = () => `mailto:${randomUUID()}@example.com`;
    const agentParam = (m: string) => `agent=${encodeURIComponent(JSON.stringify({ mbox: m }))}`;

    test('POST stores a statement; GET returns it with the credential as authority and the version headers', async () => {
      const res = await post(statement());
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['x-experience-api-version'], '2.0.0');
      const [id] = res.json() as string[];
      const one = await get(`statementId=${id}`);
      const stored = one.json() as Stored;
      assert.equal(stored.id, id);
      assert.equal(stored.authority.account.name, t.org.key);
      assert.ok(!Number.isNaN(Date.parse(String(one.headers['x-experience-api-consistent-through']))));
      assert.equal(one.headers['last-modified'], new Date(stored.stored).toUTCString());
      const old = await get(`statementId=${id}`, '1.0.3');
      assert.equal(old.headers['x-experience-api-version'], '1.0.3');
    });

    test('PUT with statementId stores under that id (204); the same again is 204, a different one 409', async () => {
      const id = randomUUID();
      const url = `/xapi/statements?statementId=${id}`;
      const put = (payload: object) =>
        t.app.inject({ method: 'PUT', url, headers: t.org.headers(), payload });
      assert.equal((await put(statement())).statusCode, 204);
      assert.equal((await put(statement())).statusCode, 204);
      const conflict = await put(statement({ verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } }));
      assert.equal(conflict.statusCode, 409, conflict.body);
      const mismatch = await put(statement({ id: randomUUID() }));
      assert.equal(mismatch.statusCode, 400);
    });

    test('a batch answers its ids in order; one bad statement rejects the batch and stores nothing', async () => {
      const actor = mbox();
      const ids = [randomUUID(), randomUUID()];
      const good = ids.map((id) => statement({ id, actor: { mbox: actor } }));
      const bad = await post([...good, statement({ verb: { id: 'not an iri' } })]);
      assert.equal(bad.statusCode, 400);
      assert.equal((await get(agentParam(actor))).json().statements.length, 0);
      const ok = await post(good);
      assert.deepEqual(ok.json(), ids);
      assert.equal((await get(agentParam(actor))).json().statements.length, 2);
      const repeated = await post([
        statement({ id: ids[0], actor: { mbox: actor } }),
        statement({ actor: { mbox: actor } }),
      ]);
      assert.equal(repeated.statusCode, 200, 'an equal re-sent statement is accepted');
      const conflicting = await post([statement({ actor: { mbox: actor } }), statement({ id: ids[1] })]);
      assert.equal(conflicting.statusCode, 409);
      assert.equal((await get(agentParam(actor))).json().statements.length, 3);
    });

    test('GET filters: agent, verb, activity, registration, related agents and activities, since/until, ascending', async () => {
      const actor = mbox();
      const instructor = mbox();
      const registration = randomUUID();
      const activity = `http://example.com/activities/${randomUUID()}`;
      const parent = `http://example.com/courses/${randomUUID()}`;
      const a = (await post(statement({ actor: { mbox: actor }, object: { id: activity } }))).json()[0];
      const b = (
        await post(
          statement({
            actor: { mbox: actor },
            verb: { id: 'http://adlnet.gov/expapi/verbs/passed' },
            context: {
              registration,
              instructor: { mbox: instructor },
              contextActivities: { parent: [{ id: parent }] },
            },
          }),
        )
      ).json()[0];
      const ids = async (query: string) => (await get(query)).json().statements.map((s: Stored) => s.id);
      assert.deepEqual(await ids(agentParam(actor)), [b, a], 'newest first');
      assert.deepEqual(await ids(`${agentParam(actor)}&ascending=true`), [a, b]);
      assert.deepEqual(
        await ids(`${agentParam(actor)}&verb=${encodeURIComponent('http://adlnet.gov/expapi/verbs/passed')}`),
        [b],
      );
      assert.deepEqual(await ids(`activity=${encodeURIComponent(activity)}`), [a]);
      assert.deepEqual(await ids(`registration=${registration}`), [b]);
      assert.deepEqual(await ids(agentParam(instructor)), []);
      assert.deepEqual(await ids(`${agentParam(instructor)}&related_agents=true`), [b]);
      assert.deepEqual(await ids(`activity=${encodeURIComponent(parent)}`), []);
      assert.deepEqual(await ids(`activity=${encodeURIComponent(parent)}&related_activities=true`), [b]);
      const storedB = (await get(`statementId=${b}`)).json().stored as string;
      assert.deepEqual(await ids(`${agentParam(actor)}&since=${encodeURIComponent(storedB)}`), []);
      assert.deepEqual(await ids(`${agentParam(actor)}&until=${encodeURIComponent(storedB)}`), [b, a]);
    });

    test('more links page through every statement exactly once', async () => {
      const actor = mbox();
      const sent = (
        await post(Array.from({ length: 7 }, () => statement({ actor: { mbox: actor } })))
      ).json() as string[];
      const seen: string[] = [];
      let page = (await get(`${agentParam(actor)}&limit=3`)).json() as Result;
      for (;;) {
        seen.push(...page.statements.map((s) => s.id));
        if (!page.more) break;
        assert.ok(page.more.startsWith('/xapi/statements?more='));
        page = (await get(page.more.split('?')[1] ?? '')).json() as Result;
      }
      assert.deepEqual(seen.sort(), [...sent].sort());
      const bad = await t.app.inject({
        method: 'GET',
        url: '/xapi/statements?more=garbage',
        headers: t.org.headers(),
      });
      assert.equal(bad.statusCode, 400);
    });

    test('format=ids keeps identifiers only; canonical keeps one language', async () => {
      const id = (
        await post(
          statement({
            object: {
              id: 'http://example.com/a/langs',
              definition: { name: { 'en-US': 'Quiz', 'es-ES': 'Prueba' } },
            },
          }),
        )
      ).json()[0];
      const ids = (await get(`statementId=${id}&format=ids`)).json() as Stored;
      assert.deepEqual(ids.object, { id: 'http://example.com/a/langs' });
      assert.deepEqual(Object.keys(ids.actor as object).sort(), ['mbox', 'objectType']);
      const canonical = await t.app.inject({
        method: 'GET',
        url: `/xapi/statements?statementId=${id}&format=canonical`,
        headers: { ...t.org.headers(), 'accept-language': 'es-ES' },
      });
      assert.deepEqual(canonical.json().object.definition.name, { 'es-ES': 'Prueba' });
    });

    test('voiding: a voided statement is only found by voidedStatementId, and filters return the voiding statement', async () => {
      const actor = mbox();
      const target = (await post(statement({ actor: { mbox: actor } }))).json()[0];
      const voiding = (
        await post({
          actor: { mbox: actor },
          verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } },
          object: { objectType: 'StatementRef', id: target },
        })
      ).json()[0];
      const byId = await t.app.inject({
        method: 'GET',
        url: `/xapi/statements?statementId=${target}`,
        headers: t.org.headers(),
      });
      assert.equal(byId.statusCode, 404);
      assert.equal((await get(`voidedStatementId=${target}`)).json().id, target);
      const listed = (await get(agentParam(actor))).json().statements.map((s: Stored) => s.id);
      assert.deepEqual(listed, [voiding]);
      const voidVoiding = await post({
        actor: { mbox: actor },
        verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
        object: { objectType: 'StatementRef', id: voiding },
      });
      assert.equal(voidVoiding.statusCode, 400, 'a voiding statement cannot be voided');
    });

    test('strict 400s: bad JSON, bad version, unknown parameter, wrong content type; 413 for an oversized body', async () => {
      const raw = (payload: string, headers: Record<string, string> = {}) =>
        t.app.inject({
          method: 'POST',
          url: '/xapi/statements',
          headers: { ...t.org.headers(), 'content-type': 'application/json', ...headers },
          payload,
        });
      assert.equal((await raw('{"actor":')).statusCode, 400);
      assert.equal(
        (await raw(JSON.stringify(statement()), { 'x-experience-api-version': '1.1.0' })).statusCode,
        400,
      );
      assert.equal(
        (await raw(JSON.stringify(statement()), { 'content-type': 'text/plain' })).statusCode,
        400,
      );
      const noVersion = await t.app.inject({
        method: 'GET',
        url: '/xapi/statements',
        headers: { authorization: t.org.headers().authorization },
      });
      assert.equal(noVersion.statusCode, 400);
      assert.ok(noVersion.headers['x-experience-api-version']);
      const unknown = await t.app.inject({
        method: 'GET',
        url: '/xapi/statements?verbs=x',
        headers: t.org.headers(),
      });
      assert.equal(unknown.statusCode, 400);
      const huge = await raw(`[${'"x",'.repeat(6_000_000)}"x"]`);
      assert.equal(huge.statusCode, 413);
    });

    test('Basic auth: a missing or wrong secret is a 401 with a challenge; a read-only credential cannot write (403)', async () => {
      const none = await t.app.inject({
        method: 'GET',
        url: '/xapi/statements',
        headers: { 'x-experience-api-version': '2.0.0' },
      });
      assert.equal(none.statusCode, 401);
      assert.match(String(none.headers['www-authenticate']), /^Basic/);
      const wrong = await t.app.inject({
        method: 'GET',
        url: '/xapi/statements',
        headers: {
          ...t.org.headers(),
          authorization: `Basic ${Buffer.from(`${t.org.key}:nope`).toString('base64')}`,
        },
      });
      assert.equal(wrong.statusCode, 401);
      const about = await t.app.inject({ method: 'GET', url: '/xapi/about' });
      assert.deepEqual(about.json().version, ['2.0.0', '1.0.3']);
    });

    test('every answer carries the version header: unknown resources (404), HEAD, CORS preflights', async () => {
      const missing = await t.app.inject({
        method: 'GET',
        url: '/xapi/nothing-here',
        headers: t.org.headers(),
      });
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.headers['x-experience-api-version'], '2.0.0');
      const head = await t.app.inject({
        method: 'HEAD',
        url: '/xapi/statements',
        headers: t.org.headers('1.0.3'),
      });
      assert.equal(head.statusCode, 200);
      assert.equal(head.headers['x-experience-api-version'], '1.0.3');
      assert.equal(head.body, '');
      const preflight = await t.app.inject({
        method: 'OPTIONS',
        url: '/xapi/statements',
        headers: { origin: 'https://content.example', 'access-control-request-method': 'POST' },
      });
      assert.equal(preflight.statusCode, 204);
      assert.equal(preflight.headers['access-control-allow-origin'], '*');
      assert.match(String(preflight.headers['access-control-allow-headers']), /Authorization/);
    });
  });
}
