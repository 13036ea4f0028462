import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { sharedDataPath } from '../../../../../scripts/shared-data.ts';
import {
  addMember,
  buildTestApp,
  buildTestAppOnSameDb,
  type Session,
  type TestApp,
} from '../../test/test-app.ts';
import { call, type LearningOrg, learningOrg } from '../learning/learning-test-kit.ts';

const BOOKKEEPING = '43-3031.00';

// NOTE: no skip when ../shared/data is missing: the searches find nothing and the suite fails (CI has ../shared).
for (const backend of await testBackends()) {
  describe(`occupations for job profiles on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let employer: Session;
    let base: string;
    const search = (query: string) => call(t.app, employer, 'GET', `${base}/occupations?${query}`);
    before(async () => {
      t = await buildTestApp(backend, { PATHWISE_SHARED_DATA: sharedDataPath() });
      o = await learningOrg(t, 'Occupations School');
      employer = await addMember(t.app, o.admin, o.orgId, 'employer');
      base = `/api/orgs/${o.orgId}`;
    });
    after(() => t.close());

    test('GET …/occupations ranks titles, then alternative titles; caps at 20; suggests broader words', async () => {
      const onet = await search('q=bookkeeping&source=onet');
      assert.equal(onet.status, 200, onet.raw);
      assert.equal(onet.body.results[0].code, BOOKKEEPING);
      assert.equal(onet.body.results[0].title, 'Bookkeeping, Accounting, and Auditing Clerks');
      assert.ok(onet.body.results[0].skillCount > 30, 'rated skills and knowledge');
      assert.deepEqual([onet.body.missing, onet.body.note], [[], null]);
      const esco = await search('q=Bookkeeper&source=esco');
      assert.deepEqual(
        esco.body.results
          .slice(0, 2)
          .map((r: { title: string; matchedTitle: string | null }) => [r.title, r.matchedTitle]),
        [
          ['bookkeeper', null],
          ['accountant', 'bookkeeper'],
        ],
      );
      assert.match(esco.body.results[0].uri, /^http:\/\/data\.europa\.eu\/esco\/occupation\//);
      const both = await search('q=bookkeeping');
      assert.deepEqual(
        new Set(both.body.results.map((r: { source: string }) => r.source)),
        new Set(['onet', 'esco']),
      );
      const many = await search('q=technician');
      assert.equal(many.body.results.length, 20);
      assert.ok(many.body.total > 20);
      const none = await search('q=bookkeepers&source=onet');
      assert.deepEqual([none.body.results, none.body.total, none.body.broader], [[], 0, ['bookkeeping']]);
      assert.equal((await search('source=onet')).status, 400, 'q is required');
      assert.equal((await search('q=x&source=isco')).status, 400);
      assert.equal((await call(t.app, o.learner, 'GET', `${base}/occupations?q=clerk`)).status, 403);
    });

    test('GET …/occupations/onet/:code: skills and knowledge by importance, described, crosswalked', async () => {
      const preview = await call(t.app, employer, 'GET', `${base}/occupations/onet/${BOOKKEEPING}`);
      assert.equal(preview.status, 200, preview.raw);
      const skills = preview.body.skills as { code: string; group: string; importance: number }[];
      const importances = skills.map((s) => s.importance);
      assert.deepEqual(
        importances,
        [...importances].sort((a, b) => b - a),
        'most important first',
      );
      const maths = preview.body.skills.find((s: { code: string }) => s.code === '2.A.1.e');
      assert.equal(maths.name, 'Mathematics');
      assert.equal(maths.group, 'skill');
      assert.equal(maths.importance, 3.38);
      assert.equal(maths.suggested, 'required');
      assert.match(maths.description, /mathematics to solve problems/);
      assert.equal(maths.crosswalk.length, 26);
      assert.ok(maths.crosswalk.every((c: { relation: string }) => c.relation === 'broadMatch'));
      assert.ok(
        maths.crosswalk.some((c: { name: { en: string } }) => c.name.en === 'Add and subtract integers'),
      );
      const reading = preview.body.skills.find((s: { code: string }) => s.code === '2.A.1.a');
      assert.deepEqual(reading.crosswalk, []);
      assert.ok(skills.some((s) => s.group === 'knowledge'));
      const unknown = await call(t.app, employer, 'GET', `${base}/occupations/onet/99-9999.99`);
      assert.equal(unknown.status, 404, unknown.raw);
      assert.equal((await call(t.app, employer, 'GET', `${base}/occupations/onet/bookkeeping`)).status, 400);
    });

    test('GET …/occupations/esco/:code: essential then optional skills, readable labels, ESCO crosswalks', async () => {
      const found = await search('q=statistical assistant&source=esco');
      const { code } = found.body.results[0];
      const preview = await call(t.app, employer, 'GET', `${base}/occupations/esco/${code}`);
      assert.equal(preview.status, 200, preview.raw);
      const skills = preview.body.skills as {
        code: string;
        name: string;
        group: string;
        suggested: string;
        crosswalk: { skillId: string }[];
      }[];
      const groups = skills.map((s) => s.group);
      assert.deepEqual(groups, [...groups].sort(), 'essential before optional');
      assert.ok(
        skills.every((s) => s.name[0] === s.name[0]!.toUpperCase()),
        'labels read as names',
      );
      const calculations = skills.find((s) => s.code === 'execute analytical mathematical calculations')!;
      assert.equal(calculations.name, 'Execute analytical mathematical calculations');
      assert.equal(calculations.suggested, 'required');
      assert.deepEqual(calculations.crosswalk.map((c) => c.skillId).sort(), [
        'alg.integers-add',
        'alg.integers-multiply',
        'alg.order-of-operations',
        'data.fraction-decimal-percent',
        'data.percent-change',
        'data.percent-of',
      ]);
    });

    test('POST …/job-profiles from an occupation keeps the chosen skills, required or nice to have', async () => {
      const created = await call(t.app, employer, 'POST', `${base}/job-profiles`, {
        name: 'Bookkeeper, night shift',
        onetCode: BOOKKEEPING,
        skills: [
          { name: 'Mathematics', code: '2.A.1.e', required: true },
          { name: 'Reading Comprehension', code: '2.A.1.a', required: false },
        ],
      });
      assert.equal(created.status, 201, created.raw);
      assert.deepEqual(created.body.skills, [
        { name: 'Mathematics', code: '2.A.1.e', skillIds: [], importance: 3.38, required: true },
        { name: 'Reading Comprehension', code: '2.A.1.a', skillIds: [], importance: 3.25, required: false },
      ]);
      assert.deepEqual([created.body.source, created.body.sourceCode], ['onet', BOOKKEEPING]);
      const listed = await call(t.app, employer, 'GET', `${base}/job-profiles`);
      assert.equal(listed.body.profiles[0].skills[1].required, false, 'read back from the database');
      const bad = await call(t.app, employer, 'POST', `${base}/job-profiles`, {
        onetCode: BOOKKEEPING,
        skills: [
          { name: 'Mathematics', code: '2.A.1.e' },
          { name: 'Juggling', code: '9.Z.9' },
        ],
      });
      assert.equal(bad.status, 400, bad.raw);
      assert.equal(bad.body.errors[0].field, 'body/skills/1/code');
      const noSuch = await call(t.app, employer, 'POST', `${base}/job-profiles`, { onetCode: '99-9999.99' });
      assert.equal(noSuch.status, 400, noSuch.raw);
      assert.equal(noSuch.body.errors[0].field, 'body/onetCode');
      const esco = await search('q=bookkeeper&source=esco');
      const whole = await call(t.app, employer, 'POST', `${base}/job-profiles`, {
        escoUri: esco.body.results[0].uri,
      });
      assert.equal(whole.status, 201, whole.raw);
      assert.equal(whole.body.name, 'bookkeeper');
      assert.ok(
        whole.body.skills.length > 5 && whole.body.skills.every((s: { required: boolean }) => s.required),
      );
    });

    test('by hand: the framework skills to choose from; an unknown skill is a 400 naming it; the match weighs nice to have half', async () => {
      const choices = await call(t.app, employer, 'GET', `${base}/job-profiles/framework-skills`);
      assert.equal(choices.status, 200, choices.raw);
      assert.ok(
        choices.body.skills.some(
          (s: { id: string; name: { es: string } }) => s.id === 'alg.slope' && s.name.es,
        ),
      );
      const wrong = await call(t.app, employer, 'POST', `${base}/job-profiles`, {
        name: 'Cashier',
        skills: [{ name: 'Teleporting', skillIds: ['alg.teleport'] }],
      });
      assert.equal(wrong.status, 400, wrong.raw);
      assert.equal(wrong.body.errors[0].field, 'body/skills/0/skillIds/0');
      const profile = await call(t.app, employer, 'POST', `${base}/job-profiles`, {
        name: 'Cashier',
        skills: [
          { name: 'Slope', skillIds: ['alg.slope'] },
          { name: 'Adding integers', skillIds: ['alg.integers-add'], required: false },
        ],
      });
      assert.equal(profile.status, 201, profile.raw);
      const achievement = await call(t.app, o.admin, 'POST', `${base}/achievements`, {
        name: 'Adding integers',
        criteria: { evidence: { required: true } },
        skillIds: ['alg.integers-add'],
      });
      const award = await call(t.app, o.admin, 'POST', `${base}/achievements/${achievement.body.id}/awards`, {
        learnerId: o.learner.userId,
        narrative: 'Shown in class',
      });
      assert.equal(award.status, 201, award.raw);
      const link = await call(t.app, o.learner, 'POST', `${base}/record/share-links`, {
        credentialIds: [award.body.awarded.id],
        days: 7,
      });
      const match = await call(t.app, employer, 'POST', `${base}/job-profiles/${profile.body.id}/match`, {
        shareToken: link.body.token,
      });
      assert.equal(match.status, 200, match.raw);
      assert.deepEqual(
        match.body.skills.map((s: { required: boolean; status: string }) => [s.required, s.status]),
        [
          [true, 'unmet'],
          [false, 'met'],
        ],
      );
      assert.equal(match.body.score, 0.33, '0.5 of 1.5');
      assert.match(match.body.explanation, /0 of 1 required .*; 1 of 1 nice-to-have/);
    });

    test('without the shared data: search says so with an empty list, preview is a 404, hand-written profiles work', async () => {
      const bare = await buildTestAppOnSameDb(t, { PATHWISE_SHARED_DATA: '/nonexistent/shared-data' });
      try {
        const found = await call(bare.app, employer, 'GET', `${base}/occupations?q=bookkeeping`);
        assert.equal(found.status, 200, found.raw);
        assert.deepEqual([found.body.results, found.body.missing], [[], ['onet', 'esco']]);
        assert.match(found.body.note, /no O\*NET and ESCO data/);
        const preview = await call(bare.app, employer, 'GET', `${base}/occupations/onet/${BOOKKEEPING}`);
        assert.equal(preview.status, 404, preview.raw);
        const fromOnet = await call(bare.app, employer, 'POST', `${base}/job-profiles`, {
          onetCode: BOOKKEEPING,
        });
        assert.equal(fromOnet.status, 404, fromOnet.raw);
        const byHand = await call(bare.app, employer, 'POST', `${base}/job-profiles`, {
          name: 'Data clerk',
          skills: [{ name: 'Mean', skillIds: ['data.mean'] }],
        });
        assert.equal(byHand.status, 201, byHand.raw);
      } finally {
        await bare.close();
      }
    });
  });
}
