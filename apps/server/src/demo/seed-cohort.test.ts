import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Db } from '@pathwise/db';
import { classRisk, findUserByEmail, listClasses, weeklyEngagement } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import { addDays, utcDay } from '../analytics/analytics-dates.ts';
import { classHeatmapPage, classSkills } from '../analytics/build-class-dashboard.ts';
import { cohortClassNames, seedDemoCohort } from './seed-cohort.ts';
import { DEMO_ACCOUNTS, seedDemo } from './seed-demo.ts';

for (const backend of await testBackends()) {
  describe(`demo cohort on ${backend.kind}`, () => {
    let db: Db;
    let orgId: string;
    const now = new Date('2026-05-15T12:00:00Z');
    before(async () => {
      db = await backend.open();
      orgId = (await seedDemo(db, { password: 'demo password', passwordHashCost: 1024 })).orgId;
      const input = {
        orgId,
        publicUrl: 'http://127.0.0.1:3000',
        now,
        // NOTE: the early-warning model splits learners by a hash of their (random) ids; 40 learners left only
        // eight for calibration, and some runs flagged nobody. 100 keeps every split large enough.
        size: 100,
        teacherEmail: DEMO_ACCOUNTS[1].email,
        learnerEmail: DEMO_ACCOUNTS[0].email,
      };
      await seedDemoCohort(db, input);
      await seedDemoCohort(db, input);
    });
    after(() => db.close());

    test('fills classes of a real size (the demo teacher teaches two) with ten weeks of activity and flags some learners', async () => {
      const classes = await listClasses(db.kysely, orgId);
      assert.deepEqual(
        classes.map((c) => [c.name, c.learnerCount, c.pathwayIds]),
        [
          // 100 learners in four classes of 25; the demo learner joins 7A.
          ['7A Algebra', 26, ['algebra-foundations']],
          ['7B Algebra', 25, ['algebra-foundations']],
          ['7C Algebra', 25, ['algebra-foundations']],
          ['7D Algebra', 25, ['algebra-foundations']],
        ],
        'a second run adds nothing',
      );
      const teacher = await findUserByEmail(db.kysely, DEMO_ACCOUNTS[1].email);
      const taught = await listClasses(db.kysely, orgId, { teacherId: teacher!.id });
      assert.deepEqual(
        taught.map((c) => c.name),
        ['7A Algebra', '7B Algebra'],
      );
      // The demo's default cohort of 240: nine classes of 26 to 28 with the demo learner.
      assert.equal(cohortClassNames(240).length, 9);
      const weeks = await weeklyEngagement(db.kysely, { orgId, from: addDays(utcDay(now), -80) });
      assert.ok(weeks.length >= 10, `${weeks.length} weeks`);
      assert.ok(weeks.every((w) => w.attempts > 0 && w.minutes > 0));
      assert.ok(weeks.at(-1)!.activeLearners < weeks[1]!.activeLearners, 'some drift away');
      const risk = await Promise.all(
        classes.map((c) => classRisk(db.kysely, { orgId, classId: c.id, limit: 50 })),
      );
      const flagged = risk.flatMap((r) => r.atRisk);
      assert.ok(flagged.length > 0);
      assert.ok(flagged.every((f) => Array.isArray(f.reasons) && f.reasons.length > 0));
    });

    test("the cohort's answers are evidence: the heatmap measures what they practised, with the model's estimate", async () => {
      const [first] = await listClasses(db.kysely, orgId);
      const skills = await classSkills(db.kysely, orgId, first!.id);
      const page = await classHeatmapPage(db.kysely, {
        orgId,
        classId: first!.id,
        skillIds: skills.map((s) => s.id),
        now,
        limit: 100,
        offset: 0,
      });
      const cells = page.learners.flatMap((l) => Object.values(l.cells));
      const measured = cells.filter((c) => c.estimate !== null);
      // Every learner practised the first skills of the pathway: none reads "not started" there.
      const firstSkill = skills[0]!.id;
      assert.ok(
        page.learners.every((l) => l.cells[firstSkill]!.status !== 'not-started'),
        firstSkill,
      );
      assert.ok(measured.length > cells.length / 4, `${measured.length} of ${cells.length} cells measured`);
      assert.ok(cells.some((c) => c.status === 'mastered'));
      assert.ok(cells.some((c) => c.status === 'learning'));
    });
  });
}
