import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { call, type LearningOrg, learningOrg } from '../learning/learning-test-kit.ts';

const data = join(import.meta.dirname, '../../../../../../shared/data');
/** The first `n` lines of a dataset file: a slice keeps these tests fast. */
const head = (path: string, n: number) => readFileSync(join(data, path), 'utf8').split('\n').slice(0, n);

for (const backend of await testBackends()) {
  describe(`content import through HTTP on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let base: string;
    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t, 'Import School');
      base = `/api/orgs/${o.orgId}`;
    });
    after(() => t.close());

    const gsm8k = head('gsm8k-socratic/test_socratic.structured.jsonl', 12);
    const broken = [...gsm8k.slice(0, 5), '{"id":"bad","question":"Q?"}', ...gsm8k.slice(5), 'not json'].join(
      '\n',
    );

    test('a file with broken records imports nothing by default and lists each broken line', async () => {
      const res = await call(t.app, o.admin, 'POST', `${base}/imports`, {
        format: 'gsm8k',
        problems: broken,
      });
      assert.equal(res.status, 200, res.raw);
      assert.equal(res.body.written, false);
      assert.equal(res.body.imported, 0);
      assert.deepEqual(
        res.body.rejected.map((p: { line: number; field: string }) => [p.line, p.field]),
        [
          [6, 'final_answer'],
          [6, 'steps'],
          [14, '(line)'],
        ],
      );
      const bank = await call(t.app, o.admin, 'GET', `${base}/items?source=gsm8k`);
      assert.equal(bank.body.total, 0);
    });

    test('with acceptPartial only the good records are written, with their attribution', async () => {
      const res = await call(t.app, o.admin, 'POST', `${base}/imports`, {
        format: 'gsm8k',
        problems: broken,
        acceptPartial: true,
      });
      assert.equal(res.status, 200, res.raw);
      assert.deepEqual([res.body.written, res.body.imported, res.body.rejected.length], [true, 12, 3]);
      const bank = await call(t.app, o.admin, 'GET', `${base}/items?source=gsm8k&limit=100`);
      assert.equal(bank.body.total, 12);
      assert.ok(bank.body.items.some((i: { stem: { en: string } }) => i.stem.en.startsWith('Janet’s ducks')));
      const credit = await call(t.app, o.learner, 'GET', `${base}/imports/attribution?source=gsm8k`);
      assert.match(credit.body.attribution.text, /Copyright \(c\) 2021 OpenAI/);
    });

    test('a learner is served an imported item through the normal placement path and answers it', async () => {
      const enrolled = await call(t.app, o.learner, 'POST', `${base}/pathways/import-gsm8k/enrollment`);
      assert.equal(enrolled.status, 201, enrolled.raw);
      const next = await call(t.app, o.learner, 'POST', `${base}/pathways/import-gsm8k/placement/next`);
      assert.equal(next.status, 200, next.raw);
      assert.equal(next.body.item.source, 'gsm8k');
      assert.match(next.body.item.attribution, /OpenAI/, 'the credit line travels with the item');
      assert.match(next.body.item.itemId, /^gsm8k\/gsm8k-test-\d+$/);
      const served = gsm8k.map((l) => JSON.parse(l)).find((r) => `gsm8k/${r.id}` === next.body.item.itemId);
      const answered = await call(
        t.app,
        o.learner,
        'POST',
        `${base}/served-items/${next.body.item.servedId}/answer`,
        {
          stepId: next.body.item.currentStepId,
          answer: served.final_answer.replace(/,/g, ''),
        },
      );
      assert.equal(answered.status, 200, answered.raw);
      assert.equal(answered.body.result, 'correct');
    });

    test('OATutor and MathCAMPS slices import with their skills and show in the item bank', async () => {
      const oatutor = await call(t.app, o.admin, 'POST', `${base}/imports`, {
        format: 'oatutor',
        problems: head('oatutor-elementary-algebra/problems.jsonl', 30).join('\n'),
        bktParams: readFileSync(join(data, 'oatutor-elementary-algebra/bkt-params.json'), 'utf8'),
      });
      assert.equal(oatutor.status, 200, oatutor.raw);
      assert.deepEqual([oatutor.body.written, oatutor.body.imported], [true, 30]);
      assert.ok(oatutor.body.skills > 0);
      const mathcamps = await call(t.app, o.admin, 'POST', `${base}/imports`, {
        format: 'mathcamps',
        problems: head('mathcamps/problems.jsonl', 40).join('\n'),
        standards: readFileSync(join(data, 'mathcamps/standards.json'), 'utf8'),
      });
      assert.equal(mathcamps.status, 200, mathcamps.raw);
      assert.equal(mathcamps.body.written, true);
      const bank = await call(t.app, o.admin, 'GET', `${base}/items?source=oatutor&limit=5`);
      assert.equal(bank.body.total, 30);
      const ccss = await call(t.app, o.admin, 'GET', `${base}/items?source=mathcamps&limit=500`);
      assert.equal(ccss.body.total, mathcamps.body.imported);
      assert.ok(ccss.body.items.every((i: { skillId: string }) => i.skillId.startsWith('ccss.')));
    });

    test('MathCAMPS without its standards is bad input; a learner may not import; the route is documented', async () => {
      const missing = await call(t.app, o.admin, 'POST', `${base}/imports`, {
        format: 'mathcamps',
        problems: '{}',
      });
      assert.equal(missing.status, 400, missing.raw);
      assert.equal(missing.body.code, 'validation_failed');
      const learner = await call(t.app, o.learner, 'POST', `${base}/imports`, {
        format: 'gsm8k',
        problems: '{}',
      });
      assert.equal(learner.status, 403, learner.raw);
      const doc = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
      assert.ok(doc.json().paths['/api/orgs/{orgId}/imports'].post);
    });
  });
}
