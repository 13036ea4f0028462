import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { buildTestApp, signIn, signUp, type TestApp, uniqueEmail } from '../../test/test-app.ts';

async function countUsers(t: TestApp): Promise<number> {
  const row = await t.db.kysely
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

for (const backend of await testBackends()) {
  describe(`auth on ${backend.kind}`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(backend, { SIGN_IN_RATE_LIMIT: '5' });
    });
    after(() => t.close());

    test('sign-up creates the account (202, no session); sign-in gets an HttpOnly SameSite cookie, /api/me answers', async () => {
      const email = uniqueEmail();
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: { email: email.toUpperCase(), password: 'long enough pw', name: ' Ana ' },
      });
      assert.equal(res.statusCode, 202, res.body);
      assert.equal(res.cookies.length, 0, 'sign-up says nothing about the address, not even by a cookie');
      const signedIn = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password: 'long enough pw' },
      });
      assert.equal(signedIn.statusCode, 200, signedIn.body);
      const cookie = signedIn.cookies.find((c) => c.name === 'pw_session');
      assert.ok(cookie?.httpOnly);
      assert.equal(cookie?.sameSite, 'Lax');
      assert.equal(cookie?.path, '/');
      const me = await t.app.inject({ method: 'GET', url: '/api/me', cookies: { pw_session: cookie.value } });
      assert.equal(me.statusCode, 200);
      assert.equal(me.json().user.email, email, 'email is stored lower-cased');
      assert.equal(me.json().user.name, 'Ana');
      assert.deepEqual(me.json().memberships, []);
      assert.equal(me.json().user.kind, 'learner');
      const row = await t.db.kysely
        .selectFrom('users')
        .select('password_hash')
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
      assert.match(row.password_hash, /^scrypt\$/);
      assert.ok(!row.password_hash.includes('long enough pw'));
    });

    const badSignUps: [string, Record<string, unknown>, string][] = [
      ['a malformed email', { email: 'not-an-email', password: 'long enough pw', name: 'A' }, 'body/email'],
      ['a short password', { email: uniqueEmail(), password: 'short', name: 'A' }, 'body/password'],
      [
        'an unknown role',
        { email: uniqueEmail(), password: 'long enough pw', name: 'A', role: 'wizard' },
        'body/role',
      ],
      [
        'a privileged role',
        { email: uniqueEmail(), password: 'long enough pw', name: 'A', role: 'admin' },
        'body/role',
      ],
      ['a missing name', { email: uniqueEmail(), password: 'long enough pw' }, 'body/name'],
      [
        'an unknown field',
        { email: uniqueEmail(), password: 'long enough pw', name: 'A', isAdmin: true },
        'body/isAdmin',
      ],
    ];
    for (const [what, payload, field] of badSignUps) {
      test(`sign-up with ${what} gets a 400 naming ${field} and writes nothing`, async () => {
        const before = await countUsers(t);
        const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-up', payload });
        assert.equal(res.statusCode, 400, res.body);
        assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
        assert.equal(res.json().code, 'validation_failed');
        assert.ok(
          res.json().errors.some((e: { field: string }) => e.field === field),
          res.body,
        );
        assert.equal(res.cookies.length, 0);
        assert.equal(await countUsers(t), before);
      });
    }

    test('broken JSON and an oversized body get a 4xx problem, not a 500', async () => {
      const before = await countUsers(t);
      const broken = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        headers: { 'content-type': 'application/json' },
        payload: '{"email": "a@b.c", ',
      });
      assert.equal(broken.statusCode, 400);
      assert.equal(broken.json().errors[0].field, 'body');
      const big = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email: uniqueEmail(), password: 'x'.repeat(2_000_000), name: 'A' }),
      });
      assert.equal(big.statusCode, 413);
      assert.equal(big.json().code, 'payload_too_large');
      assert.equal(await countUsers(t), before);
    });

    test('a taken email gets the same 202 (see sign-up-taken-address.test.ts); a wrong join code rolls back', async () => {
      const first = await signUp(t.app);
      const again = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: { email: first.email, password: 'long enough pw', name: 'B' },
      });
      assert.equal(again.statusCode, 202);
      const before = await countUsers(t);
      const email = uniqueEmail();
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: { email, password: 'long enough pw', name: 'C', joinCode: 'NOPE1234' },
      });
      assert.equal(res.statusCode, 404);
      assert.equal(await countUsers(t), before, 'the user was not created');
    });

    test('a wrong password and an unknown account get the same answer', async () => {
      const person = await signUp(t.app);
      const wrong = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: person.email, password: 'not the password' },
      });
      const unknown = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: uniqueEmail(), password: 'not the password' },
      });
      assert.equal(wrong.statusCode, 401);
      assert.equal(unknown.statusCode, 401);
      assert.deepEqual(wrong.json(), unknown.json());
      assert.equal(wrong.cookies.length, 0);
      const ok = await signIn(t.app, person.email.toUpperCase(), 'correct horse battery');
      assert.equal(ok.userId, person.userId);
    });

    test('sign-in is rate-limited per address', async () => {
      const email = uniqueEmail();
      const codes: number[] = [];
      for (let i = 0; i < 7; i++) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { email, password: 'wrong password' },
        });
        codes.push(res.statusCode);
      }
      assert.deepEqual(codes.slice(0, 5), [401, 401, 401, 401, 401]);
      assert.equal(codes[5], 429);
      const limited = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password: 'wrong password' },
      });
      assert.equal(limited.json().code, 'rate_limited');
    });

    test('cookie-authenticated writes need the CSRF token, and foreign origins are refused', async () => {
      const person = await signUp(t.app);
      const without = await t.app.inject({
        method: 'PATCH',
        url: '/api/me',
        headers: { cookie: person.cookie },
        payload: { locale: 'es' },
      });
      assert.equal(without.statusCode, 403);
      assert.equal(without.json().code, 'csrf_failed');
      const wrong = await t.app.inject({
        method: 'PATCH',
        url: '/api/me',
        headers: { cookie: person.cookie, 'x-csrf-token': 'guess' },
        payload: { locale: 'es' },
      });
      assert.equal(wrong.statusCode, 403);
      const foreign = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { origin: 'https://evil.example' },
        payload: { email: person.email, password: 'correct horse battery' },
      });
      assert.equal(foreign.statusCode, 403);
      const ok = await t.app.inject({
        method: 'PATCH',
        url: '/api/me',
        headers: person.headers,
        payload: { locale: 'es' },
      });
      assert.equal(ok.statusCode, 200);
      assert.equal(ok.json().user.locale, 'es');
    });

    test('sign-out ends the session', async () => {
      const person = await signUp(t.app);
      const out = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: person.headers });
      assert.equal(out.statusCode, 204);
      const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: person.cookie } });
      assert.equal(me.statusCode, 401);
      assert.equal(me.json().code, 'unauthenticated');
    });
  });
}

describe('cookies outside tests', async () => {
  const [backend] = await testBackends();
  test('the session cookie is Secure when NODE_ENV is not test', async () => {
    const t = await buildTestApp(backend!, { NODE_ENV: 'production', LOG_LEVEL: 'silent' });
    try {
      const email = uniqueEmail();
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: { email, password: 'long enough pw', name: 'S' },
      });
      assert.equal(res.statusCode, 202);
      const signedIn = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password: 'long enough pw' },
      });
      assert.equal(signedIn.cookies.find((c) => c.name === 'pw_session')?.secure, true);
    } finally {
      await t.close();
    }
  });
});
