import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { familiesForSkill } from '@pathwise/core/content';
import { testBackends } from '@pathwise/db/testing';
import { installDemoContent } from '../../learning/install-demo-content.ts';
import { buildMember, buildOrg } from '../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { call, itemOf, rightAnswer, wrongAnswer } from '../learning/learning-test-kit.ts';
import { type AssignmentSchool, assignmentSchool, countRows, SKILL_A } from './assignment-test-kit.ts';

const NOW = new Date('2026-03-20T12:00:00Z');
const DAY = 86_400_000;
const inDays = (n: number) => new Date(NOW.getTime() + n * DAY).toISOString();
const TWO_STEP = 'alg.two-step-equations';

/** A teacher's item of two steps (an equation, then a number), published unless told otherwise. */
function authoredItem(status: 'published' | 'draft' = 'published') {
  return {
    skillId: TWO_STEP,
    difficulty: 2,
    status,
    stem: { en: 'A ticket costs $x$ euros. Three tickets and a 4-euro fee cost 19 euros.', es: '' },
    steps: [
      {
        prompt: { en: 'Write the equation.', es: 'Escribe la ecuación.' },
        answer: { kind: 'relation', key: '3x + 4 = 19', variables: ['x'] },
        hints: [{ en: 'Three tickets cost $3x$.', es: 'Tres entradas cuestan $3x$.' }],
        misconceptions: [
          { answer: '3x = 19', feedback: { en: 'Do not forget the fee.', es: 'No olvides la tarifa.' } },
        ],
      },
      {
        prompt: { en: 'How much is one ticket?', es: '¿Cuánto cuesta una entrada?' },
        answer: { kind: 'number', key: '5' },
        hints: [{ en: 'Take away the fee first.' }],
        misconceptions: [],
      },
    ],
  };
}

/** Saves a teacher's item in the bank of `orgId`; answers its id. */
async function saveItem(t: TestApp, who: Session, orgId: string, status: 'published' | 'draft') {
  const made = await call(t.app, who, 'POST', `/api/orgs/${orgId}/items`, authoredItem(status));
  assert.equal(made.status, 201, made.raw);
  return made.body.id as string;
}

for (const backend of await testBackends()) {
  describe(`item set assignments on ${backend.kind}`, () => {
    let t: TestApp;
    let s: AssignmentSchool;
    let base: string;
    let book: string;
    let authored: string;
    let draft: string;
    let foreignItem: string;
    let stranger: { orgId: string; teacher: Session; learner: Session };
    let setId: string;
    /** A demo family item on a skill of the demo pathway, frozen by its seed. */
    const demoItem = `${familiesForSkill(SKILL_A)[0]!.id}/4242/2`;
    const mine = (id: string, tail = '') => `/api/orgs/${s.orgId}/my/item-sets/${id}${tail}`;

    before(async () => {
      t = await buildTestApp(backend, {}, { now: () => NOW });
      s = await assignmentSchool(t, 'Item Set School');
      base = `/api/orgs/${s.orgId}/classes/${s.classId}/assignments`;
      book = `/api/orgs/${s.orgId}/classes/${s.classId}/gradebook`;
      authored = await saveItem(t, s.teacher, s.orgId, 'published');
      draft = await saveItem(t, s.teacher, s.orgId, 'draft');
      const other = await buildOrg(t.db.kysely, { name: 'Other Item School' });
      await installDemoContent(t.db.kysely, other.orgId);
      stranger = {
        orgId: other.orgId,
        teacher: await buildMember(t.db.kysely, other.orgId, 'teacher'),
        learner: await buildMember(t.db.kysely, other.orgId, 'learner'),
      };
      foreignItem = await saveItem(t, stranger.teacher, other.orgId, 'published');
    });
    after(() => t.close());

    test('a teacher assigns a set of items of the bank; the list says how many and which skills', async () => {
      const made = await call(t.app, s.teacher, 'POST', base, {
        kind: 'item_set',
        target: { itemIds: [authored, demoItem] },
        title: 'Two problems',
        dueAt: inDays(7),
      });
      assert.equal(made.status, 201, made.raw);
      setId = made.body.id;
      const list = await call(t.app, s.teacher, 'GET', base);
      const set = list.body.assignments.find((a: { id: string }) => a.id === setId);
      assert.equal(set.kind, 'item_set');
      assert.deepEqual(set.itemSet, { items: 2 });
      assert.deepEqual(
        set.skills.map((k: { id: string; target: number | null }) => [k.id, k.target]),
        [
          [TWO_STEP, null],
          [SKILL_A, null],
        ],
      );
      assert.equal(set.practicePathwayId, null, 'the set is the work: no pathway to practise instead');
      const audit = await t.db.kysely
        .selectFrom('audit_events')
        .select('details')
        .where('target_id', '=', setId)
        .executeTakeFirstOrThrow();
      assert.equal((audit.details as { kind: string }).kind, 'item_set');
    });

    test('a bad item set is a 400 naming the field, and writes nothing', async () => {
      const rows = await countRows(t, 'assignments');
      const audit = await countRows(t, 'audit_events');
      const fifty = Array.from({ length: 51 }, (_, i) => `${familiesForSkill(SKILL_A)[0]!.id}/${i + 1}/2`);
      const cases: [object, RegExp][] = [
        [{}, /body\/target\/itemIds/],
        [{ target: { itemIds: [] } }, /itemIds/],
        [{ target: { itemIds: fifty } }, /itemIds/],
        [{ target: { itemIds: [authored, 'no-such-item'] } }, /body\/target\/itemIds.*no-such-item/],
        [{ target: { itemIds: [foreignItem] } }, new RegExp(`body/target/itemIds.*${foreignItem}`)],
        [{ target: { itemIds: [draft] } }, /body\/target\/itemIds/],
        [{ target: { itemIds: ['no-such-family/1/2'] } }, /no-such-family/],
        [{ target: { itemIds: [demoItem, demoItem] } }, /twice/],
        [{ target: { itemIds: [authored], lessonId: '00000000-0000-4000-8000-000000000000' } }, /lessonId/],
        [{ target: { itemIds: [authored] }, pathwayId: 'algebra-foundations' }, /body\/pathwayId/],
        [{ target: { itemIds: [authored] }, skills: [{ skillId: SKILL_A }] }, /body\/skills/],
      ];
      for (const [extra, names] of cases) {
        const body = { kind: 'item_set', dueAt: inDays(3), ...extra };
        const res = await call(t.app, s.teacher, 'POST', base, body);
        assert.equal(res.status, 400, `${JSON.stringify(extra).slice(0, 100)}: ${res.raw}`);
        assert.match(res.raw, names);
      }
      const lesson = await call(t.app, s.teacher, 'POST', base, {
        kind: 'lesson',
        target: { itemIds: [authored] },
        dueAt: inDays(3),
      });
      assert.equal(lesson.status, 400, lesson.raw);
      assert.match(lesson.raw, /body\/target\/itemIds/);
      assert.equal(await countRows(t, 'assignments'), rows, 'nothing written');
      assert.equal(await countRows(t, 'audit_events'), audit);
    });

    test('the learner answers the items in order, as practice checks them; the gradebook shows it', async () => {
      const view = await call(t.app, s.learner, 'GET', mine(setId));
      assert.equal(view.status, 200, view.raw);
      assert.deepEqual(
        view.body.items.map((i: { state: string }) => i.state),
        ['unanswered', 'unanswered'],
      );
      assert.deepEqual([view.body.answered, view.body.correct, view.body.total], [0, 0, 2]);
      assert.equal(view.body.className, '7B Algebra');

      // The first item, the teacher's: served without its answers, hints or misconceptions.
      const first = await call(t.app, s.learner, 'POST', mine(setId, '/next'));
      assert.equal(first.status, 200, first.raw);
      assert.equal(first.body.position, 0);
      assert.equal(first.body.item.itemId, authored);
      assert.equal(first.body.skill.id, TWO_STEP);
      for (const secret of ['3x + 4 = 19', '3x = 19', 'Do not forget the fee', 'Three tickets cost', '"5"']) {
        assert.ok(!first.raw.includes(secret), `the served item gives away ${secret}`);
      }
      const again = await call(t.app, s.learner, 'POST', mine(setId, '/next'));
      assert.equal(again.body.item.servedId, first.body.item.servedId, 'the same item until it is answered');

      const attempts = await countAttempts(t, s.learner.userId);
      const wrong = await call(t.app, s.learner, 'POST', mine(setId, '/answer'), {
        servedId: first.body.item.servedId,
        stepId: first.body.item.currentStepId,
        answer: 'x = 987654',
      });
      assert.equal(wrong.status, 200, wrong.raw);
      assert.equal(wrong.body.result, 'incorrect');
      assert.equal(wrong.body.message.en, 'Not quite. Try again, or go on to the next item.');
      assert.equal(wrong.body.itemAnswered, true, 'the first try decides the item');
      assert.deepEqual([wrong.body.answered, wrong.body.correct], [1, 0]);
      assert.equal(await countAttempts(t, s.learner.userId), attempts + 1, 'an attempt, as in practice');
      const model = await skillState(t, s.learner.userId, TWO_STEP);
      assert.ok(model, 'the wrong answer is evidence in the learner model');

      // In progress on the learner's home, not late yet.
      const home = await call(t.app, s.learner, 'GET', `/api/orgs/${s.orgId}/my/assignments`);
      const due = home.body.assignments.find(
        (a: { assignment: { id: string } }) => a.assignment.id === setId,
      );
      assert.equal(due.progress.status, 'in_progress');
      assert.deepEqual(due.progress.items, { answered: 1, correct: 0, total: 2 });

      // The second item, a demo family item: every step right.
      const second = await call(t.app, s.learner, 'POST', mine(setId, '/next'));
      assert.equal(second.body.position, 1, second.raw);
      assert.equal(second.body.item.itemId, demoItem, 'the frozen problem, the same for every learner');
      let last = null;
      for (const step of itemOf(demoItem).steps) {
        last = await call(t.app, s.learner, 'POST', mine(setId, '/answer'), {
          servedId: second.body.item.servedId,
          stepId: step.id,
          answer: rightAnswer(step.answer),
        });
        assert.equal(last.status, 200, last.raw);
        assert.equal(last.body.result, 'correct');
      }
      assert.deepEqual([last?.body.answered, last?.body.correct, last?.body.itemAnswered], [2, 1, true]);
      assert.ok(await skillState(t, s.learner.userId, SKILL_A), 'the right answers are evidence too');
      const done = await call(t.app, s.learner, 'POST', mine(setId, '/next'));
      assert.equal(done.status, 409, done.raw);
      const after = await call(t.app, s.learner, 'GET', mine(setId));
      assert.deepEqual(
        after.body.items.map((i: { state: string }) => i.state),
        ['wrong', 'right'],
      );
      // Answered stays answered: a late right answer to the first item does not change its outcome.
      const retry = await call(t.app, s.learner, 'POST', mine(setId, '/answer'), {
        servedId: first.body.item.servedId,
        stepId: first.body.item.currentStepId,
        answer: '3x + 4 = 19',
      });
      assert.equal(retry.body.result, 'correct', retry.raw);
      assert.deepEqual([retry.body.answered, retry.body.correct], [2, 1]);

      const grades = await call(t.app, s.teacher, 'GET', book);
      assert.equal(grades.status, 200, grades.raw);
      const column = grades.body.assignments.findIndex((a: { id: string }) => a.id === setId);
      const cellOf = (userId: string) =>
        grades.body.learners.find((l: { userId: string }) => l.userId === userId).cells[column];
      const cell = cellOf(s.learner.userId);
      assert.equal(cell.status, 'done');
      assert.equal(cell.mastery, 0.5, 'the share of items answered right on the first try');
      assert.deepEqual(cell.items, { answered: 2, correct: 1, total: 2 });
      assert.equal(cell.doneAt, NOW.toISOString());
      assert.equal(cell.late, false);
      assert.equal(cellOf(s.classmate.userId).status, 'not_started');
      assert.equal(cellOf(s.classmate.userId).mastery, 0);
      const csv = await t.app.inject({ method: 'GET', url: `${book}.csv`, headers: s.teacher.headers });
      assert.match(
        csv.body,
        /Ada Learner,Two problems,[^,]+,done,no,0\.50,2026-03-20T12:00:00\.000Z,no,,\r\n/,
      );
    });

    test('past its due date a set not done is late, and one done after it is late too', async () => {
      const made = await call(t.app, s.teacher, 'POST', base, {
        kind: 'item_set',
        target: { itemIds: [demoItem] },
        dueAt: inDays(-1),
      });
      assert.equal(made.status, 201, made.raw);
      const grades = await call(t.app, s.teacher, 'GET', book);
      const column = grades.body.assignments.findIndex((a: { id: string }) => a.id === made.body.id);
      const learnerRow = grades.body.learners.find(
        (l: { userId: string }) => l.userId === s.classmate.userId,
      );
      assert.equal(learnerRow.cells[column].status, 'not_started');
      assert.equal(learnerRow.cells[column].late, true);
      const next = await call(t.app, s.classmate, 'POST', mine(made.body.id, '/next'));
      const step = itemOf(demoItem).steps[0]!;
      const wrong = await call(t.app, s.classmate, 'POST', mine(made.body.id, '/answer'), {
        servedId: next.body.item.servedId,
        stepId: step.id,
        answer: wrongAnswer(step.answer),
      });
      assert.equal(wrong.body.itemAnswered, true, wrong.raw);
      const home = await call(t.app, s.classmate, 'GET', `/api/orgs/${s.orgId}/my/assignments`);
      const due = home.body.assignments.find(
        (a: { assignment: { id: string } }) => a.assignment.id === made.body.id,
      );
      assert.deepEqual([due.progress.status, due.progress.late, due.progress.mastery], ['done', true, 0]);
    });

    test('only the class’s learners open a set; learners are refused the teacher routes; other orgs get 404', async () => {
      const before = await countRows(t, 'assignments');
      const served = (await call(t.app, s.learner, 'GET', mine(setId))).status;
      assert.equal(served, 200);
      assert.equal(
        (await call(t.app, s.outsider, 'GET', mine(setId))).status,
        404,
        'a learner of another class',
      );
      assert.equal((await call(t.app, s.outsider, 'POST', mine(setId, '/next'))).status, 404);
      // The classmate's own set is theirs; the learner's served item is not.
      const theirs = await call(t.app, s.classmate, 'POST', mine(setId, '/next'));
      assert.equal(theirs.status, 200, theirs.raw);
      const firstOfLearner = await t.db.kysely
        .selectFrom('item_set_serves')
        .select('served_id')
        .where('user_id', '=', s.learner.userId)
        .where('assignment_id', '=', setId)
        .where('position', '=', 0)
        .executeTakeFirstOrThrow();
      const stolen = await call(t.app, s.classmate, 'POST', mine(setId, '/answer'), {
        servedId: firstOfLearner.served_id,
        stepId: 's1',
        answer: '1',
      });
      assert.equal(stolen.status, 404, stolen.raw);
      assert.equal((await call(t.app, s.teacher, 'GET', mine(setId))).status, 403, 'a learner route');
      for (const [method, url, body] of [
        ['POST', base, { kind: 'item_set', target: { itemIds: [authored] }, dueAt: inDays(2) }],
        ['GET', book, undefined],
        ['GET', `${book}.csv`, undefined],
      ] as const) {
        assert.equal((await call(t.app, s.learner, method, url, body)).status, 403, `${method} ${url}`);
        assert.equal(
          (await call(t.app, stranger.teacher, method, url, body)).status,
          404,
          `${method} ${url}`,
        );
      }
      assert.equal((await call(t.app, stranger.learner, 'GET', mine(setId))).status, 404);
      assert.equal(
        (await call(t.app, stranger.learner, 'GET', `/api/orgs/${stranger.orgId}/my/item-sets/${setId}`))
          .status,
        404,
        'the set is not in their organization',
      );
      const admin = await call(t.app, s.admin, 'GET', book);
      assert.equal(admin.status, 200, admin.raw);
      assert.ok(admin.body.assignments.some((a: { id: string }) => a.id === setId));
      assert.equal(await countRows(t, 'assignments'), before, 'nothing written');
    });
  });
}

async function countAttempts(t: TestApp, userId: string): Promise<number> {
  const row = await t.db.kysely
    .selectFrom('attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function skillState(t: TestApp, userId: string, skillId: string) {
  return t.db.kysely
    .selectFrom('learner_skill_states')
    .select(['estimate', 'updated_at'])
    .where('user_id', '=', userId)
    .where('skill_id', '=', skillId)
    .executeTakeFirst();
}
