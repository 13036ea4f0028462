import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { countContentFigures, findImportRun } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import { sql } from 'kysely';
import { sharedDataPath } from '../../../../../scripts/shared-data.ts';
import { importRunProcessed, processImportRun, startImportRun } from '../../importers/import-run.ts';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { call, type LearningOrg, learningOrg } from '../learning/learning-test-kit.ts';

const data = sharedDataPath();
const oatutorDir = join(data, 'oatutor-elementary-algebra');
/** The first `n` lines of a dataset file: a slice keeps these tests fast. */
const head = (path: string, n: number) => readFileSync(join(data, path), 'utf8').split('\n').slice(0, n);
const oatutorLines = readFileSync(join(oatutorDir, 'problems.jsonl'), 'utf8').split('\n');

/** The OATutor records (1-based lines) that show figures, with the figure files they name. */
function figureRecords(count: number) {
  const found: { line: number; text: string; files: string[] }[] = [];
  oatutorLines.forEach((text, i) => {
    if (found.length >= count || !text.includes('"figures"')) return;
    const files = Object.values(JSON.parse(text).figures as Record<string, string>).map(
      (p) => p.split('/')[1]!,
    );
    found.push({ line: i + 1, text, files });
  });
  return found;
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const figureFile = (name: string) => ({
  name,
  data: readFileSync(join(oatutorDir, 'figures', name)).toString('base64'),
});

/**
 * Starts an import over HTTP (202) and waits for the server to finish it; returns the run as then followed over
 * HTTP. The route hands the files to processImportRun in a setImmediate callback queued before the one awaited
 * here, so by then the processing has begun, and importRunProcessed resolves when it has ended: no time has to pass.
 */
async function runImport(t: TestApp, o: LearningOrg, body: object) {
  const res = await call(t.app, o.admin, 'POST', `/api/orgs/${o.orgId}/imports`, body);
  assert.equal(res.status, 202, res.raw);
  assert.ok(['queued', 'parsing'].includes(res.body.status));
  assert.equal(res.body.report, null);
  await new Promise((resolve) => setImmediate(resolve));
  await importRunProcessed(res.body.id);
  const followed = await call(t.app, o.admin, 'GET', `/api/orgs/${o.orgId}/imports/${res.body.id}`);
  assert.equal(followed.status, 200, followed.raw);
  assert.ok(['done', 'failed'].includes(followed.body.status), `the run finished: ${followed.raw}`);
  return { run: followed.body };
}

async function counts(t: TestApp, orgId: string) {
  const n = async (table: string) =>
    Number(
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from ${sql.table(table)} where org_id = ${orgId}`.execute(t.db.kysely)
      ).rows[0]!.n,
    );
  return {
    items: await n('items'),
    skills: await n('skills'),
    pathways: await n('pathways'),
    figures: await n('content_figures'),
  };
}

for (const backend of await testBackends()) {
  describe(`content import through HTTP on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let other: LearningOrg;
    let base: string;
    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t, 'Import School');
      other = await learningOrg(t, 'Other School');
      base = `/api/orgs/${o.orgId}`;
    });
    after(() => t.close());

    const gsm8k = head('gsm8k-socratic/test_socratic.structured.jsonl', 12);
    const broken = [...gsm8k.slice(0, 5), '{"id":"bad","question":"Q?"}', ...gsm8k.slice(5), 'not json'].join(
      '\n',
    );

    test('a file with broken records imports nothing by default, lists each broken line, changes no row', async () => {
      const before = await counts(t, o.orgId);
      const { run } = await runImport(t, o, { format: 'gsm8k', problems: broken });
      assert.equal(run.status, 'done');
      assert.equal(run.report.written, false);
      assert.equal(run.report.imported, 0);
      assert.deepEqual(
        run.report.rejected.map((p: { line: number; field: string }) => [p.line, p.field]),
        [
          [6, 'final_answer'],
          [6, 'steps'],
          [14, '(line)'],
        ],
      );
      assert.deepEqual(await counts(t, o.orgId), before);
      const bank = await call(t.app, o.admin, 'GET', `${base}/items?source=gsm8k`);
      assert.equal(bank.body.total, 0);
    });

    test('with acceptPartial only the good records are written, with their attribution', async () => {
      const { run } = await runImport(t, o, { format: 'gsm8k', problems: broken, acceptPartial: true });
      assert.deepEqual([run.report.written, run.report.imported, run.report.rejected.length], [true, 12, 3]);
      const bank = await call(t.app, o.admin, 'GET', `${base}/items?source=gsm8k&limit=100`);
      assert.equal(bank.body.total, 12);
      assert.ok(bank.body.items.some((i: { stem: { en: string } }) => i.stem.en.startsWith('Janet’s ducks')));
      const credit = await call(t.app, o.learner, 'GET', `${base}/imports/attribution?source=gsm8k`);
      assert.match(credit.body.attribution.text, /Copyright \(c\) 2021 OpenAI/);
      const staged = await sql<{ n: number }>`select count(*)::int as n from import_run_items`.execute(
        t.db.kysely,
      );
      assert.equal(staged.rows[0]!.n, 0, 'the staging area is emptied');
    });

    test('the stored progress moves from 0 to the total as the items are written', async () => {
      const problems = oatutorLines.slice(0, 600).join('\n');
      const runId = await startImportRun(t.db.kysely, {
        orgId: o.orgId,
        format: 'oatutor',
        acceptPartial: true,
        actorUserId: null,
        files: {},
      });
      const stored: string[] = [];
      const told: string[] = [];
      const figures = new Map(
        figureRecords(100)
          .flatMap((r) => r.files)
          .map((f) => [f, readFileSync(join(oatutorDir, 'figures', f))]),
      );
      const pending: Promise<void>[] = [];
      const run = await processImportRun(
        t.db.kysely,
        { orgId: o.orgId, runId },
        { problems, figures },
        {
          onProgress: (status, done, total) => {
            told.push(`${status} ${done}/${total}`);
            pending.push(
              findImportRun(t.db.kysely, o.orgId, runId).then((r) => {
                stored.push(`${r!.status} ${r!.done}/${r!.total}`);
              }),
            );
          },
        },
      );
      await Promise.all(pending);
      assert.equal(run.status, 'done');
      const total = run.total;
      assert.ok(total > 500, `${total} items`);
      assert.deepEqual(told, [
        'parsing 0/600',
        'parsing 600/600',
        `writing 0/${total}`,
        `writing 250/${total}`,
        `writing 500/${total}`,
        `writing ${total}/${total}`,
      ]);
      assert.deepEqual(stored.slice(2), told.slice(2), 'each step is stored as it happens');
      assert.equal(run.done, total);
    });

    test('HTTP: the run is followed to 100% and reports the items written', async () => {
      const { run } = await runImport(t, o, {
        format: 'gsm8k',
        problems: head('gsm8k-socratic/test_socratic.structured.jsonl', 600).join('\n'),
      });
      // (That each step in between is stored as it happens is 'the stored progress moves from 0 to the total'.)
      assert.equal(run.status, 'done', run.error);
      assert.deepEqual([run.done, run.total, run.report.imported], [600, 600, 600]);
    });

    test('figures: stored once by hash, referenced from the text, served to members only', async () => {
      const records = figureRecords(3);
      const files = [...new Set(records.flatMap((r) => r.files))];
      const hashes = new Set(files.map((f) => sha256Of(readFileSync(join(oatutorDir, 'figures', f)))));
      const f = await learningOrg(t, 'Figure School');
      const { run } = await runImport(t, f, {
        format: 'oatutor',
        problems: [
          ...records.map((r) => r.text),
          records[0]!.text.replace(/"id":"([^"]+)"/, '"id":"$1-copy"'),
        ].join('\n'),
        figures: files.map(figureFile),
      });
      assert.equal(run.report.written, true, JSON.stringify(run.report.rejected));
      assert.equal(run.report.imported, 4);
      assert.equal(run.report.figures, hashes.size);
      assert.equal(
        await countContentFigures(t.db.kysely, f.orgId),
        hashes.size,
        'one row per distinct figure',
      );
      const again = await runImport(t, f, {
        format: 'oatutor',
        problems: records[0]!.text,
        figures: files.map(figureFile),
      });
      assert.equal(again.run.report.written, true);
      assert.equal(await countContentFigures(t.db.kysely, f.orgId), hashes.size, 'not stored twice');

      const stored = await sql<{ content: unknown }>`
        select content from items where org_id = ${f.orgId} and id = ${`oatutor/${JSON.parse(records[0]!.text).id}`}
      `.execute(t.db.kysely);
      const item = stored.rows[0]!.content;
      const text = JSON.stringify(item);
      assert.match(text, /\[\[figure:[a-p]{66}\]\]/);
      assert.doesNotMatch(text, /\[image:|##figure|figure-file/);

      const sha = (
        await sql<{ sha256: string; media_type: string }>`
        select sha256, media_type from content_figures where org_id = ${f.orgId} order by sha256 limit 1
      `.execute(t.db.kysely)
      ).rows[0]!;
      const url = `/api/orgs/${f.orgId}/figures/${sha.sha256}`;
      const res = await t.app.inject({ method: 'GET', url, headers: f.learner.headers });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], sha.media_type);
      assert.match(String(res.headers['cache-control']), /immutable/);
      assert.match(String(res.headers['cache-control']), /private/);
      assert.equal(sha256Of(res.rawPayload), sha.sha256);
      const stranger = await t.app.inject({ method: 'GET', url, headers: other.admin.headers });
      assert.equal(stranger.statusCode, 404, 'a non-member does not learn the figure exists');
      const elsewhere = await call(
        t.app,
        other.admin,
        'GET',
        `/api/orgs/${other.orgId}/figures/${sha.sha256}`,
      );
      assert.equal(elsewhere.status, 404, "another organization's figures are not its own");
      const anonymous = await t.app.inject({ method: 'GET', url });
      assert.equal(anonymous.statusCode, 401);
    });

    test('a problem whose figure file is missing or not an image is a rejected record with its line', async () => {
      const records = figureRecords(20);
      const first = records[0]!;
      const second = records.find((r) => !r.files.some((file) => first.files.includes(file)))!;
      const before = await counts(t, o.orgId);
      const problems = [
        head('gsm8k-socratic/test_socratic.structured.jsonl', 0),
        first.text,
        second.text,
      ].flat();
      const supplied = [
        ...second.files.map((name) => ({
          name,
          data: Buffer.from('<svg onload="x()"></svg>').toString('base64'),
        })),
      ];
      const { run } = await runImport(t, o, {
        format: 'oatutor',
        problems: problems.join('\n'),
        figures: supplied,
      });
      assert.equal(run.report.written, false);
      assert.deepEqual(await counts(t, o.orgId), before, 'all-or-nothing: nothing written');
      const byLine = (line: number) => run.report.rejected.filter((p: { line: number }) => p.line === line);
      assert.match(byLine(1)[0].message, new RegExp(`${first.files[0]} .*was not supplied`));
      assert.match(byLine(2)[0].message, /SVG figures are not allowed/);
    });

    test('a run cut short by a restart (no progress for five minutes) is reported failed, nothing written', async () => {
      const runId = await startImportRun(t.db.kysely, {
        orgId: o.orgId,
        format: 'gsm8k',
        acceptPartial: false,
        actorUserId: null,
        files: {},
      });
      const url = `${base}/imports/${runId}`;
      assert.equal((await call(t.app, o.admin, 'GET', url)).body.status, 'queued', 'a fresh run is waiting');
      await sql`update import_runs set updated_at = now() - interval '6 minutes' where id = ${runId}`.execute(
        t.db.kysely,
      );
      const res = await call(t.app, o.admin, 'GET', url);
      assert.equal(res.body.status, 'failed');
      assert.match(res.body.error, /stopped before it finished.*nothing was written/);
      assert.equal((await findImportRun(t.db.kysely, o.orgId, runId))!.status, 'failed', 'stored as failed');
    });

    test('a learner is served an imported item through the normal placement path and answers it', async () => {
      const draft = await call(t.app, o.learner, 'POST', `${base}/pathways/import-gsm8k/enrollment`);
      assert.equal(draft.status, 404, 'an imported pathway is a draft: learners do not see it');
      const published = await call(t.app, o.admin, 'POST', `${base}/pathway-drafts/import-gsm8k/publish`);
      assert.equal(published.status, 200, published.raw);
      const enrolled = await call(t.app, o.learner, 'POST', `${base}/pathways/import-gsm8k/enrollment`);
      assert.equal(enrolled.status, 201, enrolled.raw);
      const next = await call(t.app, o.learner, 'POST', `${base}/pathways/import-gsm8k/placement/next`);
      assert.equal(next.status, 200, next.raw);
      assert.equal(next.body.item.source, 'gsm8k');
      assert.match(next.body.item.attribution, /OpenAI/, 'the credit line travels with the item');
      assert.match(next.body.item.itemId, /^gsm8k\/gsm8k-test-\d+$/);
      const all = head('gsm8k-socratic/test_socratic.structured.jsonl', 600).map((l) => JSON.parse(l));
      const served = all.find((r) => `gsm8k/${r.id}` === next.body.item.itemId);
      const answered = await call(
        t.app,
        o.learner,
        'POST',
        `${base}/served-items/${next.body.item.servedId}/answer`,
        { stepId: next.body.item.currentStepId, answer: served.final_answer.replace(/,/g, '') },
      );
      assert.equal(answered.status, 200, answered.raw);
      assert.equal(answered.body.result, 'correct');
    });

    test('MathCAMPS imports with its skills and shows in the item bank', async () => {
      const { run } = await runImport(t, o, {
        format: 'mathcamps',
        problems: head('mathcamps/problems.jsonl', 40).join('\n'),
        standards: readFileSync(join(data, 'mathcamps/standards.json'), 'utf8'),
      });
      assert.equal(run.report.written, true);
      const ccss = await call(t.app, o.admin, 'GET', `${base}/items?source=mathcamps&limit=500`);
      assert.equal(ccss.body.total, run.report.imported);
      assert.ok(ccss.body.items.every((i: { skillId: string }) => i.skillId.startsWith('ccss.')));
    });

    test('a re-import keeps the prerequisites an administrator gave imported skills', async () => {
      const problems = oatutorLines
        .filter((l) => l && !l.includes('"figures"'))
        .slice(0, 8)
        .join('\n');
      const first = await runImport(t, o, { format: 'oatutor', problems, acceptPartial: true });
      assert.equal(first.run.report.written, true);
      const framework = await call(t.app, o.admin, 'GET', `${base}/framework`);
      const imported = framework.body.skills.filter((s: { id: string }) => s.id.startsWith('oatutor.'));
      assert.ok(imported.length >= 2, 'two imported skills to link');
      const [before, after] = imported as { id: string; name: object; description: object }[];
      const edit = await call(
        t.app,
        o.admin,
        'PUT',
        `${base}/framework/skills/${encodeURIComponent(after!.id)}`,
        {
          name: after!.name,
          description: after!.description,
          parentId: null,
          prerequisites: [before!.id],
        },
      );
      assert.equal(edit.status, 200, edit.raw);
      const again = await runImport(t, o, { format: 'oatutor', problems, acceptPartial: true });
      assert.equal(again.run.report.written, true);
      const kept = await call(t.app, o.admin, 'GET', `${base}/framework`);
      const edited = kept.body.skills.find((s: { id: string }) => s.id === after!.id);
      assert.deepEqual(edited.prerequisites, [before!.id]);
    });

    test('bad input, who may import and follow a run, and the documentation', async () => {
      const missing = await call(t.app, o.admin, 'POST', `${base}/imports`, {
        format: 'mathcamps',
        problems: '{}',
      });
      assert.equal(missing.status, 400, missing.raw);
      assert.equal(missing.body.code, 'validation_failed');
      const badName = await call(t.app, o.admin, 'POST', `${base}/imports`, {
        format: 'oatutor',
        problems: '{}',
        figures: [{ name: '../etc/passwd', data: 'AAAA' }],
      });
      assert.equal(badName.status, 400, badName.raw);
      const learner = await call(t.app, o.learner, 'POST', `${base}/imports`, {
        format: 'gsm8k',
        problems: '{}',
      });
      assert.equal(learner.status, 403, learner.raw);
      const { run } = await runImport(t, o, { format: 'gsm8k', problems: gsm8k[0]! });
      assert.equal((await call(t.app, o.learner, 'GET', `${base}/imports/${run.id}`)).status, 403);
      const foreign = await call(t.app, other.admin, 'GET', `/api/orgs/${other.orgId}/imports/${run.id}`);
      assert.equal(foreign.status, 404, "another organization's run is not found");
      assert.equal((await call(t.app, other.admin, 'GET', `${base}/imports/${run.id}`)).status, 404);
      const doc = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
      assert.ok(doc.json().paths['/api/orgs/{orgId}/imports'].post);
      assert.ok(doc.json().paths['/api/orgs/{orgId}/imports/{importId}'].get);
    });

    test('hostile file: 100,000 broken lines give a report of at most 100 lines and the right counts', async () => {
      const before = await counts(t, o.orgId);
      const lines = [gsm8k[0]!];
      for (let i = 0; i < 100_000; i++) lines.push(i % 4 === 0 ? '[1]' : `{"broken": ${i}`);
      const { run } = await runImport(t, o, { format: 'gsm8k', problems: lines.join('\n') });
      assert.equal(run.status, 'done', run.error);
      assert.equal(run.report.written, false);
      assert.equal(run.report.records, 100_001);
      assert.equal(run.report.rejected.length, 100);
      assert.deepEqual(run.report.rejected[0], { line: 2, field: '(line)', message: 'not a JSON object' });
      assert.equal(run.report.rejectedCount, 100_000);
      assert.deepEqual(run.report.rejectedByReason, {
        '(line): not a JSON object': 25_000,
        '(line): not valid JSON': 75_000,
      });
      const stored = await sql<{ n: number }>`
        select length(report::text)::int as n from import_runs where id = ${run.id}`.execute(t.db.kysely);
      assert.ok(stored.rows[0]!.n < 20_000, `the stored report is small (${stored.rows[0]!.n} characters)`);
      assert.deepEqual(await counts(t, o.orgId), before);
    });

    test('over the cap of its format: 413 naming the file and its cap, no run, nothing written', async () => {
      const runs = async () =>
        (
          await sql<{
            n: number;
          }>`select count(*)::int as n from import_runs where org_id = ${o.orgId}`.execute(t.db.kysely)
        ).rows[0]!.n;
      const [before, beforeRuns] = [await counts(t, o.orgId), await runs()];
      const line = gsm8k[0]!;
      const big = Array.from({ length: Math.ceil((4 * 1024 * 1024) / line.length) + 1 }, () => line).join(
        '\n',
      );
      const res = await call(t.app, o.admin, 'POST', `${base}/imports`, { format: 'gsm8k', problems: big });
      assert.equal(res.status, 413, res.raw.slice(0, 300));
      assert.equal(res.body.code, 'payload_too_large');
      assert.match(res.body.detail ?? res.body.title, /problems .*at most 4194304 for gsm8k/);
      assert.deepEqual(
        res.body.errors.map((e: { field: string }) => e.field),
        ['body/problems'],
      );
      const companion = await call(t.app, o.admin, 'POST', `${base}/imports`, {
        format: 'mathcamps',
        problems: line,
        standards: `[${' '.repeat(1024 * 1024)}]`,
      });
      assert.equal(companion.status, 413, companion.raw.slice(0, 300));
      const body = await t.app.inject({
        method: 'POST',
        url: `${base}/imports`,
        headers: { ...o.admin.headers, 'content-type': 'application/json' },
        payload: JSON.stringify({ format: 'oatutor', problems: 'x'.repeat(49 * 1024 * 1024) }),
      });
      assert.equal(body.statusCode, 413);
      assert.equal(body.json().code, 'payload_too_large');
      assert.deepEqual([await counts(t, o.orgId), await runs()], [before, beforeRuns]);
    });
  });
}
