import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { sql } from 'kysely';
import { type JobQueue, startJobQueue } from '../../jobs/job-queue.ts';
import { createMailer } from '../../mail/mailer.ts';
import { startTestSmtpServer } from '../../mail/test-smtp-server.ts';
import { MESSAGE_MAIL_JOB, messageMailJobs } from '../../messages/message-mail.ts';
import { buildClass, buildMember, buildOrg, type Member } from '../../test/factories.ts';
import { buildTestApp, type TestApp, testConfig } from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';

// NOTE: the test waits for the mail the job sends, not for time to pass; the timeout only keeps a job that never
// runs from hanging the run (pg-boss's workers poll the database).
const WAITS = { timeout: 60_000 };

/**
 * With the job queue running (as the server runs it), the mail about a new post is a job stored in the post's
 * transaction, one per recipient with the setting on, and a worker sends it: a rejected post queues nothing.
 */
for (const backend of await testBackends()) {
  describe(`mail about new messages through the job queue on ${backend.kind}`, () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
    let queue: JobQueue;
    let mailer: ReturnType<typeof createMailer>;
    let base: string;
    let teacher: Member;
    let wantsMail: Member;
    let noMail: Member;
    let outsider: Member;
    let classId = '';

    const queued = async () => {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from pgboss.job where name = ${MESSAGE_MAIL_JOB}`.execute(t.db.kysely);
      return rows[0]!.n;
    };

    before(async () => {
      smtp = await startTestSmtpServer();
      const env = { SMTP_URL: smtp.url, PUBLIC_URL: 'http://pathwise.test' };
      t = await buildTestApp(backend, env);
      mailer = createMailer(testConfig(env));
      queue = await startJobQueue(
        t.db,
        messageMailJobs({ db: t.db, mailer, publicUrl: 'http://pathwise.test' }),
        {
          schedule: false,
          pollingIntervalSeconds: 0.5,
        },
      );
      const org = await buildOrg(t.db.kysely, { name: 'Queue School' });
      base = `/api/orgs/${org.orgId}`;
      teacher = await buildMember(t.db.kysely, org.orgId, 'teacher', { name: 'Ms Alvarez' });
      wantsMail = await buildMember(t.db.kysely, org.orgId, 'learner', { name: 'Lucía' });
      noMail = await buildMember(t.db.kysely, org.orgId, 'learner', { name: 'Noah' });
      outsider = await buildMember(t.db.kysely, org.orgId, 'teacher');
      classId = (
        await buildClass(t.db.kysely, org.orgId, { teachers: [teacher], learners: [wantsMail, noMail] })
      ).id;
      await call(t.app, wantsMail, 'PUT', '/api/me/settings', { emailMessages: true });
    });
    after(async () => {
      await queue.stop();
      await mailer.close();
      await t.close();
      await smtp.close();
    });

    test(
      'an announcement queues one job for the learner with the setting on, and the worker mails it',
      WAITS,
      async () => {
        const before = await queued();
        const posted = await call(t.app, teacher, 'POST', `${base}/classes/${classId}/announcements`, {
          body: 'Field trip on Monday',
        });
        assert.equal(posted.status, 201, posted.raw);
        assert.equal(await queued(), before + 1, 'one job: the learner with the setting off gets none');
        const mail = await smtp.next((m) => m.to === wantsMail.email, 50_000);
        assert.match(mail.text, /Field trip on Monday/);
        assert.match(mail.subject, /Ms Alvarez posted an announcement/);
        const { rows } = await sql<{ data: unknown }>`
        select data from pgboss.job where name = ${MESSAGE_MAIL_JOB}`.execute(t.db.kysely);
        assert.ok(
          rows.every((r) => !JSON.stringify(r.data).includes('Field trip')),
          'the job holds ids, not the text',
        );
        assert.deepEqual(
          smtp.received.filter((m) => m.to === noMail.email),
          [],
        );
      },
    );

    test('a rejected post queues no mail', async () => {
      const before = await queued();
      const empty = await call(t.app, teacher, 'POST', `${base}/classes/${classId}/announcements`, {
        body: ' ',
      });
      assert.equal(empty.status, 400, empty.raw);
      // A teacher who does not teach the class: Lucía (setting on) would be a recipient if it were accepted.
      const stranger = await call(t.app, outsider, 'POST', `${base}/classes/${classId}/announcements`, {
        body: 'Hello',
      });
      assert.equal(stranger.status, 404, stranger.raw);
      assert.equal(await queued(), before);
    });
  });
}
