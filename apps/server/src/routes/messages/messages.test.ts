import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { buildClass, buildMember, buildOrg, type Member } from '../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';

/**
 * Issue 12, messages: a teacher announces to a class and writes to one learner of a class they teach; the learner
 * reads and replies. Nobody else sees or writes into a thread; a rejected post writes nothing.
 */
for (const backend of await testBackends()) {
  describe(`messages and announcements on ${backend.kind}`, () => {
    let t: TestApp;
    let base: string;
    let admin: Member;
    let teacherA: Member;
    let teacherB: Member;
    let learnerA: Member;
    let learnerA2: Member;
    let learnerB: Member;
    let classA = '';
    let classB = '';

    const count = async (table: 'announcements' | 'messages' | 'message_threads') =>
      Number(
        (
          await t.db.kysely
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const inbox = async (s: Session) => {
      const res = await call(t.app, s, 'GET', `${base}/inbox`);
      assert.equal(res.status, 200, res.raw);
      return res.body;
    };
    const message = (s: Session, classId: string, learnerId: string, body: string) =>
      call(t.app, s, 'POST', `${base}/classes/${classId}/threads`, { learnerId, body });

    before(async () => {
      t = await buildTestApp(backend);
      const org = await buildOrg(t.db.kysely, { name: 'Message School' });
      base = `/api/orgs/${org.orgId}`;
      admin = org.admin;
      const k = t.db.kysely;
      teacherA = await buildMember(k, org.orgId, 'teacher', { name: 'Ms Alvarez' });
      teacherB = await buildMember(k, org.orgId, 'teacher', { name: 'Mr Brown' });
      learnerA = await buildMember(k, org.orgId, 'learner', { name: 'Ana' });
      learnerA2 = await buildMember(k, org.orgId, 'learner', { name: 'Aziz' });
      learnerB = await buildMember(k, org.orgId, 'learner', { name: 'Bea' });
      classA = (
        await buildClass(k, org.orgId, { name: '7A', teachers: [teacherA], learners: [learnerA, learnerA2] })
      ).id;
      classB = (await buildClass(k, org.orgId, { name: '7B', teachers: [teacherB], learners: [learnerB] }))
        .id;
    });
    after(() => t.close());

    test('an announcement reaches the learners of its class only; opening it marks it read', async () => {
      const posted = await call(t.app, teacherA, 'POST', `${base}/classes/${classA}/announcements`, {
        subject: 'Quiz Friday',
        body: 'Bring a calculator.',
      });
      assert.equal(posted.status, 201, posted.raw);
      const mine = await inbox(learnerA);
      const seen = mine.announcements.find((a: { id: string }) => a.id === posted.body.id);
      assert.ok(seen, 'a learner of the class sees it');
      assert.equal(seen.body, 'Bring a calculator.');
      assert.equal(seen.subject, 'Quiz Friday');
      assert.equal(seen.authorName, 'Ms Alvarez', "the sender's display name");
      assert.equal(seen.className, '7A');
      assert.equal(seen.read, false);
      assert.equal(mine.unread.announcements, 1);
      const other = await inbox(learnerB);
      assert.ok(!other.announcements.some((a: { id: string }) => a.id === posted.body.id), 'not in class B');
      assert.equal(other.unread.announcements, 0);

      const read = await call(t.app, learnerA, 'POST', `${base}/announcements/${posted.body.id}/read`);
      assert.equal(read.status, 204, read.raw);
      assert.equal((await inbox(learnerA)).unread.announcements, 0);
      assert.equal((await inbox(learnerA2)).unread.announcements, 1, 'read marks are per learner');
      const stranger = await call(t.app, learnerB, 'POST', `${base}/announcements/${posted.body.id}/read`);
      assert.equal(stranger.status, 404, 'a learner of another class cannot even mark it');

      const list = await call(t.app, teacherA, 'GET', `${base}/classes/${classA}/announcements`);
      assert.equal(list.status, 200, list.raw);
      assert.deepEqual(
        list.body.announcements.map((a: { id: string }) => a.id),
        [posted.body.id],
      );
      const byAdmin = await call(t.app, admin, 'POST', `${base}/classes/${classB}/announcements`, {
        body: 'From the office',
      });
      assert.equal(byAdmin.status, 201, 'an administrator posts to any class');
      assert.equal((await inbox(learnerB)).announcements[0].subject, '', 'subject optional');
    });

    test('a teacher of another class, a learner, an unknown class and an empty body are refused; nothing is written', async () => {
      const before = [await count('announcements'), await count('messages'), await count('message_threads')];
      const refused = [
        await call(t.app, teacherB, 'POST', `${base}/classes/${classA}/announcements`, { body: 'Hi' }),
        await call(t.app, teacherB, 'GET', `${base}/classes/${classA}/announcements`),
        await message(teacherB, classA, learnerA.userId, 'Hello'),
        await message(teacherB, classB, learnerA.userId, 'Hello'),
        await call(t.app, teacherA, 'POST', `${base}/classes/${crypto.randomUUID()}/announcements`, {
          body: 'x',
        }),
        await message(teacherA, classA, crypto.randomUUID(), 'Hello'),
      ];
      assert.deepEqual(
        refused.map((r) => r.status),
        [404, 404, 404, 404, 404, 404],
        refused.map((r) => r.raw).join('\n'),
      );
      assert.deepEqual(
        refused[3]!.body.errors.map((e: { field: string }) => e.field),
        ['body/learnerId'],
      );
      const learnerTries = [
        await message(learnerA, classA, learnerA2.userId, 'psst'),
        await call(t.app, learnerA, 'POST', `${base}/classes/${classA}/announcements`, { body: 'hi all' }),
      ];
      assert.deepEqual(
        learnerTries.map((r) => r.status),
        [403, 403],
        'a learner cannot start a thread (with a learner or anyone) nor announce',
      );
      for (const body of ['', '   \n ']) {
        const empty = await message(teacherA, classA, learnerA.userId, body);
        assert.equal(empty.status, 400, empty.raw);
        assert.ok(
          empty.body.errors.some((e: { field: string }) => e.field === 'body/body'),
          `names body: ${empty.raw}`,
        );
      }
      const tooLong = await call(t.app, teacherA, 'POST', `${base}/classes/${classA}/announcements`, {
        body: 'x'.repeat(5001),
      });
      assert.equal(tooLong.status, 400, tooLong.raw);
      assert.deepEqual(
        [await count('announcements'), await count('messages'), await count('message_threads')],
        before,
        'a rejected post writes nothing',
      );
    });

    test('a thread: teacher writes, learner reads (unread counts), replies; the teacher sees the reply', async () => {
      const first = await message(teacherA, classA, learnerA.userId, 'How was the homework?');
      assert.equal(first.status, 201, first.raw);
      const threadId = first.body.id as string;
      const again = await message(teacherA, classA, learnerA.userId, 'Ask me anything.');
      assert.equal(again.body.id, threadId, 'the same thread continues');

      const before = await inbox(learnerA);
      const summary = before.threads.find((th: { id: string }) => th.id === threadId);
      assert.equal(summary.unread, 2);
      assert.equal(summary.teacherName, 'Ms Alvarez');
      assert.equal(summary.lastBody, 'Ask me anything.');
      assert.equal(before.unread.messages, 2);

      const opened = await call(t.app, learnerA, 'GET', `${base}/threads/${threadId}`);
      assert.equal(opened.status, 200, opened.raw);
      assert.deepEqual(
        opened.body.messages.map((m: { body: string; senderName: string; mine: boolean }) => [
          m.body,
          m.senderName,
          m.mine,
        ]),
        [
          ['How was the homework?', 'Ms Alvarez', false],
          ['Ask me anything.', 'Ms Alvarez', false],
        ],
      );
      assert.equal((await call(t.app, learnerA, 'POST', `${base}/threads/${threadId}/read`)).status, 204);
      assert.equal((await inbox(learnerA)).unread.messages, 0, 'marked read when opened');

      const reply = await call(t.app, learnerA, 'POST', `${base}/threads/${threadId}/messages`, {
        body: 'Question 3 was hard.',
      });
      assert.equal(reply.status, 201, reply.raw);
      assert.equal((await inbox(learnerA)).unread.messages, 0, 'my own reply is not unread to me');
      const staffList = await call(t.app, teacherA, 'GET', `${base}/classes/${classA}/threads`);
      assert.equal(staffList.status, 200, staffList.raw);
      const mine = staffList.body.threads.find((th: { id: string }) => th.id === threadId);
      assert.equal(mine.unread, 1);
      assert.equal(mine.learnerName, 'Ana');
      const teacherView = await call(t.app, teacherA, 'GET', `${base}/threads/${threadId}`);
      assert.deepEqual(teacherView.body.messages.at(-1), {
        ...teacherView.body.messages.at(-1),
        body: 'Question 3 was hard.',
        senderName: 'Ana',
        mine: false,
      });
      await call(t.app, teacherA, 'POST', `${base}/threads/${threadId}/read`);
      const after = await call(t.app, teacherA, 'GET', `${base}/classes/${classA}/threads`);
      assert.equal(after.body.threads.find((th: { id: string }) => th.id === threadId).unread, 0);

      for (const outsider of [learnerA2, learnerB, teacherB, admin]) {
        const read = await call(t.app, outsider, 'GET', `${base}/threads/${threadId}`);
        assert.equal(read.status, 404, `another person reading the thread: ${read.raw}`);
        const write = await call(t.app, outsider, 'POST', `${base}/threads/${threadId}/messages`, {
          body: 'hi',
        });
        assert.equal(write.status, 404, write.raw);
        assert.ok(
          !(await inbox(outsider)).threads.some((th: { id: string }) => th.id === threadId),
          'not in their inbox',
        );
      }
    });

    test('an HTML body comes back as the same text, unchanged', async () => {
      const html = '<script>alert("x")</script> <b>bold</b> & \'quotes\'';
      const sent = await message(teacherA, classA, learnerA2.userId, html);
      assert.equal(sent.status, 201, sent.raw);
      const thread = await call(t.app, learnerA2, 'GET', `${base}/threads/${sent.body.id}`);
      assert.equal(thread.body.messages[0].body, html);
      const announced = await call(t.app, teacherA, 'POST', `${base}/classes/${classA}/announcements`, {
        subject: '<i>s</i>',
        body: html,
      });
      assert.equal(announced.status, 201, announced.raw);
      const seen = (await inbox(learnerA2)).announcements.find(
        (a: { id: string }) => a.id === announced.body.id,
      );
      assert.equal(seen.body, html);
      assert.equal(seen.subject, '<i>s</i>');
    });
  });
}
