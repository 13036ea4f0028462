import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { buildClass, buildMember, buildOrg, type Member, TEST_PASSWORD } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { exportOf } from '../account/account-test-kit.ts';
import { call } from '../learning/learning-test-kit.ts';

/**
 * A thread closes when its learner leaves the class; a person's messages are in their data export, and deleting a
 * learner's account deletes their threads while the teacher's announcements stay with the class.
 */
for (const backend of await testBackends()) {
  describe(`messages, class changes and the person's data on ${backend.kind}`, () => {
    let t: TestApp;
    let base: string;
    let orgAdmin: Member;
    let teacher: Member;
    let learner: Member;
    let classId = '';
    let threadId = '';

    before(async () => {
      t = await buildTestApp(backend);
      const org = await buildOrg(t.db.kysely, { name: 'Data School' });
      base = `/api/orgs/${org.orgId}`;
      orgAdmin = org.admin;
      teacher = await buildMember(t.db.kysely, org.orgId, 'teacher', { name: 'Ms Alvarez' });
      learner = await buildMember(t.db.kysely, org.orgId, 'learner', { name: 'Ana' });
      classId = (await buildClass(t.db.kysely, org.orgId, { teachers: [teacher], learners: [learner] })).id;
      const sent = await call(t.app, teacher, 'POST', `${base}/classes/${classId}/threads`, {
        learnerId: learner.userId,
        body: 'Hello Ana',
      });
      assert.equal(sent.status, 201, sent.raw);
      threadId = sent.body.id;
      const reply = await call(t.app, learner, 'POST', `${base}/threads/${threadId}/messages`, {
        body: 'Hi!',
      });
      assert.equal(reply.status, 201, reply.raw);
      await call(t.app, teacher, 'POST', `${base}/classes/${classId}/announcements`, { body: 'Welcome' });
      await call(t.app, learner, 'PUT', '/api/me/settings', { emailMessages: true });
    });
    after(() => t.close());

    test("the learner's export holds their settings, threads with both sides, and what they sent", async () => {
      const { doc } = await exportOf(t, learner);
      assert.deepEqual(
        doc.messages.settings.map((s: { email_messages: boolean }) => s.email_messages),
        [true],
      );
      assert.equal(doc.messages.threads.length, 1);
      assert.deepEqual(
        doc.messages.threads[0].messages.map((m: { body: string }) => m.body),
        ['Hello Ana', 'Hi!'],
      );
      assert.deepEqual(
        doc.messages.sent.map((m: { body: string }) => m.body),
        ['Hi!'],
      );
      const teacherDoc = (await exportOf(t, teacher)).doc;
      assert.deepEqual(
        teacherDoc.messages.announcementsPosted.map((a: { body: string }) => a.body),
        ['Welcome'],
      );
    });

    test('once the learner leaves the class the thread is closed to both; nothing is written', async () => {
      const removed = await call(
        t.app,
        orgAdmin,
        'DELETE',
        `${base}/classes/${classId}/members/${learner.userId}`,
      );
      assert.equal(removed.status, 204, removed.raw);
      const count = async () =>
        (await t.db.kysely.selectFrom('messages').select('seq').where('thread_id', '=', threadId).execute())
          .length;
      const before = await count();
      for (const who of [teacher, learner]) {
        const res = await call(t.app, who, 'POST', `${base}/threads/${threadId}/messages`, {
          body: 'still there?',
        });
        assert.equal(res.status, 409, res.raw);
      }
      assert.equal(await count(), before);
      const announcements = (await call(t.app, learner, 'GET', `${base}/inbox`)).body.announcements;
      assert.deepEqual(announcements, [], "a former learner no longer sees the class's announcements");
    });

    test("deleting the learner's account deletes their threads and settings; announcements stay", async () => {
      const deleted = await t.app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: learner.headers,
        payload: { password: TEST_PASSWORD },
      });
      assert.equal(deleted.statusCode, 204, deleted.body);
      const k = t.db.kysely;
      assert.deepEqual(
        await k.selectFrom('message_threads').select('id').where('learner_id', '=', learner.userId).execute(),
        [],
      );
      assert.deepEqual(
        await k.selectFrom('messages').select('seq').where('thread_id', '=', threadId).execute(),
        [],
      );
      assert.deepEqual(
        await k.selectFrom('user_settings').select('user_id').where('user_id', '=', learner.userId).execute(),
        [],
      );
      const kept = await k
        .selectFrom('announcements')
        .select('body')
        .where('class_id', '=', classId)
        .execute();
      assert.deepEqual(
        kept.map((a) => a.body),
        ['Welcome'],
      );
    });
  });
}
