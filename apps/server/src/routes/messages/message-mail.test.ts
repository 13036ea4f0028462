import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { startTestSmtpServer } from '../../mail/test-smtp-server.ts';
import { buildClass, buildMember, buildOrg, type Member } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';

/**
 * "E-mail me new messages and announcements" is each person's own setting, off by default: with it on a new
 * announcement or message is mailed in their language; with it off nothing is.
 */
for (const backend of await testBackends()) {
  describe(`mail about new messages on ${backend.kind}`, () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
    let base: string;
    let teacher: Member;
    let wantsMail: Member;
    let noMail: Member;
    let classId = '';

    before(async () => {
      smtp = await startTestSmtpServer();
      t = await buildTestApp(backend, { SMTP_URL: smtp.url, PUBLIC_URL: 'http://pathwise.test' });
      const org = await buildOrg(t.db.kysely, { name: 'Mail School' });
      base = `/api/orgs/${org.orgId}`;
      teacher = await buildMember(t.db.kysely, org.orgId, 'teacher', { name: 'Ms Alvarez' });
      wantsMail = await buildMember(t.db.kysely, org.orgId, 'learner', { name: 'Lucía', locale: 'es' });
      noMail = await buildMember(t.db.kysely, org.orgId, 'learner', { name: 'Noah' });
      classId = (
        await buildClass(t.db.kysely, org.orgId, {
          name: '7A',
          teachers: [teacher],
          learners: [wantsMail, noMail],
        })
      ).id;
    });
    after(async () => {
      await t.close();
      await smtp.close();
    });

    test('the setting is off by default, and each person changes only their own', async () => {
      const initial = await call(t.app, wantsMail, 'GET', '/api/me/settings');
      assert.equal(initial.status, 200, initial.raw);
      assert.deepEqual(initial.body, { emailMessages: false });
      const saved = await call(t.app, wantsMail, 'PUT', '/api/me/settings', { emailMessages: true });
      assert.equal(saved.status, 200, saved.raw);
      assert.deepEqual(saved.body, { emailMessages: true });
      assert.deepEqual((await call(t.app, wantsMail, 'GET', '/api/me/settings')).body, {
        emailMessages: true,
      });
      assert.deepEqual((await call(t.app, noMail, 'GET', '/api/me/settings')).body, { emailMessages: false });
      const bad = await call(t.app, noMail, 'PUT', '/api/me/settings', { emailMessages: 'yes' });
      assert.equal(bad.status, 400, bad.raw);
      const anonymous = await t.app.inject({ method: 'GET', url: '/api/me/settings' });
      assert.equal(anonymous.statusCode, 401);
    });

    test('an announcement is mailed to the learner with the setting on (in Spanish), not to the other', async () => {
      const posted = await call(t.app, teacher, 'POST', `${base}/classes/${classId}/announcements`, {
        subject: 'Examen',
        body: 'El viernes hay examen.',
      });
      assert.equal(posted.status, 201, posted.raw);
      const mail = await smtp.next(
        (m) => m.to === wantsMail.email && m.text.includes('El viernes hay examen.'),
      );
      assert.match(mail.subject, /Ms Alvarez publicó un anuncio en 7A/);
      assert.match(mail.text, /http:\/\/pathwise\.test/);
      assert.ok(!/token=|password|contraseña/i.test(mail.text), 'no secret or sign-in link in the mail');

      // A message to the person with the setting off, then one to the person with it on: a post hands its mail
      // to the transport before it answers, so by the time the second mail arrives a first would have been sent.
      const off = await call(t.app, teacher, 'POST', `${base}/classes/${classId}/threads`, {
        learnerId: noMail.userId,
        body: 'Private note for Noah',
      });
      assert.equal(off.status, 201, off.raw);
      const on = await call(t.app, teacher, 'POST', `${base}/classes/${classId}/threads`, {
        learnerId: wantsMail.userId,
        body: 'Nota para Lucía',
      });
      assert.equal(on.status, 201, on.raw);
      const message = await smtp.next((m) => m.to === wantsMail.email && m.text.includes('Nota para Lucía'));
      assert.match(message.subject, /Ms Alvarez te envió un mensaje \(7A\)/);
      assert.deepEqual(
        smtp.received.filter((m) => m.to === noMail.email),
        [],
        'the person with the setting off gets no mail',
      );
    });

    test('a reply mails the teacher only when the teacher turned the setting on', async () => {
      const started = await call(t.app, teacher, 'POST', `${base}/classes/${classId}/threads`, {
        learnerId: wantsMail.userId,
        body: 'Any questions?',
      });
      const threadId = started.body.id as string;
      const quiet = await call(t.app, wantsMail, 'POST', `${base}/threads/${threadId}/messages`, {
        body: 'No',
      });
      assert.equal(quiet.status, 201, quiet.raw);
      await call(t.app, teacher, 'PUT', '/api/me/settings', { emailMessages: true });
      const loud = await call(t.app, wantsMail, 'POST', `${base}/threads/${threadId}/messages`, {
        body: 'Sí, una',
      });
      assert.equal(loud.status, 201, loud.raw);
      const mail = await smtp.next((m) => m.to === teacher.email);
      assert.match(mail.text, /Sí, una/);
      assert.match(
        mail.subject,
        /Lucía sent you a message/,
        "in the teacher's language, with the sender's name",
      );
      assert.equal(
        smtp.received.filter((m) => m.to === teacher.email).length,
        1,
        'not for the reply made before',
      );
    });
  });
}
