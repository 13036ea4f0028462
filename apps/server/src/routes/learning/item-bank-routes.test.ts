import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { itemFamilies } from '@pathwise/core/content';
import { testBackends } from '@pathwise/db/testing';
import { sharedDataPath } from '../../../../../scripts/shared-data.ts';
import { processImportRun, startImportRun } from '../../importers/import-run.ts';
import type { ImportFormat } from '../../importers/parse-import.ts';
import { addMember, buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { call, type LearningOrg, learningOrg } from './learning-test-kit.ts';

const data = sharedDataPath();
const oatutorDir = join(data, 'oatutor-elementary-algebra');
const oatutorLines = readFileSync(join(oatutorDir, 'problems.jsonl'), 'utf8').split('\n');
const gsm8kLines = readFileSync(join(data, 'gsm8k-socratic/test_socratic.structured.jsonl'), 'utf8').split(
  '\n',
);
/** Record 13 (least common multiple: hints with figures) and record 760 (slope on a geoboard: LaTeX hint). */
const OATUTOR = [oatutorLines[12]!, oatutorLines[759]!];

async function importFile(t: TestApp, orgId: string, format: ImportFormat, lines: string[]) {
  const figures = new Map<string, Uint8Array>();
  for (const line of lines) {
    const named = (JSON.parse(line).figures ?? {}) as Record<string, string>;
    for (const path of Object.values(named)) {
      const file = path.split('/')[1]!;
      figures.set(file, readFileSync(join(oatutorDir, 'figures', file)));
    }
  }
  const runId = await startImportRun(t.db.kysely, {
    orgId,
    format,
    acceptPartial: false,
    actorUserId: null,
    files: {},
  });
  const run = await processImportRun(t.db.kysely, { orgId, runId }, { problems: lines.join('\n'), figures });
  assert.equal(run.status, 'done', run.error ?? '');
}

for (const backend of await testBackends()) {
  describe(`the item bank on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let teacher: Session;
    let bank: string;
    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t, 'Bank School');
      teacher = await addMember(t.app, o.admin, o.orgId, 'teacher');
      bank = `/api/orgs/${o.orgId}/items`;
      await importFile(t, o.orgId, 'oatutor', OATUTOR);
      await importFile(t, o.orgId, 'gsm8k', gsm8kLines.slice(0, 3));
    });
    after(() => t.close());

    test('counts every source, the demo families among them, and pages the stored items', async () => {
      const all = await call(t.app, teacher, 'GET', `${bank}?limit=2`);
      assert.equal(all.status, 200, all.raw);
      const counts = Object.fromEntries(
        all.body.sources.map((s: { source: string; items: number }) => [s.source, s.items]),
      );
      assert.deepEqual(counts, { demo: itemFamilies.length, gsm8k: 3, oatutor: 2 });
      const credit = all.body.sources.find((s: { source: string }) => s.source === 'oatutor').attribution;
      assert.match(credit.text, /OpenStax/);
      assert.equal(all.body.total, 5);
      assert.equal(all.body.items.length, 2);
      assert.equal(all.body.families.length, itemFamilies.length);
      assert.ok(itemFamilies.length >= 70, 'three or more families for each of the demo skills');
      const ids: string[] = [];
      for (const offset of [0, 2, 4]) {
        const page = await call(t.app, teacher, 'GET', `${bank}?limit=2&offset=${offset}`);
        ids.push(...page.body.items.map((i: { id: string }) => i.id));
      }
      assert.equal(new Set(ids).size, 5, 'the pages together hold every stored item once');
    });

    test('filters by source, skill and words; the skills follow the chosen source', async () => {
      const oatutor = await call(t.app, o.admin, 'GET', `${bank}?source=oatutor`);
      assert.deepEqual(
        oatutor.body.items.map((i: { id: string; steps: number }) => [i.id, i.steps]),
        [
          ['oatutor/a18a5a6slope1', 1],
          ['oatutor/a53b893whole13', 1],
        ],
      );
      assert.deepEqual(oatutor.body.families, [], 'a stored source shows no demo families');
      assert.deepEqual(
        oatutor.body.skills.map((s: { id: string; items: number }) => [s.id, s.items]),
        [
          ['oatutor.find_prime_factorizations_and_least_common_multiples', 1],
          ['oatutor.use_geoboards_to_model_slope', 1],
        ],
      );
      assert.ok(
        oatutor.body.skills.every((s: { name: unknown }) => s.name !== null),
        'imported skills are named',
      );

      const slope = await call(t.app, o.admin, 'GET', `${bank}?skillId=oatutor.use_geoboards_to_model_slope`);
      assert.deepEqual(
        slope.body.items.map((i: { id: string }) => i.id),
        ['oatutor/a18a5a6slope1'],
      );
      assert.deepEqual(slope.body.families, []);

      const words = await call(t.app, o.admin, 'GET', `${bank}?q=${encodeURIComponent('least COMMON')}`);
      assert.deepEqual(
        words.body.items.map((i: { id: string }) => i.id),
        ['oatutor/a53b893whole13'],
      );
      const wildcard = await call(t.app, o.admin, 'GET', `${bank}?q=${encodeURIComponent('least%multiple')}`);
      assert.equal(wildcard.body.total, 0, 'a % in the words is matched as typed, not as a wildcard');

      const demo = await call(t.app, o.admin, 'GET', `${bank}?source=demo&q=slope`);
      assert.equal(demo.body.total, 0);
      assert.deepEqual(demo.body.items, []);
      assert.ok(demo.body.families.length >= 1);
      assert.ok(
        demo.body.families.every((f: { id: string; name: { en: string } }) =>
          /slope/i.test(`${f.id} ${f.name.en}`),
        ),
      );
      assert.ok(demo.body.families.every((f: { steps: number }) => f.steps >= 1));
    });

    test('one item: its steps with answers, hints, figures and attribution; a demo family sample', async () => {
      const item = await call(
        t.app,
        teacher,
        'GET',
        `${bank}/${encodeURIComponent('oatutor/a53b893whole13')}`,
      );
      assert.equal(item.status, 200, item.raw);
      assert.equal(item.body.source, 'oatutor');
      assert.equal(item.body.sample, false);
      assert.equal(item.body.skillName.en.length > 0, true);
      assert.match(item.body.stem.en, /^Finding the Least Common Multiple/);
      const [step] = item.body.steps;
      assert.deepEqual(step.answer, { kind: 'number', text: { en: '36', es: '36' } });
      assert.equal(step.hints.length, 4);
      assert.match(step.hints[0].en, /\[\[figure:[a-p]{66}\]\]/, 'the hint refers to its stored figure');
      assert.equal(item.body.attribution.license, 'CC BY 4.0');

      const sample = await call(
        t.app,
        teacher,
        'GET',
        `${bank}/${encodeURIComponent('alg.slope.two-points/1/2')}`,
      );
      assert.equal(sample.status, 200, sample.raw);
      assert.equal(sample.body.sample, true);
      assert.equal(sample.body.source, 'demo');
      assert.equal(sample.body.attribution, null);
      assert.ok(
        sample.body.steps.every((s: { answer: { text: { en: string } } }) => s.answer.text.en !== ''),
      );
    });

    test('learners never see the bank; unknown items and other organizations answer 404', async () => {
      const learner = await call(t.app, o.learner, 'GET', bank);
      assert.equal(learner.status, 403, learner.raw);
      const detail = await call(
        t.app,
        o.learner,
        'GET',
        `${bank}/${encodeURIComponent('oatutor/a53b893whole13')}`,
      );
      assert.equal(detail.status, 403, detail.raw);
      const missing = await call(t.app, teacher, 'GET', `${bank}/nothing-here`);
      assert.equal(missing.status, 404, missing.raw);
      assert.equal(missing.body.code, 'not_found');
      const other = await learningOrg(t, 'Other Bank School');
      const foreign = await call(
        t.app,
        other.admin,
        'GET',
        `/api/orgs/${other.orgId}/items/${encodeURIComponent('oatutor/a53b893whole13')}`,
      );
      assert.equal(foreign.status, 404, 'another organization’s item is not found');
      const empty = await call(t.app, other.admin, 'GET', `/api/orgs/${other.orgId}/items?source=oatutor`);
      assert.equal(empty.body.total, 0);
    });
  });
}
