import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createEmailVerificationToken } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import { hashToken } from '../../identity/secret-token.ts';
import { linkIn, startTestSmtpServer } from '../../mail/test-smtp-server.ts';
import { buildTestApp, createOrg, signIn, signUp, type TestApp, uniqueEmail } from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';

/** A new address is unverified until the mailed link is followed; the link works once, for 24 hours. */
for (const backend of await testBackends()) {
  describe(`email verification on ${backend.kind}`, () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
    before(async () => {
      smtp = await startTestSmtpServer();
      t = await buildTestApp(backend, { SMTP_URL: smtp.url, PUBLIC_URL: 'http://pathwise.test' });
    });
    after(async () => {
      await t.close();
      await smtp.close();
    });
    const verify = (token: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/verify-email', payload: { token } });

    test('sign-up mails a link; following it once verifies the address', async () => {
      const person = await signUp(t.app, { email: uniqueEmail('new') });
      const before = await call(t.app, person, 'GET', '/api/me');
      assert.equal(before.body.user.emailVerified, false);
      const mail = await smtp.next((m) => m.to === person.email);
      const link = linkIn(mail.text, 'http://pathwise.test/verify-email?token=');
      const token = link.searchParams.get('token')!;
      const first = await verify(token);
      assert.equal(first.statusCode, 200, first.body);
      assert.deepEqual(first.json(), { email: person.email, verified: true });
      assert.equal((await call(t.app, person, 'GET', '/api/me')).body.user.emailVerified, true);
      const again = await verify(token);
      assert.equal(again.statusCode, 410);
      assert.equal(again.json().code, 'gone');
      const unknown = await verify('x'.repeat(43));
      assert.equal(unknown.statusCode, 404);
      const row = await t.db.kysely.selectFrom('email_verification_tokens').selectAll().execute();
      assert.ok(
        row.every((r) => r.token_hash !== token),
        'only the hash is stored',
      );
      const resend = await call(t.app, person, 'POST', '/api/me/email-verification');
      assert.equal(resend.status, 409, 'nothing to resend once verified');
    });

    test('an expired link is refused and verifies nothing', async () => {
      const person = await signUp(t.app);
      await createEmailVerificationToken(t.db.kysely, {
        tokenHash: hashToken('expired-token-0123456789'),
        userId: person.userId,
        email: person.email,
        expiresAt: new Date(Date.now() - 1000),
      });
      const res = await verify('expired-token-0123456789');
      assert.equal(res.statusCode, 410);
      assert.match(res.json().detail ?? res.body, /expired/);
      assert.equal((await call(t.app, person, 'GET', '/api/me')).body.user.emailVerified, false);
    });

    test('"send the link again" mails a new working link, a few times per window', async () => {
      const person = await signUp(t.app);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push((await call(t.app, person, 'POST', '/api/me/email-verification')).status);
      }
      assert.deepEqual(statuses, [202, 202, 202, 429]);
      await smtp.next(
        (m) => m.to === person.email && smtp.received.filter((r) => r.to === person.email).length >= 4,
      );
      const mails = smtp.received.filter((m) => m.to === person.email);
      const last = linkIn(mails.at(-1)!.text, 'http://pathwise.test/verify-email?token=');
      assert.equal((await verify(last.searchParams.get('token')!)).statusCode, 200);
    });

    test('accepting an invitation through its link verifies the invited address', async () => {
      const admin = await signUp(t.app);
      const orgId = await createOrg(t.app, admin);
      const email = uniqueEmail('invited');
      const invited = await call(t.app, admin, 'POST', `/api/orgs/${orgId}/invitations`, {
        email,
        role: 'teacher',
      });
      assert.equal(invited.status, 201, invited.raw);
      const mail = await smtp.next((m) => m.to === email);
      const link = linkIn(mail.text, 'http://pathwise.test/invite/');
      assert.equal(link.pathname, `/invite/${invited.body.token}`, 'the invitation mail holds the link');
      // Signed up first without the link: unverified; accepting through the link proves the mailbox.
      const person = await signUp(t.app, { email });
      assert.equal((await call(t.app, person, 'GET', '/api/me')).body.user.emailVerified, false);
      const accepted = await call(t.app, person, 'POST', `/api/invitations/${invited.body.token}/accept`);
      assert.equal(accepted.status, 200, accepted.raw);
      const me = await signIn(t.app, email, 'correct horse battery');
      assert.equal((await call(t.app, me, 'GET', '/api/me')).body.user.emailVerified, true);
    });
  });
}
