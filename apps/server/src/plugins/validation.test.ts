import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listAchievements } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import { call, learningOrg } from '../routes/learning/learning-test-kit.ts';
import { buildTestApp, type TestApp } from '../test/test-app.ts';

const [backend] = await testBackends();

describe('a JSON body is validated as sent, query strings are read as text', () => {
  let t: TestApp;
  let o: Awaited<ReturnType<typeof learningOrg>>;
  before(async () => {
    t = await buildTestApp(backend!);
    o = await learningOrg(t, 'Validation School');
  });
  after(() => t.close());

  test('no coercion of body values: 0, "5", true and 123 are refused where they would have been read as something else', async () => {
    const base = `/api/orgs/${o.orgId}/achievements`;
    const criteria = { evidence: { required: true, narrative: 'a project' } };
    // Before: 0 became null (a credential that never expires), "5" and true became numbers, 123 became "123".
    for (const [field, value, says] of [
      ['validityDays', 0, 'body/validityDays must be >= 1'],
      ['validityDays', '5', 'body/validityDays must be integer'],
      ['validityDays', true, 'body/validityDays must be integer'],
      ['name', 123, 'body/name must be string'],
    ] as const) {
      const res = await call(t.app, o.admin, 'POST', base, { name: 'Project', criteria, [field]: value });
      assert.equal(res.status, 400, `${field}: ${JSON.stringify(value)} gave ${res.status}`);
      assert.match(res.body.detail, new RegExp(says));
    }
    assert.deepEqual(await listAchievements(t.db.kysely, o.orgId), [], 'nothing was written');
    const ok = await call(t.app, o.admin, 'POST', base, { name: 'Project', criteria, validityDays: 5 });
    assert.equal(ok.status, 201, ok.raw);
    assert.equal(ok.body.validityDays, 5);
  });

  test('a number in a query string is still read as a number', async () => {
    const res = await call(t.app, o.admin, 'GET', `/api/orgs/${o.orgId}/items?limit=2&archived=false`);
    // Without coercion "2" is not an integer and "false" not a boolean: the 200 is the proof.
    assert.equal(res.status, 200, res.raw);
    assert.ok(res.body.items.length <= 2);
    const bad = await call(t.app, o.admin, 'GET', `/api/orgs/${o.orgId}/items?limit=two`);
    assert.equal(bad.status, 400);
    assert.match(bad.body.detail, /limit must be integer/);
  });
});
