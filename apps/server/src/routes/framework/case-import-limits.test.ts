import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MAX_CASE_BODY } from '@pathwise/contracts';
import { testBackends } from '@pathwise/db/testing';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { type LearningOrg, learningOrg } from '../learning/learning-test-kit.ts';

for (const backend of await testBackends()) {
  describe(`CASE import limits on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t, 'Case Limits School');
    });
    after(() => t.close());

    const skills = async () =>
      (
        await sql<{ n: number }>`select count(*)::int as n from skills where org_id = ${o.orgId}`.execute(
          t.db.kysely,
        )
      ).rows[0]!.n;
    const post = (payload: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/orgs/${o.orgId}/framework/case-import`,
        headers: { ...o.admin.headers, 'content-type': 'application/json' },
        payload,
      });

    test('a body over the 16 MiB cap: 413 problem, nothing written', async () => {
      assert.equal(MAX_CASE_BODY, 16 * 1024 * 1024);
      const before = await skills();
      const pad = 'x'.repeat(MAX_CASE_BODY);
      const res = await post(JSON.stringify({ CFDocument: { identifier: 'big', title: pad }, CFItems: [] }));
      assert.equal(res.statusCode, 413);
      assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
      assert.equal(res.json().code, 'payload_too_large');
      assert.equal(await skills(), before);
    });

    test('50,000 broken items: a 400 listing the first 100 problems and counting them all, nothing written', async () => {
      const before = await skills();
      const items = Array.from({ length: 50_000 }, (_, i) => ({ identifier: `item-${i}` }));
      const res = await post(JSON.stringify({ CFDocument: { identifier: 'broken' }, CFItems: items }));
      assert.equal(res.statusCode, 400, res.body.slice(0, 300));
      assert.equal(res.json().code, 'validation_failed');
      assert.equal(res.json().errors.length, 100);
      assert.equal(res.json().problemCount, 50_000);
      assert.match(res.json().detail, /50000 problem\(s\)/);
      assert.ok(res.body.length < 50_000, `the answer stays small (${res.body.length} characters)`);
      assert.equal(await skills(), before);
    });
  });
}
