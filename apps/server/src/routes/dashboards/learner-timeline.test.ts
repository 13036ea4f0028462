import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TimelineEvent } from '@pathwise/contracts';
import type { Item } from '@pathwise/core/content';
import { insertAnsweredServedItems } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import { recordActivities } from '../../activity/record-activity.ts';
import { loadCatalog, skillName } from '../../learning/learning-catalog.ts';
import { buildClass, buildMember } from '../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { call, itemOf, type LearningOrg, learningOrg, wrongAnswer } from '../learning/learning-test-kit.ts';

const PUBLIC_URL = 'http://127.0.0.1:3000';
const PATHWAY = 'algebra-foundations';

/** An item no bank holds any more, as it was served (the timeline falls back to this stem). */
const goneItem: Item = {
  id: 'imported/gone-1',
  familyId: 'imported',
  skillId: 'alg.like-terms',
  seed: 0,
  difficulty: 2,
  stem: { en: 'Combine $3x + 2x$ (old bank)', es: 'Reduce $3x + 2x$ (banco antiguo)' },
  steps: [],
};

for (const backend of await testBackends()) {
  describe(`the learner timeline names skills and problems on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let teacher: Session;
    let outsider: Session;
    let classId: string;
    let otherClassId: string;
    let answered: { itemId: string; answer: string };
    const url = (cls: string) => `/api/orgs/${o.orgId}/classes/${cls}/learners/${o.learner.userId}/timeline`;

    before(async () => {
      t = await buildTestApp(backend, { PUBLIC_URL });
      o = await learningOrg(t, 'Timeline School');
      teacher = await buildMember(t.db.kysely, o.orgId, 'teacher');
      outsider = await buildMember(t.db.kysely, o.orgId, 'teacher');
      classId = (await buildClass(t.db.kysely, o.orgId, { teachers: [teacher], learners: [o.learner] })).id;
      otherClassId = (await buildClass(t.db.kysely, o.orgId, { teachers: [outsider] })).id;
      const base = `/api/orgs/${o.orgId}`;
      const enrolled = await call(t.app, o.learner, 'POST', `${base}/pathways/${PATHWAY}/enrollment`);
      assert.ok(enrolled.status < 300, enrolled.raw);
      const next = await call(t.app, o.learner, 'POST', `${base}/pathways/${PATHWAY}/placement/next`);
      assert.equal(next.status, 200, next.raw);
      const step = itemOf(next.body.item.itemId).steps[0]!;
      answered = { itemId: next.body.item.itemId, answer: wrongAnswer(step.answer) };
      const res = await call(
        t.app,
        o.learner,
        'POST',
        `${base}/served-items/${next.body.item.servedId}/answer`,
        {
          stepId: step.id,
          answer: answered.answer,
        },
      );
      assert.equal(res.status, 200, res.raw);
      // A problem the bank no longer has but that was served, and one of which nothing is stored at all.
      await insertAnsweredServedItems(t.db.kysely, o.orgId, [
        {
          userId: o.learner.userId,
          pathwayId: PATHWAY,
          skillId: goneItem.skillId,
          mode: 'practice',
          item: goneItem,
          source: 'imported',
          outcome: true,
          at: new Date(),
        },
      ]);
      const attempt = (itemId: string, skillId: string) => ({
        type: 'attempt' as const,
        organizationId: o.orgId,
        learner: { id: o.learner.userId },
        at: new Date(),
        item: { id: itemId, skillIds: [skillId] },
        correct: true,
      });
      const learner = { organizationId: o.orgId, learner: { id: o.learner.userId }, at: new Date() };
      const goneRef = { id: goneItem.id, skillIds: [goneItem.skillId] };
      await recordActivities(t.db.kysely, { publicUrl: PUBLIC_URL, now: () => new Date() }, [
        {
          ...learner,
          type: 'tutor-turn',
          sessionId: 'session-1',
          role: 'learner',
          turnIndex: 0,
          item: goneRef,
        },
        { ...learner, type: 'hint-requested', item: goneRef, stepId: 's1', hintLevel: 2 },
        attempt(goneItem.id, goneItem.skillId),
        attempt('never-stored', 'case.imported-skill_code'),
      ]);
    });
    after(() => t.close());

    test("an answer names its skill in en and es and its problem's stem, with the answer typed", async () => {
      const tl = await call(t.app, teacher, 'GET', url(classId));
      assert.equal(tl.status, 200, tl.raw);
      const events: TimelineEvent[] = tl.body.statements;
      const answer = events.find((e) => e.kind === 'answer' && e.item?.id === answered.itemId);
      assert.ok(answer, 'the placement answer is on the timeline');
      const item = itemOf(answered.itemId);
      const expected = skillName(await loadCatalog(t.db.kysely, o.orgId), item.skillId);
      assert.notEqual(expected.en, expected.es, 'the skill has a name in each language');
      assert.deepEqual(answer.skills, [{ id: item.skillId, name: expected }]);
      assert.deepEqual(answer.item?.stem, item.stem);
      assert.equal(answer.item?.mode, 'placement');
      assert.equal(answer.success, false);
      assert.equal(answer.response, answered.answer);
      assert.deepEqual(answer.help, { hints: 0, tutorQuestions: 0 });
      const mastery = events.find((e) => e.kind === 'mastery');
      assert.ok(mastery?.mastery, 'the mastery change is an event with its estimates');
      assert.deepEqual(mastery.skills[0]?.name, expected);
    });

    test('no event names a skill or a problem by its id only; gone problems and skills still read', async () => {
      const tl = await call(t.app, teacher, 'GET', url(classId));
      const events: TimelineEvent[] = tl.body.statements;
      for (const e of events) {
        for (const s of e.skills) {
          assert.notEqual(s.name.en, s.id, `${e.kind}: skill ${s.id} has a name`);
          assert.notEqual(s.name.es, s.id, `${e.kind}: skill ${s.id} has a Spanish name`);
        }
      }
      const gone = events.find((e) => e.kind === 'answer' && e.item?.id === goneItem.id);
      assert.deepEqual(gone?.item?.stem, goneItem.stem, 'the stem as served');
      assert.deepEqual(gone?.help, { hints: 2, tutorQuestions: 1 }, 'the help before the answer');
      const hint = events.find((e) => e.kind === 'hint');
      assert.equal(hint?.hintLevel, 2);
      assert.deepEqual(hint?.item?.stem, goneItem.stem);
      const unknown = events.find((e) => e.item?.id === 'never-stored');
      assert.equal(unknown?.item?.stem, null, 'nothing stored: the page says "a removed problem"');
      assert.deepEqual(unknown?.skills[0]?.name, { en: 'Imported skill code', es: 'Imported skill code' });
      for (const e of events.filter((x) => x.item && x.item.id !== 'never-stored')) {
        assert.ok(e.item?.stem?.en && e.item.stem.es, `${e.kind} on ${e.item?.id} has its stem`);
      }
    });

    test('a teacher of another class still gets 404', async () => {
      const viaOther = await call(t.app, outsider, 'GET', url(otherClassId));
      assert.equal(viaOther.status, 404, viaOther.raw);
      const viaTheirs = await call(t.app, outsider, 'GET', url(classId));
      assert.ok([403, 404].includes(viaTheirs.status), viaTheirs.raw);
    });
  });
}
