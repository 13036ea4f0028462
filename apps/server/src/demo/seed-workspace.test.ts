import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  addClassMembers,
  createClass,
  type Db,
  findUserByEmail,
  listAssignments,
  listItems,
  listLearnerAnnouncements,
  listLessons,
  listThreadsOf,
  setClassPathways,
} from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import { parseStoredItem } from '../learning/parse-stored-item.ts';
import { DEMO_TEACHER_ITEM, demoTeacherItemContent } from './demo-teacher-item.ts';
import { DEMO_ACCOUNTS, seedDemo } from './seed-demo.ts';
import { seedDemoWorkspace } from './seed-workspace.ts';

for (const backend of await testBackends()) {
  describe(`demo workspace on ${backend.kind}`, () => {
    let db: Db;
    let orgId: string;
    let learnerId: string;
    const now = new Date('2026-05-15T12:00:00Z');
    const input = () => ({
      orgId,
      teacherEmail: DEMO_ACCOUNTS[1].email,
      learnerEmail: DEMO_ACCOUNTS[0].email,
      now,
    });
    before(async () => {
      db = await backend.open();
      orgId = (await seedDemo(db, { password: 'demo password', passwordHashCost: 1024 })).orgId;
      const teacher = await findUserByEmail(db.kysely, DEMO_ACCOUNTS[1].email);
      learnerId = (await findUserByEmail(db.kysely, DEMO_ACCOUNTS[0].email))!.id;
      const cls = await createClass(db.kysely, {
        orgId,
        name: '7A Algebra',
        createdBy: teacher!.id,
        teacherId: teacher!.id,
      });
      await setClassPathways(db.kysely, { orgId, classId: cls.id, pathwayIds: ['algebra-foundations'] });
      await addClassMembers(db.kysely, { orgId, classId: cls.id, userIds: [learnerId], role: 'learner' });
    });
    after(() => db.close());

    test("the demo learner finds two assignments due, an announcement and the teacher's conversation; the teacher's lesson and item are published; once", async () => {
      assert.equal(await seedDemoWorkspace(db, input()), true);
      assert.equal(await seedDemoWorkspace(db, input()), false, 'a second run writes nothing');
      const due = await listAssignments(db.kysely, { orgId, learnerId });
      assert.deepEqual(
        due.map((a) => [
          a.title,
          a.target.kind,
          Math.round((a.dueAt.getTime() - now.getTime()) / 86_400_000),
        ]),
        [
          ['One-step equations', 'skills', 4],
          ['Algebra foundations, the whole pathway', 'pathway', 25],
        ],
      );
      const announcements = await listLearnerAnnouncements(db.kysely, { orgId, userId: learnerId });
      assert.deepEqual(
        announcements.map((a) => a.subject),
        ['Quiz on Friday'],
      );
      const threads = await listThreadsOf(db.kysely, { orgId, userId: learnerId });
      assert.equal(threads.length, 1);
      // The learner replied, then the teacher answered: one message waits for the learner.
      assert.equal(threads[0]!.unread, 1);
      assert.match(threads[0]!.lastBody ?? '', /x terms to one side/);
      // A published lesson everyone on the staff sees, and one item the teacher wrote, published: practice
      // serves it, and what it serves is the demo's definition (the browser tests answer it from there).
      const lessons = await listLessons(db.kysely, orgId, { authorId: null });
      assert.deepEqual(
        lessons.map((l) => [l.status, l.latestVersion]),
        [['published', 1]],
      );
      const written = await listItems(db.kysely, orgId, { source: 'authored', limit: 10, offset: 0 });
      assert.equal(written.total, 1);
      const [item] = written.items;
      assert.equal(item!.id, DEMO_TEACHER_ITEM.id);
      assert.equal(item!.status, 'published');
      assert.deepEqual(parseStoredItem(item!)?.steps, demoTeacherItemContent().steps);
    });
  });
}
