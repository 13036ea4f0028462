import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { ROLES, type Role } from '@pathwise/core';
import { testBackends } from '@pathwise/db/testing';
import { sql } from 'kysely';
import type { App } from '../runtime/types.ts';
import { addMember, buildTestApp, createOrg, type Session, signUp, type TestApp } from '../test/test-app.ts';

/**
 * The authorization matrix: every org-scoped route × every role × own / other organization × session / token.
 * Routes are taken from the app itself, so a route added later is covered without touching this test.
 */

interface Tenant {
  orgId: string;
  sessions: Record<Role, Session>;
  tokens: Record<Role, string>;
  /** Real ids of this organization's resources, for cross-tenant attempts. */
  ids: { userId: string; invitationId: string; joinCodeId: string; tokenId: string };
}

async function post(app: App, url: string, s: Session, payload: object) {
  const res = await app.inject({ method: 'POST', url, headers: s.headers, payload });
  assert.equal(res.statusCode, 201, `${url}: ${res.body}`);
  return res.json();
}

async function buildTenant(app: App, name: string): Promise<Tenant> {
  const admin = await signUp(app, { name: `${name} admin` });
  const orgId = await createOrg(app, admin, name);
  const sessions = { admin } as Record<Role, Session>;
  for (const role of ROLES) if (role !== 'admin') sessions[role] = await addMember(app, admin, orgId, role);
  const tokens = {} as Record<Role, string>;
  let tokenId = '';
  for (const role of ROLES) {
    const created = await post(app, `/api/orgs/${orgId}/tokens`, admin, { name: `${role} token`, role });
    tokens[role] = created.token;
    tokenId = created.id;
  }
  const invitation = await post(app, `/api/orgs/${orgId}/invitations`, admin, {
    email: `someone-${name.replaceAll(' ', '-').toLowerCase()}@example.test`,
    role: 'learner',
  });
  const joinCode = await post(app, `/api/orgs/${orgId}/join-codes`, admin, { role: 'learner' });
  return {
    orgId,
    sessions,
    tokens,
    ids: { userId: sessions.learner.userId, invitationId: invitation.id, joinCodeId: joinCode.id, tokenId },
  };
}

function fill(url: string, orgId: string, ids: Tenant['ids']): string {
  return url
    .replace(':orgId', orgId)
    .replace(':userId', ids.userId)
    .replace(':invitationId', ids.invitationId)
    .replace(':joinCodeId', ids.joinCodeId)
    .replace(':tokenId', ids.tokenId)
    .replace(/:[A-Za-z]+/g, () => randomUUID());
}

type Caller =
  | { kind: 'session'; session: Session }
  | { kind: 'token'; token: string }
  | { kind: 'anonymous' };

async function call(app: App, method: string, url: string, caller: Caller) {
  const headers: Record<string, string> =
    caller.kind === 'session'
      ? caller.session.headers
      : caller.kind === 'token'
        ? { authorization: `Bearer ${caller.token}` }
        : {};
  const res = await app.inject({
    method: method as 'GET',
    url,
    headers,
    ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
  });
  return { status: res.statusCode, body: res.body ? (res.json() as { code?: string; detail?: string }) : {} };
}

/** Everything an organization owns, as one comparable snapshot. */
async function snapshot(t: TestApp, orgId: string) {
  const q = async (text: string) =>
    (await sql.raw(text.replaceAll('$ORG', `'${orgId}'`)).execute(t.db.kysely)).rows;
  return {
    members: await q('select user_id, role from memberships where org_id = $ORG order by user_id'),
    invitations: await q(
      'select id, revoked_at, accepted_at from invitations where org_id = $ORG order by id',
    ),
    joinCodes: await q('select id, revoked_at, uses from join_codes where org_id = $ORG order by id'),
    tokens: await q('select id, revoked_at from api_tokens where org_id = $ORG order by id'),
    org: await q(
      'select name, slug, settings, teachers_enrol_any_learner from organizations where id = $ORG',
    ),
  };
}

for (const backend of await testBackends()) {
  describe(`authorization matrix on ${backend.kind}`, () => {
    let t: TestApp;
    let a: Tenant;
    let b: Tenant;
    let outsider: Session;
    before(async () => {
      t = await buildTestApp(backend);
      a = await buildTenant(t.app, 'Alpha School');
      b = await buildTenant(t.app, 'Beta Corp');
      outsider = await signUp(t.app, { name: 'Outsider' });
    });
    after(() => t.close());

    test('every /api route declares access, and org routes exist to check', () => {
      const orgRoutes = t.app.routeAccess.filter((r) => typeof r.access === 'object');
      assert.ok(orgRoutes.length >= 14, `only ${orgRoutes.length} org-scoped routes`);
      assert.ok(t.app.routeAccess.every((r) => r.access !== undefined));
    });

    test('within its own organization, each role reaches exactly the routes allowed to it', async () => {
      for (const route of t.app.routeAccess) {
        if (typeof route.access !== 'object') continue;
        for (const role of ROLES) {
          for (const caller of [
            { kind: 'session', session: a.sessions[role] },
            { kind: 'token', token: a.tokens[role] },
          ] as Caller[]) {
            const url = fill(route.url, a.orgId, {
              userId: randomUUID(),
              invitationId: randomUUID(),
              joinCodeId: randomUUID(),
              tokenId: randomUUID(),
            });
            const res = await call(t.app, route.method, url, caller);
            const label = `${route.method} ${route.url} as ${role} ${caller.kind}: ${res.status} ${JSON.stringify(res.body)}`;
            const allowed =
              route.access.roles.includes(role) && !(route.access.sessionOnly && caller.kind === 'token');
            if (allowed) {
              assert.ok(![401, 403].includes(res.status), label);
              assert.ok(!(res.status === 404 && res.body.detail === 'No such organization'), label);
            } else {
              assert.equal(res.status, 403, label);
              assert.equal(res.body.code, 'forbidden', label);
            }
          }
        }
      }
    });

    test('nobody outside an organization reads or changes its data, even with the real ids of its resources', async () => {
      const before = await snapshot(t, a.orgId);
      const attackers: [string, Caller][] = [
        ['anonymous', { kind: 'anonymous' }],
        ['outsider', { kind: 'session', session: outsider }],
        ...ROLES.map(
          (r) => [`beta ${r} session`, { kind: 'session', session: b.sessions[r] }] as [string, Caller],
        ),
        ...ROLES.map((r) => [`beta ${r} token`, { kind: 'token', token: b.tokens[r] }] as [string, Caller]),
      ];
      for (const route of t.app.routeAccess) {
        if (typeof route.access !== 'object') continue;
        for (const [who, caller] of attackers) {
          // Alpha's organization in the path: the caller is not a member.
          const direct = await call(t.app, route.method, fill(route.url, a.orgId, a.ids), caller);
          const label = `${route.method} ${route.url} by ${who}: ${direct.status} ${JSON.stringify(direct.body)}`;
          // Person-only routes refuse every token before looking at the organization, which reveals nothing.
          const expected: number =
            caller.kind === 'anonymous'
              ? 401
              : caller.kind === 'token' && route.access.sessionOnly
                ? 403
                : 404;
          assert.equal(direct.status, expected, label);
          // The caller's own organization in the path, Alpha's resource ids in the rest (IDOR attempt).
          if (caller.kind !== 'anonymous' && route.url.split(':').length > 2 && who !== 'outsider') {
            const idor = await call(t.app, route.method, fill(route.url, b.orgId, a.ids), caller);
            assert.ok(
              [400, 403, 404].includes(idor.status),
              `IDOR ${route.method} ${route.url} by ${who}: ${idor.status}`,
            );
          }
        }
      }
      assert.deepEqual(await snapshot(t, a.orgId), before, "Alpha's data did not change");
    });

    test('a teacher reaches only the learners of their own classes; the organization setting lets them add others', async () => {
      const base = `/api/orgs/${a.orgId}`;
      const as = (s: Session, method: string, url: string, payload?: object) =>
        t.app.inject({
          method: method as 'GET',
          url: `${base}${url}`,
          headers: s.headers,
          ...(payload ? { payload } : {}),
        });
      const teacherA = a.sessions.teacher;
      const teacherB = await addMember(t.app, a.sessions.admin, a.orgId, 'teacher');
      const onlyInB = await addMember(t.app, a.sessions.admin, a.orgId, 'learner');
      const classA = (await as(teacherA, 'POST', '/classes', { name: 'Class A' })).json().id as string;
      const classB = (await as(teacherB, 'POST', '/classes', { name: 'Class B' })).json().id as string;
      const enrol = { userIds: [onlyInB.userId], role: 'learner' };
      assert.equal((await as(a.sessions.admin, 'POST', `/classes/${classB}/members`, enrol)).statusCode, 204);
      const achievement = await as(a.sessions.admin, 'POST', '/achievements', {
        name: 'Matrix badge',
        criteria: { evidence: { required: true, narrative: 'a project' } },
      });
      assert.equal(achievement.statusCode, 201, achievement.body);
      const award = `/achievements/${achievement.json().id}/awards`;

      const timeline = await as(teacherA, 'GET', `/classes/${classB}/learners/${onlyInB.userId}/timeline`);
      assert.equal(timeline.statusCode, 404, 'timeline through a class they do not teach');
      const viaOwn = await as(teacherA, 'GET', `/classes/${classA}/learners/${onlyInB.userId}/timeline`);
      assert.equal(viaOwn.statusCode, 404, 'timeline through their own class');
      const awarded = await as(teacherA, 'POST', award, { learnerId: onlyInB.userId, narrative: 'Work' });
      assert.equal(awarded.statusCode, 404, awarded.body);
      assert.equal((await as(teacherA, 'POST', `/classes/${classA}/members`, enrol)).statusCode, 403);
      assert.equal((await as(teacherA, 'GET', `/classes/${classB}`)).statusCode, 404, 'member listing of B');
      const picker = await as(teacherA, 'GET', `/classes/${classA}/candidates`);
      assert.equal(picker.statusCode, 200);
      assert.ok(!picker.body.includes(onlyInB.userId) && !picker.body.includes(onlyInB.email), picker.body);
      assert.equal((await as(teacherA, 'GET', '/members')).statusCode, 403, 'the organization member list');

      const on = await as(a.sessions.admin, 'PUT', '/class-settings', { teachersEnrolAnyLearner: true });
      assert.equal(on.statusCode, 200, on.body);
      try {
        const named = await as(teacherA, 'GET', `/classes/${classA}/candidates`);
        assert.ok(named.body.includes(onlyInB.userId) && !named.body.includes(onlyInB.email), named.body);
        assert.equal((await as(teacherA, 'POST', `/classes/${classA}/members`, enrol)).statusCode, 204);
        const now = await as(teacherA, 'GET', `/classes/${classA}/learners/${onlyInB.userId}/timeline`);
        assert.equal(now.statusCode, 200, 'a learner of their class now');
      } finally {
        await as(a.sessions.admin, 'PUT', '/class-settings', { teachersEnrolAnyLearner: false });
      }
    });

    test('tokens cannot use person-only routes, and a revoked token stops working', async () => {
      const me = await call(t.app, 'GET', '/api/me', { kind: 'token', token: a.tokens.admin });
      assert.equal(me.status, 403);
      const listed = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${a.orgId}/members`,
        headers: { authorization: `Bearer ${a.tokens.admin}` },
      });
      assert.equal(listed.statusCode, 200);
      const emails = (listed.json() as { members: { email: string }[] }).members.map((m) => m.email);
      assert.ok(emails.includes(a.sessions.teacher.email));
      assert.ok(!emails.includes(b.sessions.teacher.email), 'no member of another organization is listed');
      const tokens = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${a.orgId}/tokens`,
        headers: a.sessions.admin.headers,
      });
      assert.ok(!tokens.body.includes(a.tokens.admin), 'the secret is never listed');
      const id = (tokens.json() as { tokens: { id: string; name: string }[] }).tokens.find(
        (x) => x.name === 'admin token',
      )!.id;
      const revoke = await t.app.inject({
        method: 'DELETE',
        url: `/api/orgs/${a.orgId}/tokens/${id}`,
        headers: a.sessions.admin.headers,
      });
      assert.equal(revoke.statusCode, 204);
      const after = await call(t.app, 'GET', `/api/orgs/${a.orgId}/members`, {
        kind: 'token',
        token: a.tokens.admin,
      });
      assert.equal(after.status, 401);
    });
  });
}
