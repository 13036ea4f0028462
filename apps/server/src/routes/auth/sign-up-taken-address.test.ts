import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { startTestSmtpServer } from '../../mail/test-smtp-server.ts';
import { buildTestApp, signIn, signUp, type TestApp, uniqueEmail } from '../../test/test-app.ts';

/** Sign-up says nothing about whether an address already has an account. */
for (const backend of await testBackends()) {
  describe(`sign-up with a taken address on ${backend.kind}`, () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
    before(async () => {
      smtp = await startTestSmtpServer();
      t = await buildTestApp(backend, { SMTP_URL: smtp.url });
    });
    after(async () => {
      await t.close();
      await smtp.close();
    });
    const attempt = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: { password: 'another long passphrase', name: 'Mallory', ...payload },
      });
    const answer = (res: Awaited<ReturnType<typeof attempt>>) => ({
      status: res.statusCode,
      contentType: res.headers['content-type'],
      body: res.json(),
      setsCookie: res.headers['set-cookie'] !== undefined,
    });

    test('a taken and a fresh address get the same answer; the account is untouched', async () => {
      const owner = await signUp(t.app, { name: 'Olga Owner', locale: 'es' });
      const row = () =>
        t.db.kysely.selectFrom('users').selectAll().where('id', '=', owner.userId).executeTakeFirst();
      const stored = await row();
      const users = async () =>
        Number(
          (
            await t.db.kysely
              .selectFrom('users')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const countBefore = await users();
      const taken = answer(
        await attempt({ email: owner.email.toUpperCase(), organizationName: 'Mallory Corp' }),
      );
      const fresh = answer(await attempt({ email: uniqueEmail('fresh'), organizationName: 'Fresh Corp' }));
      assert.deepEqual(taken, fresh);
      assert.equal(taken.status, 202);
      assert.equal(taken.setsCookie, false, 'no session from sign-up itself, in either case');
      assert.deepEqual(await row(), stored, 'the existing account is not changed');
      assert.equal(await users(), countBefore + 1, 'only the fresh address made an account');
      const orgs = await t.db.kysely
        .selectFrom('organizations')
        .select('name')
        .where('name', '=', 'Mallory Corp')
        .execute();
      assert.deepEqual(orgs, [], 'nothing the taken attempt asked for was kept');
      const warning = await smtp.next(
        (m) => m.to === owner.email && /Pathwise/.test(m.subject) && /intentó/.test(m.text),
      );
      assert.match(
        warning.text,
        /\/sign-in/,
        'the holder is told, in their language, and pointed to sign-in',
      );
      assert.ok(!/verify-email/.test(warning.text), 'no verification link for someone else to use');
      // The owner still signs in with their own password, not the attempt's.
      await signIn(t.app, owner.email, 'correct horse battery');
      const wrong = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: owner.email, password: 'another long passphrase' },
      });
      assert.equal(wrong.statusCode, 401);
    });

    test('a bad join code is refused alike for a taken and a fresh address', async () => {
      const owner = await signUp(t.app);
      const taken = answer(await attempt({ email: owner.email, joinCode: 'NOSUCHCODE' }));
      const fresh = answer(await attempt({ email: uniqueEmail('fresh'), joinCode: 'NOSUCHCODE' }));
      assert.deepEqual(taken, fresh);
      assert.equal(taken.status, 404);
    });
  });
}
