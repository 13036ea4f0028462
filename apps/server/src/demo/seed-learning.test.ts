import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { buildTestApp, signIn, type TestApp } from '../test/test-app.ts';
import { DEMO_ACCOUNTS, seedDemo } from './seed-demo.ts';

for (const backend of await testBackends()) {
  describe(`demo learning data on ${backend.kind}`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(backend);
    });
    after(() => t.close());

    test('the demo learner has progress: the map shows every status, a review is due and comes first', async () => {
      const { orgId } = await seedDemo(t.db, { password: 'demo-password-1', passwordHashCost: 1024 });
      const learner = await signIn(t.app, DEMO_ACCOUNTS[0].email, 'demo-password-1');
      const get = async (url: string) =>
        (await t.app.inject({ method: 'GET', url, headers: learner.headers })).json();
      const pathways = await get(`/api/orgs/${orgId}/pathways`);
      assert.deepEqual(
        pathways.pathways.map((p: { id: string; enrollment: unknown }) => [p.id, p.enrollment]),
        [
          ['algebra-foundations', { status: 'active' }],
          ['data-literacy', null],
        ],
      );
      const map = await get(`/api/orgs/${orgId}/pathways/algebra-foundations/map`);
      const count = (status: string) =>
        map.skills.filter((s: { status: string }) => s.status === status).length;
      assert.equal(count('mastered'), 3);
      assert.ok(count('ready') > 0 && count('locked') > 0);
      const mine = await get(`/api/orgs/${orgId}/learning`);
      assert.ok(mine.reviewsDue >= 1);
      const next = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${orgId}/pathways/algebra-foundations/practice/next`,
        headers: learner.headers,
      });
      assert.equal(next.json().mode, 'review', next.body);
      const mastered = map.skills
        .filter((s: { status: string }) => s.status === 'mastered')
        .map((s: { id: string }) => s.id);
      assert.ok(mastered.includes(next.json().skill.id));
    });
  });
}
