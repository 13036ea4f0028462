import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { buildTestApp, type TestApp, uniqueEmail } from '../test/test-app.ts';
import { judgeNewPassword } from './password-strength.ts';

describe('judgeNewPassword', () => {
  test('refuses blanks, short ones, common ones and ones made of the person’s own address', async () => {
    assert.equal((await judgeNewPassword(' '.repeat(10)))?.reason, 'blank');
    assert.equal((await judgeNewPassword('\t \u3000 \n    '))?.reason, 'blank');
    assert.equal((await judgeNewPassword('Zq8#'))?.reason, 'short');
    const common = await judgeNewPassword('password123');
    assert.equal(common?.reason, 'weak');
    assert.equal(common?.warning, 'common');
    assert.equal((await judgeNewPassword('qwertyuiop'))?.reason, 'weak');
    assert.equal((await judgeNewPassword('aaaaaaaaaaaa'))?.warning, 'simpleRepeat');
    const own = await judgeNewPassword('marisolquintana', [
      'marisol.quintana@example.org',
      'Marisol Quintana',
    ]);
    assert.equal(own?.reason, 'weak');
  });

  test('accepts the passwords of the demo and of the tests', async () => {
    for (const password of ['pathwise-demo', 'correct horse battery', 'long enough pw']) {
      assert.equal(await judgeNewPassword(password), null, password);
    }
  });
});

for (const backend of await testBackends()) {
  describe(`sign-up password strength on ${backend.kind}`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(backend);
    });
    after(() => t.close());

    const refused: [string, string, string][] = [
      ['ten spaces', ' '.repeat(10), 'blank'],
      ['a very common password', 'password123', 'weak'],
      ['a keyboard row', 'qwertyuiop', 'weak'],
    ];
    for (const [what, password, reason] of refused) {
      test(`${what} is refused with a 400 naming body/password and why; no account is made`, async () => {
        const email = uniqueEmail('weak');
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/auth/sign-up',
          payload: { email, password, name: 'Weak Password' },
        });
        assert.equal(res.statusCode, 400, res.body);
        assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
        const problem = res.json();
        assert.equal(problem.code, 'validation_failed');
        assert.deepEqual(
          problem.errors.map((e: { field: string }) => e.field),
          ['body/password'],
        );
        assert.equal(problem.passwordFeedback.reason, reason);
        assert.ok(!res.body.includes(password.trim() || '          '), 'the password is not echoed');
        const row = await t.db.kysely
          .selectFrom('users')
          .select('id')
          .where('email', '=', email)
          .executeTakeFirst();
        assert.equal(row, undefined);
      });
    }

    test('a password built from the person’s own address is refused', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: { email: 'marisol.quintana@example.test', password: 'marisolquintana', name: 'Marisol' },
      });
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().passwordFeedback.reason, 'weak');
    });

    test('a strong password is accepted', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: { email: uniqueEmail('strong'), password: 'correct horse battery', name: 'Strong' },
      });
      assert.ok(res.statusCode >= 200 && res.statusCode < 300, res.body);
    });
  });
}
