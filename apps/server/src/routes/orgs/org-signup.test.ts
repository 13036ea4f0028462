import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { sql } from 'kysely';
import { issueOrgCreationCode } from '../../identity/create-organization.ts';
import { loadConfig } from '../../runtime/config.ts';
import { buildSignedIn } from '../../test/factories.ts';
import {
  buildTestApp,
  buildTestAppOnSameDb,
  type Session,
  type TestApp,
  uniqueEmail,
} from '../../test/test-app.ts';

const orgCount = async (t: TestApp) =>
  (await sql<{ n: number }>`select count(*)::int as n from organizations`.execute(t.db.kysely)).rows[0]!.n;

function create(t: TestApp, who: Session, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: '/api/orgs', headers: who.headers, payload });
}

describe('ORG_SIGNUP is parsed with the rest of the configuration', () => {
  test('open, invite or closed; invite by default; anything else is listed as a problem', () => {
    assert.equal(loadConfig({ NODE_ENV: 'test' }).orgSignup, 'invite');
    assert.equal(loadConfig({ NODE_ENV: 'test', ORG_SIGNUP: 'open' }).orgSignup, 'open');
    assert.equal(loadConfig({ NODE_ENV: 'test', ORG_SIGNUP: 'closed' }).orgSignup, 'closed');
    assert.throws(
      () => loadConfig({ NODE_ENV: 'test', ORG_SIGNUP: 'anyone' }),
      /ORG_SIGNUP must be open, invite or closed \(got "anyone"\)/,
    );
  });
});

for (const backend of await testBackends()) {
  describe(`who may create an organization (ORG_SIGNUP) on ${backend.kind}`, () => {
    // One database, three apps: organizations are counted before and after each refusal, never across tests.
    let open: TestApp;
    let invite: TestApp;
    let closed: TestApp;
    before(async () => {
      open = await buildTestApp(backend, { ORG_SIGNUP: 'open' });
      invite = await buildTestAppOnSameDb(open, { ORG_SIGNUP: 'invite' });
      closed = await buildTestAppOnSameDb(open, { ORG_SIGNUP: 'closed' });
    });
    after(async () => {
      await invite.close();
      await closed.close();
      await open.close();
    });

    test('open: anyone signed in creates one and administers it; the policy is public', async () => {
      const person = await buildSignedIn(open.db.kysely);
      const res = await create(open, person, { name: 'Open School' });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().role, 'admin');
      const policy = await open.app.inject({ method: 'GET', url: '/api/orgs/signup-policy' });
      assert.deepEqual(policy.json(), { orgSignup: 'open' });
    });

    test('closed: 403 saying only the operator creates organizations; sign-up with a name too; nothing written', async () => {
      const person = await buildSignedIn(closed.db.kysely);
      const before = await orgCount(closed);
      const res = await create(closed, person, { name: 'Closed School' });
      assert.equal(res.statusCode, 403, res.body);
      assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
      assert.equal(res.json().code, 'forbidden');
      assert.equal(res.json().orgSignup, 'closed');
      assert.match(res.json().detail, /closed on this server.*pathwise org create/);
      const email = uniqueEmail('closed');
      const signUpRes = await closed.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: { email, password: 'correct horse battery', name: 'Would Be', organizationName: 'Sneaky' },
      });
      assert.equal(signUpRes.statusCode, 403, signUpRes.body);
      const users = await sql<{
        n: number;
      }>`select count(*)::int as n from users where email = ${email}`.execute(closed.db.kysely);
      assert.equal(users.rows[0]!.n, 0, 'the refused sign-up created no account');
      assert.equal(await orgCount(closed), before);
      const policy = await closed.app.inject({ method: 'GET', url: '/api/orgs/signup-policy' });
      assert.deepEqual(policy.json(), { orgSignup: 'closed' });
    });

    test('invite: refused without a code and with a wrong one; a good code works once; stored hashed', async () => {
      const person = await buildSignedIn(invite.db.kysely);
      const before = await orgCount(invite);
      const without = await create(invite, person, { name: 'Invited School' });
      assert.equal(without.statusCode, 403, without.body);
      assert.equal(without.json().orgSignup, 'invite');
      assert.deepEqual(without.json().errors, [
        { field: 'body/creationCode', message: 'an organization-creation code is required' },
      ]);
      const wrong = await create(invite, person, {
        name: 'Invited School',
        creationCode: 'ABCD-EFGH-JKLM-NPQR',
      });
      assert.equal(wrong.statusCode, 403, wrong.body);
      assert.equal(wrong.json().errors[0].field, 'body/creationCode');
      assert.match(wrong.json().errors[0].message, /not a valid code/);
      assert.equal(await orgCount(invite), before);

      const code = await issueOrgCreationCode(invite.db.kysely, { now: new Date() });
      const stored = await sql<{ code_hash: string }>`select code_hash from org_creation_codes`.execute(
        invite.db.kysely,
      );
      assert.ok(
        stored.rows.every((r) => r.code_hash !== code && !r.code_hash.includes(code.replaceAll('-', ''))),
      );
      const good = await create(invite, person, { name: 'Invited School', creationCode: code.toLowerCase() });
      assert.equal(good.statusCode, 201, good.body);
      assert.equal(good.json().role, 'admin');
      const again = await create(invite, await buildSignedIn(invite.db.kysely), {
        name: 'Second',
        creationCode: code,
      });
      assert.equal(again.statusCode, 403, 'a code creates one organization only');
      assert.equal(await orgCount(invite), before + 1);

      const email = uniqueEmail('invited');
      const viaSignUp = await invite.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: {
          email,
          password: 'correct horse battery',
          name: 'New Admin',
          organizationName: 'Signed Up',
        },
      });
      assert.equal(
        viaSignUp.statusCode,
        403,
        'sign-up cannot create one without a code: sign up, then use it',
      );
      assert.equal(viaSignUp.json().errors[0].field, 'body/organizationName');
      assert.equal(await orgCount(invite), before + 1);
    });

    test('invite: an expired code is refused', async () => {
      const code = await issueOrgCreationCode(invite.db.kysely, {
        now: new Date(Date.now() - 40 * 24 * 3600 * 1000),
        days: 30,
      });
      const res = await create(invite, await buildSignedIn(invite.db.kysely), {
        name: 'Late',
        creationCode: code,
      });
      assert.equal(res.statusCode, 403, res.body);
    });
  });
}
