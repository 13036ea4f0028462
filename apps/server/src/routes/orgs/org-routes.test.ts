import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { recordAudit } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import { buildOrg, buildSession, buildSignedIn, buildUser } from '../../test/factories.ts';
import { buildTestApp, signUp, type TestApp, uniqueEmail } from '../../test/test-app.ts';

for (const backend of await testBackends()) {
  describe(`organizations, invitations and join codes on ${backend.kind}`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(backend, { PUBLIC_URL: 'https://learn.example.org' });
    });
    after(() => t.close());

    test('an administrator invites by email link; only that address can accept, once', async () => {
      const { orgId, admin } = await buildOrg(t.db.kysely, { name: 'Escuela Río Claro' });
      const email = uniqueEmail('teacher');
      const invite = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${orgId}/invitations`,
        headers: admin.headers,
        payload: { email, role: 'teacher' },
      });
      assert.equal(invite.statusCode, 201, invite.body);
      const { token, url } = invite.json();
      assert.equal(url, `https://learn.example.org/invite/${token}`);
      const peek = await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
      assert.deepEqual(
        { ...(peek.json() as object), expiresAt: undefined },
        { orgName: 'Escuela Río Claro', email, role: 'teacher', status: 'open', expiresAt: undefined },
      );
      const stranger = await buildSignedIn(t.db.kysely);
      const refused = await t.app.inject({
        method: 'POST',
        url: `/api/invitations/${token}/accept`,
        headers: stranger.headers,
      });
      assert.equal(refused.statusCode, 403);
      const invitee = await buildSession(t.db.kysely, await buildUser(t.db.kysely, { email }));
      const accepted = await t.app.inject({
        method: 'POST',
        url: `/api/invitations/${token}/accept`,
        headers: invitee.headers,
      });
      assert.equal(accepted.statusCode, 200, accepted.body);
      assert.equal(accepted.json().role, 'teacher');
      const twice = await t.app.inject({
        method: 'POST',
        url: `/api/invitations/${token}/accept`,
        headers: invitee.headers,
      });
      assert.equal(twice.statusCode, 410);
      const listed = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/invitations`,
        headers: admin.headers,
      });
      assert.ok(listed.json().invitations[0].acceptedAt);
      assert.ok(!listed.body.includes(token), 'the token is not listed');
    });

    test('a join code adds learners until it is used up, and a teacher cannot mint teacher codes', async () => {
      const { orgId, admin } = await buildOrg(t.db.kysely);
      const created = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${orgId}/join-codes`,
        headers: admin.headers,
        payload: { role: 'learner', maxUses: 2 },
      });
      assert.equal(created.statusCode, 201, created.body);
      const { code } = created.json();
      assert.match(code, /^[A-Z2-9]{8}$/);
      // Joining at sign-up, with the code typed in lower case (the one sign-up over HTTP of this file).
      const first = await signUp(t.app, { joinCode: code.toLowerCase() });
      const second = await buildSignedIn(t.db.kysely);
      const joined = await t.app.inject({
        method: 'POST',
        url: '/api/join',
        headers: second.headers,
        payload: { joinCode: code },
      });
      assert.equal(joined.statusCode, 200);
      assert.equal(joined.json().role, 'learner');
      const third = await buildSignedIn(t.db.kysely);
      const full = await t.app.inject({
        method: 'POST',
        url: '/api/join',
        headers: third.headers,
        payload: { joinCode: code },
      });
      assert.equal(full.statusCode, 404);
      const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: first.headers });
      assert.deepEqual(
        me.json().memberships.map((m: { orgId: string; role: string }) => [m.orgId, m.role]),
        [[orgId, 'learner']],
      );
      const promote = await t.app.inject({
        method: 'PATCH',
        url: `/api/orgs/${orgId}/members/${first.userId}`,
        headers: admin.headers,
        payload: { role: 'teacher' },
      });
      assert.equal(promote.statusCode, 200);
      const teacherCode = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${orgId}/join-codes`,
        headers: first.headers,
        payload: { role: 'teacher' },
      });
      assert.equal(teacherCode.statusCode, 403);
      const adminTeacherCode = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${orgId}/join-codes`,
        headers: admin.headers,
        payload: { role: 'teacher' },
      });
      const teacherView = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/join-codes`,
        headers: first.headers,
      });
      assert.ok(
        teacherView.json().joinCodes.every((c: { role: string }) => c.role === 'learner'),
        'teachers see learner codes only',
      );
      const teacherRevoke = await t.app.inject({
        method: 'DELETE',
        url: `/api/orgs/${orgId}/join-codes/${adminTeacherCode.json().id}`,
        headers: first.headers,
      });
      assert.equal(teacherRevoke.statusCode, 404);
      const learnerCode = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${orgId}/join-codes`,
        headers: first.headers,
        payload: { role: 'learner', expiresInDays: 7 },
      });
      assert.equal(learnerCode.statusCode, 201);
    });

    test('roles are validated and the last administrator cannot be removed or demoted', async () => {
      const { orgId, admin } = await buildOrg(t.db.kysely);
      const bad = await t.app.inject({
        method: 'PATCH',
        url: `/api/orgs/${orgId}/members/${admin.userId}`,
        headers: admin.headers,
        payload: { role: 'overlord' },
      });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().errors[0].field, 'body/role');
      assert.match(bad.json().errors[0].message, /learner, teacher, admin, employer/);
      const demote = await t.app.inject({
        method: 'PATCH',
        url: `/api/orgs/${orgId}/members/${admin.userId}`,
        headers: admin.headers,
        payload: { role: 'learner' },
      });
      assert.equal(demote.statusCode, 409);
      assert.equal(demote.json().code, 'last_admin');
      const remove = await t.app.inject({
        method: 'DELETE',
        url: `/api/orgs/${orgId}/members/${admin.userId}`,
        headers: admin.headers,
      });
      assert.equal(remove.statusCode, 409);
      const audit = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/audit`,
        headers: admin.headers,
      });
      assert.deepEqual(audit.json().events, [], 'refused changes leave no audit entry');
    });

    test('a slug is made from the name; a taken one is refused with the field named; creation is audited', async () => {
      const admin = await buildSignedIn(t.db.kysely);
      const first = await t.app.inject({
        method: 'POST',
        url: '/api/orgs',
        headers: admin.headers,
        payload: { name: 'Same', slug: 'same-slug' },
      });
      assert.equal(first.statusCode, 201);
      const second = await t.app.inject({
        method: 'POST',
        url: '/api/orgs',
        headers: admin.headers,
        payload: { name: 'Same', slug: 'same-slug' },
      });
      assert.equal(second.statusCode, 409);
      assert.equal(second.json().errors[0].field, 'body/slug');
      const auto = await t.app.inject({
        method: 'POST',
        url: '/api/orgs',
        headers: admin.headers,
        payload: { name: 'Same Slug' },
      });
      assert.equal(auto.json().slug, 'same-slug-2');
      const accented = await t.app.inject({
        method: 'POST',
        url: '/api/orgs',
        headers: admin.headers,
        payload: { name: 'Colegio Ñandú Azul' },
      });
      assert.equal(accented.json().slug, 'colegio-nandu-azul');
      const audit = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${accented.json().id}/audit`,
        headers: admin.headers,
      });
      assert.deepEqual(
        audit.json().events.map((e: { action: string }) => e.action),
        ['organization.created'],
      );
    });

    test('the audit trail pages back 50 entries at a time, newest first, and refuses a cursor that is not an id', async () => {
      const { orgId, admin } = await buildOrg(t.db.kysely, { name: 'Paged Audit School' });
      const other = await buildOrg(t.db.kysely, { name: 'Other Audit School' });
      for (let i = 0; i < 60; i += 1) {
        await recordAudit(t.db.kysely, {
          orgId,
          action: 'class.created',
          targetType: 'class',
          targetId: `c${i}`,
        });
      }
      await recordAudit(t.db.kysely, { orgId: other.orgId, action: 'class.created', targetId: 'elsewhere' });
      const audit = (query = '') =>
        t.app.inject({ method: 'GET', url: `/api/orgs/${orgId}/audit${query}`, headers: admin.headers });
      const first = (await audit()).json();
      assert.equal(first.events.length, 50);
      assert.equal(first.events[0].targetId, 'c59', 'newest first');
      assert.equal(first.nextBefore, first.events[49].id);
      const second = (await audit(`?before=${first.nextBefore}`)).json();
      const ids = [...first.events, ...second.events].map((e: { targetId: string | null }) => e.targetId);
      // 60 classes and the organization's own creation entry (buildOrg writes none): every one once, in order.
      assert.deepEqual(
        ids.filter((id: string | null) => id?.startsWith('c')),
        Array.from({ length: 60 }, (_, i) => `c${59 - i}`),
      );
      assert.ok(!ids.includes('elsewhere'), "another organization's entries never appear");
      assert.equal(second.nextBefore, null, 'the last page says there is nothing older');
      for (const bad of ['?before=abc', '?before=0', '?after=3']) {
        const refused = await audit(bad);
        assert.equal(refused.statusCode, 400, bad);
        assert.match(refused.json().detail, /querystring\/(before|after)/, bad);
      }
      const learner = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${other.orgId}/audit`,
        headers: admin.headers,
      });
      assert.ok(
        [403, 404].includes(learner.statusCode),
        "an admin of one school cannot read another's trail",
      );
    });

    test('the OpenAPI document lists the routes and the health check names the database', async () => {
      const doc = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
      assert.equal(doc.statusCode, 200);
      assert.equal(doc.json().openapi, '3.0.3');
      assert.ok(doc.json().paths['/api/auth/sign-in']);
      assert.ok(doc.json().paths['/api/orgs/{orgId}/members']);
      const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
      assert.equal(docs.statusCode, 200);
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      assert.deepEqual(health.json(), { status: 'ok', database: backend.kind });
    });
  });
}
