import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { NOT_WRITTEN_REASON } from '@pathwise/contracts';
import { IMPORT_FORMAT_NAMES } from '@pathwise/core/importers';
import { createImportRun, findImportRun } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import { sql } from 'kysely';
import { importRunProcessed } from '../../importers/import-run.ts';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { call, type LearningOrg, learningOrg } from '../learning/learning-test-kit.ts';

const data = join(import.meta.dirname, '../../../../../../shared/data');
const oatutor = join(data, 'oatutor-elementary-algebra');
const lines = (path: string, n: number) => readFileSync(join(data, path), 'utf8').split('\n').slice(0, n);

/**
 * Starts an import over HTTP and waits for the server to finish it; returns the finished run. The route hands the
 * files to processImportRun in a setImmediate callback queued before the one awaited here, so by then the processing
 * has begun, and importRunProcessed resolves when it has ended: no time has to pass.
 */
async function runImport(t: TestApp, o: LearningOrg, body: object) {
  const res = await call(t.app, o.admin, 'POST', `/api/orgs/${o.orgId}/imports`, body);
  assert.equal(res.status, 202, res.raw);
  await new Promise((resolve) => setImmediate(resolve));
  await importRunProcessed(res.body.id);
  const run = await call(t.app, o.admin, 'GET', `/api/orgs/${o.orgId}/imports/${res.body.id}`);
  assert.ok(['done', 'failed'].includes(run.body.status), `the run finished: ${run.raw}`);
  return run.body;
}

const total = (report: { imported: number; importedAsSteps: number; skippedByReason: object }) =>
  report.imported +
  report.importedAsSteps +
  Object.values(report.skippedByReason as Record<string, number>).reduce((a, b) => a + b, 0);

for (const backend of await testBackends()) {
  describe(`imported pathways and import reports on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let base: string;
    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t, 'Draft School');
      base = `/api/orgs/${o.orgId}`;
    });
    after(() => t.close());

    test('the formats offered are the registry, for administrators only', async () => {
      const res = await call(t.app, o.admin, 'GET', `${base}/imports/formats`);
      assert.equal(res.status, 200, res.raw);
      assert.deepEqual(
        res.body.formats.map((f: { name: string }) => f.name),
        IMPORT_FORMAT_NAMES,
      );
      const mathcamps = res.body.formats.find((f: { name: string }) => f.name === 'mathcamps');
      assert.deepEqual(mathcamps.companions, [{ key: 'standards', file: 'standards.json', required: true }]);
      assert.equal((await call(t.app, o.learner, 'GET', `${base}/imports/formats`)).status, 403);
      const unknown = await call(t.app, o.admin, 'POST', `${base}/imports`, { format: 'csv', problems: 'x' });
      assert.equal(unknown.status, 400);
      assert.match(unknown.raw, /format/);
      // The database keeps no list of its own: a format added to the registry needs no migration.
      const future = await createImportRun(t.db.kysely, {
        orgId: o.orgId,
        format: 'a-future-format',
        acceptPartial: false,
        createdBy: null,
      });
      assert.equal((await findImportRun(t.db.kysely, o.orgId, future))!.format, 'a-future-format');
    });

    test('MathCAMPS: every record is accounted for (items, follow-ups made steps, skipped by reason)', async () => {
      const problems = lines('mathcamps/problems.jsonl', 300);
      problems.push(
        '{"id":"zz","standard":"Z.9","type":"original-problem","statement":"S","answer":"1"}',
        '{oops',
      );
      const standards = readFileSync(join(data, 'mathcamps/standards.json'), 'utf8');
      const refused = (
        await runImport(t, o, { format: 'mathcamps', problems: problems.join('\n'), standards })
      ).report;
      assert.equal(refused.written, false);
      assert.equal(refused.records, 302);
      assert.equal(total(refused), 302);
      assert.deepEqual(refused.skippedByReason, {
        'standard: unknown standard': 1,
        '(line): not valid JSON': 1,
        [NOT_WRITTEN_REASON]: 300,
      });
      const run = await runImport(t, o, {
        format: 'mathcamps',
        problems: problems.join('\n'),
        standards,
        acceptPartial: true,
      });
      const { report } = run;
      assert.equal(report.written, true);
      assert.ok(report.importedAsSteps > 0, 'follow-ups become steps of their original');
      assert.equal(report.imported + report.importedAsSteps, 300);
      assert.equal(total(report), report.records);
      const stored = await sql<{ report: { skippedByReason: object } }>`
        select report from import_runs where id = ${run.id}
      `.execute(t.db.kysely);
      assert.deepEqual(stored.rows[0]!.report.skippedByReason, report.skippedByReason, 'the run keeps it');
    });

    test('an OATutor import is a draft with the course order and its attribution apart; publishing shows it', async () => {
      const run = await runImport(t, o, {
        format: 'oatutor',
        problems: lines('oatutor-elementary-algebra/problems.jsonl', 400)
          .filter((l) => !l.includes('"figures"'))
          .join('\n'),
        coursePlan: readFileSync(join(oatutor, 'course-plan.json'), 'utf8'),
      });
      assert.equal(run.report.written, true, JSON.stringify(run.report.rejected));
      assert.equal(run.report.pathwayStatus, 'draft');
      const id = run.report.pathwayId;

      const seen = await call(t.app, o.learner, 'GET', `${base}/pathways`);
      assert.ok(!seen.body.pathways.some((p: { id: string }) => p.id === id), 'learners do not see a draft');
      assert.equal((await call(t.app, o.learner, 'POST', `${base}/pathways/${id}/enrollment`)).status, 404);

      const drafts = await call(t.app, o.admin, 'GET', `${base}/pathway-drafts`);
      assert.equal(drafts.status, 200, drafts.raw);
      const draft = drafts.body.pathways.find((p: { id: string }) => p.id === id);
      assert.match(draft.description.en, /in the course's order/);
      assert.doesNotMatch(draft.description.en, /CC BY/, 'the licence is not the description');
      assert.match(draft.attribution.text, /CC BY 4\.0/);
      assert.equal((await call(t.app, o.learner, 'GET', `${base}/pathway-drafts`)).status, 403);
      const learnerTry = await call(t.app, o.learner, 'POST', `${base}/pathway-drafts/${id}/publish`);
      assert.equal(learnerTry.status, 403);

      const framework = await call(t.app, o.admin, 'GET', `${base}/framework`);
      const skills = framework.body.skills as {
        id: string;
        parentId: string | null;
        prerequisites: string[];
      }[];
      const imported = skills.filter((s) => s.id.startsWith('oatutor.'));
      assert.ok(imported.some((s) => s.id === 'oatutor.chapter-1' && s.parentId === null));
      const lesson12 = imported.filter((s) => s.parentId === 'oatutor.lesson-1.2');
      assert.ok(lesson12.length > 0 && lesson12.every((s) => s.prerequisites.length > 0));
      assert.ok(!imported.some((s) => s.id === 'oatutor.and_percents'), 'no fragment of a split name');

      const published = await call(t.app, o.admin, 'POST', `${base}/pathway-drafts/${id}/publish`);
      assert.deepEqual([published.status, published.body], [200, { id, status: 'published' }]);
      const now = await call(t.app, o.learner, 'GET', `${base}/pathways`);
      const card = now.body.pathways.find((p: { id: string }) => p.id === id);
      assert.ok(card, 'published: learners see it');
      assert.equal(card.attribution.license, 'CC BY 4.0', 'the card credits the dataset');
      assert.doesNotMatch(card.description.en, /CC BY/);
      assert.ok(
        now.body.pathways.every(
          (p: { id: string; attribution: unknown }) => p.id === id || p.attribution === null,
        ),
        "the school's own pathways credit nobody",
      );
      assert.equal((await call(t.app, o.learner, 'POST', `${base}/pathways/${id}/enrollment`)).status, 201);
      const after = await call(t.app, o.admin, 'GET', `${base}/pathway-drafts`);
      assert.ok(!after.body.pathways.some((p: { id: string }) => p.id === id));
      const audit = await sql<{ n: number }>`
        select count(*)::int as n from audit_events where org_id = ${o.orgId} and action = 'pathway.published'
      `.execute(t.db.kysely);
      assert.equal(audit.rows[0]!.n, 1);
      const again = await runImport(t, o, {
        format: 'oatutor',
        problems: lines('oatutor-elementary-algebra/problems.jsonl', 3).join('\n'),
      });
      assert.equal(again.report.pathwayStatus, 'published', 'a re-import keeps it published');
      const missing = await call(t.app, o.admin, 'POST', `${base}/pathway-drafts/nope/publish`);
      assert.equal(missing.status, 404);
    });
  });
}
