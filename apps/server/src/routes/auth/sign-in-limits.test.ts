import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { type HashQueue, passwordHashing } from '../../identity/hash-queue.ts';
import { buildTestApp, signUp, type TestApp, uniqueEmail } from '../../test/test-app.ts';

const PASSWORD = 'correct horse battery';

function signIn(t: TestApp, email: string, password: string, remoteAddress = '127.0.0.1') {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password },
    remoteAddress,
  });
}

/**
 * Counts the jobs that reach the password hashing gate from now on: `reached` resolves once `count` have. The gate
 * decides at the call whether a job starts, waits or is refused, so by then every one of them is in its stats.
 */
function watchGate(count: number): { reached: Promise<void>; stop(): void } {
  const run = passwordHashing.run;
  let seen = 0;
  let resolve!: () => void;
  const reached = new Promise<void>((r) => {
    resolve = r;
  });
  passwordHashing.run = function <T>(this: HashQueue, job: () => Promise<T>): Promise<T> {
    const result = run.call(this, job) as Promise<T>;
    if (++seen === count) resolve();
    return result;
  };
  return { reached, stop: () => Reflect.deleteProperty(passwordHashing, 'run') };
}

/** Spellings of one address that sign-in must treat as that address: spaces, case, full-width (NFKC) forms. */
function variantsOf(email: string): string[] {
  const [local = '', domain = ''] = email.split('@');
  const fullWidth = (s: string) =>
    [...s].map((c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).join('');
  return [
    email,
    ` ${email}`,
    `${email} `,
    `\t${email}\n`,
    email.toUpperCase(),
    `${local.toUpperCase()}@${domain}`,
    `\u3000${email}`, // an ideographic space: NFKC makes it a plain one
    `${fullWidth(local.slice(0, 1))}${local.slice(1)}@${domain}`, // a full-width first letter
    `${local}＠${domain}`, // a full-width at sign
    `  ${email.toUpperCase()}  `,
    `${fullWidth(local)}@${domain}`,
    `${local}@${domain.toUpperCase()} `,
  ];
}

for (const backend of await testBackends()) {
  describe(`sign-in and password limits on ${backend.kind}`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(backend, { SIGN_IN_RATE_LIMIT: '10', SIGN_IN_IP_RATE_LIMIT: '1000' });
    });
    after(() => t.close());

    test('a full-width or spaced spelling of the address signs in to the same account (one normalized key)', async () => {
      const person = await signUp(t.app);
      const [, , , , , , ideographic, fullWidthFirst, fullWidthAt] = variantsOf(person.email);
      for (const spelling of [ideographic!, fullWidthFirst!, fullWidthAt!]) {
        const res = await signIn(t, spelling, PASSWORD);
        assert.equal(res.statusCode, 200, `${JSON.stringify(spelling)}: ${res.body}`);
        assert.equal(res.json().user.id, person.userId);
      }
    });

    test('12 wrong tries with spellings of one address, from different clients, share one limit: 429 after 10', async () => {
      const person = await signUp(t.app);
      const variants = variantsOf(person.email);
      assert.equal(new Set(variants).size, 12);
      const statuses: number[] = [];
      for (const [i, spelling] of variants.entries()) {
        const res = await signIn(t, spelling, 'wrong password!', `10.0.0.${i + 1}`);
        statuses.push(res.statusCode);
      }
      // The sign-up helper may itself sign in once: at most 10 tries in all, then every spelling is refused.
      const tried = statuses.filter((s) => s === 401).length;
      assert.ok(tried >= 9 && tried <= 10, statuses.join(','));
      assert.deepEqual(statuses.slice(tried), Array(12 - tried).fill(429), statuses.join(','));
      const blocked = await signIn(t, person.email, PASSWORD, '10.0.1.1');
      assert.equal(blocked.statusCode, 429, 'the right password waits out the minute too');
      assert.equal(blocked.json().code, 'rate_limited');
      assert.ok(Number(blocked.headers['retry-after']) > 0, 'says when to come back');
    });

    test('DELETE /api/me: 11 wrong passwords from 11 clients → 429 and the account is still there', async () => {
      const person = await signUp(t.app);
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        const res = await t.app.inject({
          method: 'DELETE',
          url: '/api/me',
          headers: person.headers,
          payload: { password: `wrong password ${i}` },
          remoteAddress: `10.1.0.${i + 1}`,
        });
        statuses.push(res.statusCode);
      }
      assert.equal(statuses.filter((s) => s === 429).length, 1, statuses.join(','));
      assert.equal(statuses[10], 429, statuses.join(','));
      const right = await t.app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: person.headers,
        payload: { password: PASSWORD },
        remoteAddress: '10.1.1.1',
      });
      assert.equal(right.statusCode, 429, 'the right password waits out the minute too');
      const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: person.cookie } });
      assert.equal(me.statusCode, 200, 'the account is still there');
      const row = await t.db.kysely
        .selectFrom('users')
        .select('id')
        .where('id', '=', person.userId)
        .executeTakeFirst();
      assert.ok(row);
    });

    test('sign-up of one address, in any case and from any client, is limited: 429 after 10 (no mail flood)', async () => {
      const person = await signUp(t.app);
      const statuses: number[] = [];
      const [local = '', domain = ''] = person.email.split('@');
      // Spellings the sign-up schema accepts as an email (spaces are refused before the limiter counts).
      const cases = [person.email, person.email.toUpperCase(), `${local.toUpperCase()}@${domain}`];
      for (let i = 0; i < 12; i++) {
        const spelling = cases[i % cases.length]!;
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/auth/sign-up',
          payload: { email: spelling, password: 'another long passphrase 42', name: 'Someone Else' },
          remoteAddress: `10.2.0.${i + 1}`,
        });
        statuses.push(res.statusCode);
      }
      // The helper's own sign-up counted once: 9 more answered 202, then every spelling is refused.
      assert.deepEqual(statuses, [...Array(9).fill(202), 429, 429, 429], statuses.join(','));
    });

    test('sign-ups from one client are limited before any password is hashed', async () => {
      const limited = await buildTestApp(backend, { SIGN_IN_IP_RATE_LIMIT: '3' });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 5; i++) {
          const res = await limited.app.inject({
            method: 'POST',
            url: '/api/auth/sign-up',
            payload: { email: uniqueEmail('flood'), password: 'another long passphrase 42', name: 'Flood' },
            remoteAddress: '10.3.0.1',
          });
          statuses.push(res.statusCode);
        }
        assert.deepEqual(statuses, [202, 202, 202, 429, 429], statuses.join(','));
      } finally {
        await limited.close();
      }
    });
  });

  describe(`sign-in floods on ${backend.kind}`, () => {
    test('one client over its per-IP limit is refused before any password is hashed', async () => {
      const t = await buildTestApp(backend, { SIGN_IN_IP_RATE_LIMIT: '20', SIGN_IN_RATE_LIMIT: '100' });
      try {
        passwordHashing.resetStats();
        const answers = await Promise.all(
          Array.from({ length: 40 }, () => signIn(t, uniqueEmail('flood'), 'some password', '10.2.0.1')),
        );
        const statuses = answers.map((a) => a.statusCode);
        assert.equal(statuses.filter((s) => s === 429).length, 20, statuses.join(','));
        assert.equal(statuses.filter((s) => s === 401).length, 20, statuses.join(','));
        assert.ok(
          answers.filter((a) => a.statusCode === 429).every((a) => Number(a.headers['retry-after']) > 0),
        );
        assert.equal(passwordHashing.stats().started, 20, 'only the allowed sign-ins hashed a password');
      } finally {
        await t.close();
      }
    });

    test('a flood of sign-ins at the real hash cost: bounded hashing, fast 503s past the queue, /api/health answers meanwhile', async () => {
      const t = await buildTestApp(backend, {
        PASSWORD_HASH_COST: '32768',
        SIGN_IN_IP_RATE_LIMIT: '1000',
        SIGN_IN_RATE_LIMIT: '1000',
      });
      try {
        // Wait for the start-up hash (the unknown-account dummy) so the flood starts from an idle queue.
        await signIn(t, uniqueEmail('warm'), 'some password');
        passwordHashing.resetStats();
        const { limit, maxQueue } = passwordHashing.stats();
        const flood = limit + maxQueue + 8;
        const gate = watchGate(flood);
        let signIns: Promise<Awaited<ReturnType<typeof signIn>>[]>;
        try {
          signIns = Promise.all(
            Array.from({ length: flood }, (_, i) =>
              signIn(t, uniqueEmail('flood'), 'some password', `10.3.${i >> 8}.${i & 255}`),
            ),
          );
          // Once every sign-in has reached the hashing gate, a cheap request must still be answered while they
          // wait. (Should one never reach it, the sign-ins all end first and the count below says so.)
          await Promise.race([gate.reached, signIns]);
        } finally {
          gate.stop();
        }
        const reachedGate = () => {
          const s = passwordHashing.stats();
          return s.started + s.queued + s.rejected;
        };
        assert.equal(reachedGate(), flood, 'every sign-in reached the hashing gate');
        const health = await t.app.inject({ method: 'GET', url: '/api/health' });
        const during = passwordHashing.stats();
        assert.equal(health.statusCode, 200);
        assert.ok(
          during.queued > 0 || during.active > 0,
          'health answered while sign-ins were still hashing',
        );
        const answers = await signIns;
        const stats = passwordHashing.stats();
        assert.ok(stats.peak <= limit, `at most ${limit} derivations at once (saw ${stats.peak})`);
        const unavailable = answers.filter((a) => a.statusCode === 503);
        assert.equal(unavailable.length, flood - limit - maxQueue, 'the ones past the queue got a 503');
        assert.equal(stats.rejected, unavailable.length);
        assert.equal(answers.filter((a) => a.statusCode === 401).length, limit + maxQueue);
        for (const answer of unavailable) {
          assert.equal(answer.json().code, 'unavailable');
          assert.equal(answer.headers['content-type'], 'application/problem+json; charset=utf-8');
          assert.equal(answer.headers['retry-after'], '1');
        }
      } finally {
        await t.close();
      }
    });
  });
}
