import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { candidatePseudonym } from '../../discovery/candidate-pseudonym.ts';
import { installDemoContent } from '../../learning/install-demo-content.ts';
import { startTestSmtpServer } from '../../mail/test-smtp-server.ts';
import { buildMember, buildOrg, type Member } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';

/**
 * A contact request reaches the learner by e-mail too, when they turned on "e-mail me new messages" (off by default):
 * in their language, with who asks, the job and the message, and where to answer; nothing that signs anyone in.
 */
for (const backend of await testBackends()) {
  describe(`contact requests by e-mail on ${backend.kind}`, () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
    let base: string;
    let orgId: string;
    let employer: Member;
    const learners: Record<'wantsMail' | 'noMail', Member> = {} as never;

    before(async () => {
      smtp = await startTestSmtpServer();
      t = await buildTestApp(backend, { SMTP_URL: smtp.url, PUBLIC_URL: 'http://pathwise.test' });
      const org = await buildOrg(t.db.kysely, { name: 'Hiring School' });
      orgId = org.orgId;
      base = `/api/orgs/${orgId}`;
      await installDemoContent(t.db.kysely, orgId);
      employer = await buildMember(t.db.kysely, orgId, 'employer', { name: 'Emil Employer' });
      learners.wantsMail = await buildMember(t.db.kysely, orgId, 'learner', { name: 'Lucía', locale: 'es' });
      learners.noMail = await buildMember(t.db.kysely, orgId, 'learner', { name: 'Noah' });
      const achievement = await call(t.app, org.admin, 'POST', `${base}/achievements`, {
        name: 'Adding integers',
        criteria: { evidence: { required: true } },
        skillIds: ['alg.integers-add'],
      });
      assert.equal(achievement.status, 201, achievement.raw);
      for (const learner of Object.values(learners)) {
        const awarded = await call(
          t.app,
          org.admin,
          'POST',
          `${base}/achievements/${achievement.body.id}/awards`,
          {
            learnerId: learner.userId,
            narrative: 'Shown in class',
          },
        );
        assert.equal(awarded.status, 201, awarded.raw);
        const on = await call(t.app, learner, 'PUT', `${base}/record/discovery`, {
          enabled: true,
          credentialIds: [awarded.body.awarded.id],
        });
        assert.equal(on.status, 200, on.raw);
      }
      const mailOn = await call(t.app, learners.wantsMail, 'PUT', '/api/me/settings', {
        emailMessages: true,
      });
      assert.equal(mailOn.status, 200, mailOn.raw);
    });
    after(async () => {
      await t.close();
      await smtp.close();
    });

    async function pseudonymOf(learner: Member): Promise<string> {
      const row = await t.db.kysely
        .selectFrom('discovery_settings')
        .select('handle')
        .where('org_id', '=', orgId)
        .where('user_id', '=', learner.userId)
        .executeTakeFirstOrThrow();
      return candidatePseudonym(row.handle, orgId, employer.userId);
    }

    test('the learner who asked for mail gets one in Spanish; the other gets none', async () => {
      const profile = await call(t.app, employer, 'POST', `${base}/job-profiles`, {
        name: 'Bookkeeping assistant',
        skills: [{ name: 'Adding integers', skillIds: ['alg.integers-add'] }],
      });
      assert.equal(profile.status, 201, profile.raw);
      const quiet = await call(t.app, employer, 'POST', `${base}/contact-requests`, {
        candidate: await pseudonymOf(learners.noMail),
        message: 'Hello Noah, may we talk?',
        profileId: profile.body.id,
      });
      assert.equal(quiet.status, 201, quiet.raw);
      const asked = await call(t.app, employer, 'POST', `${base}/contact-requests`, {
        candidate: await pseudonymOf(learners.wantsMail),
        message: '¿Podemos hablar de un puesto?',
        profileId: profile.body.id,
      });
      assert.equal(asked.status, 201, asked.raw);
      const mail = await smtp.next((m) => m.to === learners.wantsMail.email);
      assert.equal(mail.subject, 'Emil Employer (Hiring School) quiere ponerse en contacto contigo');
      assert.match(mail.text, /Sobre el puesto: Bookkeeping assistant/);
      assert.match(mail.text, /¿Podemos hablar de un puesto\?/);
      assert.match(mail.text, /No se comparte nada tuyo hasta que aceptes/);
      assert.match(mail.text, /http:\/\/pathwise\.test\/o\/[a-z0-9-]+\/record/);
      assert.ok(!/token=|pws_|password|contraseña/i.test(mail.text), 'no secret or sign-in link in the mail');
      assert.deepEqual(
        smtp.received.filter((m) => m.to === learners.noMail.email),
        [],
        'the learner with the setting off gets no mail',
      );
    });
  });
}
