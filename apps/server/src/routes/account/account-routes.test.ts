import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { sql } from 'kysely';
import {
  addMember,
  buildTestApp,
  createOrg,
  type Session,
  signIn,
  signUp,
  type TestApp,
} from '../../test/test-app.ts';
import { call, type LearningOrg, learningOrg } from '../learning/learning-test-kit.ts';
import { answerOnce, exportOf, rowCounts } from './account-test-kit.ts';

const PASSWORD = 'correct horse battery';

for (const backend of await testBackends()) {
  describe(`a learner's data export and account deletion on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let base: string;
    let other: Session;
    let secondOrg: string;
    let credential: Record<string, unknown>;
    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t, 'Privacy School');
      base = `/api/orgs/${o.orgId}`;
      other = await addMember(t.app, o.admin, o.orgId, 'learner');
      for (const learner of [o.learner, other]) await answerOnce(t, learner, base);
      const project = await call(t.app, o.admin, 'POST', `${base}/achievements`, {
        name: 'Privacy project',
        criteria: { evidence: { required: true, narrative: 'a project' } },
      });
      assert.equal(project.status, 201, project.raw);
      for (const learner of [o.learner, other]) {
        const award = await call(t.app, o.admin, 'POST', `${base}/achievements/${project.body.id}/awards`, {
          learnerId: learner.userId,
          narrative: 'A careful project',
        });
        assert.equal(award.status, 201, award.raw);
      }
      const consent = await call(t.app, o.learner, 'PATCH', `${base}/analytics-consent`, {
        riskScoring: true,
      });
      assert.equal(consent.status, 200, consent.raw);
      const record = await call(t.app, o.learner, 'GET', `${base}/record`);
      const link = await call(t.app, o.learner, 'POST', `${base}/record/share-links`, {
        credentialIds: record.body.credentials.map((c: { id: string }) => c.id),
        days: 7,
      });
      assert.equal(link.status, 201, link.raw);
      const viewed = await t.app.inject({ method: 'GET', url: `/api/share/${link.body.token}` });
      assert.equal(viewed.statusCode, 200, viewed.body);
      // A second organization, where the learner is invited too: the export spans both.
      const admin2 = await signUp(t.app, { name: 'Second admin' });
      secondOrg = await createOrg(t.app, admin2, 'Second School');
      const invite = await call(t.app, admin2, 'POST', `/api/orgs/${secondOrg}/invitations`, {
        email: o.learner.email,
        role: 'learner',
      });
      assert.equal(invite.status, 201, invite.raw);
      const accepted = await call(t.app, o.learner, 'POST', `/api/invitations/${invite.body.token}/accept`);
      assert.equal(accepted.status, 200, accepted.raw);
    });
    after(() => t.close());

    test('the export holds the person’s data from every organization, and nobody else’s', async () => {
      const { text, doc } = await exportOf(t, o.learner);
      assert.equal(doc.format, 'pathwise-account-export');
      assert.equal(doc.version, 1);
      assert.equal(doc.profile.email, o.learner.email);
      assert.deepEqual(doc.memberships.map((m: { org_name: string }) => m.org_name).sort(), [
        'Privacy School',
        'Second School',
      ]);
      assert.ok(doc.learning.enrollments.length === 1 && doc.learning.attempts.length >= 1, text);
      assert.ok(doc.learning.skillStates.length > 0 && doc.learning.servedItems.length > 0);
      for (const row of [...doc.learning.attempts, ...doc.learning.skillStates])
        assert.equal(row.user_id, o.learner.userId);
      assert.equal(doc.credentials.issued.length, 1);
      credential = doc.credentials.issued[0].document;
      assert.ok(credential.proof, 'the signed document as issued');
      assert.ok(doc.credentials.notifications.length >= 1);
      assert.equal(doc.credentials.shareLinks[0].views.length, 1, 'the share link with its view log');
      assert.equal(doc.analytics.consents[0].risk_scoring, true);
      assert.ok(doc.invitations.some((i: { org_id: string }) => i.org_id === secondOrg));
      assert.ok(doc.xapi.statements.length >= 2, 'attempt and credential statements');
      for (const s of doc.xapi.statements) assert.equal(s.statement.actor.account.name, o.learner.userId);
      assert.ok(doc.auditEntries.some((a: { action: string }) => a.action === 'invitation.accepted'));
      assert.ok(!text.includes(other.userId) && !text.includes(other.email), 'nothing of the other learner');
      for (const secret of ['password_hash', 'token_hash', 'sealed_secret', 'csrf', 'secret_hash'])
        assert.ok(!text.includes(secret), `no ${secret} in the file`);
    });

    test('only a signed-in person exports, never a token or an anonymous caller', async () => {
      const anonymous = await t.app.inject({ method: 'GET', url: '/api/me/export' });
      assert.equal(anonymous.statusCode, 401);
      const token = await call(t.app, o.admin, 'POST', `${base}/tokens`, { name: 'sync', role: 'admin' });
      const byToken = await t.app.inject({
        method: 'GET',
        url: '/api/me/export',
        headers: { authorization: `Bearer ${token.body.token}` },
      });
      assert.equal(byToken.statusCode, 403);
      const openapi = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      assert.ok(openapi.paths['/api/me/export'].get.responses['200'], 'the export file is documented');
      assert.ok(openapi.paths['/api/me'].delete.requestBody, 'the deletion body is documented');
    });

    test('a wrong password, a missing CSRF token or being the only admin is refused, changing no row', async () => {
      const before = await rowCounts(t.db);
      const wrong = await t.app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: o.learner.headers,
        payload: { password: 'not my password' },
      });
      assert.equal(wrong.statusCode, 400, wrong.body);
      assert.equal(wrong.json().errors[0].field, 'body/password');
      const noCsrf = await t.app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: { cookie: o.learner.cookie },
        payload: { password: PASSWORD },
      });
      assert.equal(noCsrf.statusCode, 403, noCsrf.body);
      const onlyAdmin = await t.app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: o.admin.headers,
        payload: { password: PASSWORD },
      });
      assert.equal(onlyAdmin.statusCode, 409, onlyAdmin.body);
      assert.equal(onlyAdmin.json().code, 'last_admin');
      assert.match(onlyAdmin.json().detail, /"Privacy School".*another member an administrator/);
      assert.deepEqual(
        onlyAdmin.json().errors.map((e: { field: string }) => e.field),
        [`organizations/${o.orgId}`],
        'the organization is named by id too, for the web page',
      );
      assert.deepEqual(await rowCounts(t.db), before);
      await signIn(t.app, o.learner.email, PASSWORD);
      await signIn(t.app, o.admin.email, PASSWORD);
    });

    test('deletion erases the person, keeps others, is audited, and the credential still verifies', async () => {
      const othersBefore = (await exportOf(t, other)).doc;
      const res = await t.app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: o.learner.headers,
        payload: { password: PASSWORD },
      });
      assert.equal(res.statusCode, 204, res.body);
      const cleared = res.cookies.find((c) => c.name === 'pw_session');
      assert.ok(cleared && cleared.value === '' && new Date(cleared.expires ?? 0).getTime() <= Date.now());

      const db = t.db.kysely;
      const user = await db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', o.learner.userId)
        .executeTakeFirstOrThrow();
      assert.notEqual(user.email, o.learner.email);
      assert.equal(user.name, '');
      assert.ok(user.deleted_at);
      const left = async (table: string, column = 'user_id') =>
        Number(
          (
            await sql<{
              n: string;
            }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${o.learner.userId}`.execute(
              db,
            )
          ).rows[0]?.n,
        );
      for (const table of [
        'sessions',
        'memberships',
        'enrollments',
        'served_items',
        'attempts',
        'learner_states',
        'learner_skill_states',
        'mastery_history',
        'review_cards',
        'tutor_turns',
        'analytics_consents',
        'credential_notifications',
        'share_links',
        'issued_credentials',
        'class_members',
        'learner_activity_daily',
      ]) {
        assert.equal(await left(table), 0, `${table} keeps no row of the person`);
      }
      const invitations = await db
        .selectFrom('invitations')
        .select('id')
        .where('email', '=', o.learner.email)
        .execute();
      assert.equal(invitations.length, 0);
      const statements = await sql<{ n: string }>`
        select count(*) as n from xapi_statements where statement->'actor'->'account'->>'name' = ${o.learner.userId}`.execute(
        db,
      );
      assert.equal(Number(statements.rows[0]?.n), 0, 'no statement with the person as actor');
      const kept = await db
        .selectFrom('issued_credentials')
        .selectAll()
        .where('credential_id', '=', String(credential.id))
        .executeTakeFirstOrThrow();
      assert.equal(kept.user_id, null);
      assert.ok(!JSON.stringify(kept.document).includes('proof'), 'the stored copy is erased');

      const audit = await db
        .selectFrom('audit_events')
        .selectAll()
        .where('action', '=', 'account.deleted')
        .where('actor_user_id', '=', o.learner.userId)
        .execute();
      assert.deepEqual(audit.map((a) => a.org_id).sort(), [o.orgId, secondOrg, null].sort());
      assert.ok(!JSON.stringify(audit).includes(o.learner.email), 'no personal data in the audit entries');

      const verified = await t.app.inject({ method: 'POST', url: '/api/verify', payload: credential });
      const result = verified.json() as { verified: boolean; checks: { name: string; ok: boolean }[] };
      assert.equal(result.verified, true, verified.body);
      assert.deepEqual(
        result.checks.filter((c) => !c.ok),
        [],
      );
      assert.ok(result.checks.some((c) => c.name === 'log-inclusion' && c.ok));

      const signInAgain = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: o.learner.email, password: PASSWORD },
      });
      assert.equal(signInAgain.statusCode, 401);
      const oldCookie = await t.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { cookie: o.learner.cookie },
      });
      assert.equal(oldCookie.statusCode, 401);

      const othersAfter = (await exportOf(t, other)).doc;
      for (const section of [
        'profile',
        'memberships',
        'learning',
        'classes',
        'analytics',
        'credentials',
        'xapi',
      ])
        assert.deepEqual(othersAfter[section], othersBefore[section], `the other learner's ${section}`);
      const members = await call(t.app, o.admin, 'GET', `${base}/members`);
      assert.ok(!members.raw.includes(o.learner.email));

      const again = await signUp(t.app, { email: o.learner.email });
      assert.notEqual(again.userId, o.learner.userId, 'the address may sign up again, as a new account');
    });
  });
}
