import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApiToken } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import { hashToken, newSecretToken } from '../identity/secret-token.ts';
import { addMember, buildTestApp, createOrg, type Session, signUp, type TestApp } from '../test/test-app.ts';

// An API token acts for the administrator who made it: it works only while that person is still an admin member
// of the token's organization (checked each time the token is used).
for (const backend of await testBackends()) {
  describe(`API tokens and their creator on ${backend.kind}`, () => {
    let t: TestApp;
    let owner: Session;
    let orgId: string;
    before(async () => {
      t = await buildTestApp(backend);
      owner = await signUp(t.app);
      orgId = await createOrg(t.app, owner);
    });
    after(() => t.close());

    async function tokenOf(creator: Session, role = 'admin'): Promise<string> {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${orgId}/tokens`,
        headers: creator.headers,
        payload: { name: 'sync', role },
      });
      assert.equal(res.statusCode, 201, res.body);
      return (res.json() as { token: string }).token;
    }

    function listMembers(token: string) {
      return t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/members`,
        headers: { authorization: `Bearer ${token}` },
      });
    }

    test('a token stops working when its creator is demoted from admin, and again works if promoted back', async () => {
      const creator = await addMember(t.app, owner, orgId, 'admin');
      const token = await tokenOf(creator);
      assert.equal((await listMembers(token)).statusCode, 200);
      const demote = await t.app.inject({
        method: 'PATCH',
        url: `/api/orgs/${orgId}/members/${creator.userId}`,
        headers: owner.headers,
        payload: { role: 'teacher' },
      });
      assert.equal(demote.statusCode, 200, demote.body);
      const refused = await listMembers(token);
      assert.equal(refused.statusCode, 401, refused.body);
      assert.equal(refused.json().code, 'unauthenticated');
      await t.app.inject({
        method: 'PATCH',
        url: `/api/orgs/${orgId}/members/${creator.userId}`,
        headers: owner.headers,
        payload: { role: 'admin' },
      });
      assert.equal((await listMembers(token)).statusCode, 200);
    });

    test('a token (of any role) stops working when its creator is removed from the organization', async () => {
      const creator = await addMember(t.app, owner, orgId, 'admin');
      const token = await tokenOf(creator, 'teacher');
      const cohort = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/classes`,
        headers: { authorization: `Bearer ${token}` },
      });
      assert.notEqual(cohort.statusCode, 401, cohort.body);
      const removed = await t.app.inject({
        method: 'DELETE',
        url: `/api/orgs/${orgId}/members/${creator.userId}`,
        headers: owner.headers,
      });
      assert.equal(removed.statusCode, 204, removed.body);
      const refused = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/classes`,
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(refused.statusCode, 401, refused.body);
    });

    test('a token stops working when its creator deletes their account', async () => {
      const creator = await addMember(t.app, owner, orgId, 'admin');
      const token = await tokenOf(creator);
      const deleted = await t.app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: creator.headers,
        payload: { password: 'correct horse battery' },
      });
      assert.equal(deleted.statusCode, 204, deleted.body);
      assert.equal((await listMembers(token)).statusCode, 401);
    });

    test('a token made by the operator (CLI: no creator) keeps working', async () => {
      const token = newSecretToken('pw_');
      await createApiToken(t.db.kysely, {
        orgId,
        name: 'cli',
        role: 'admin',
        tokenHash: hashToken(token),
        prefix: token.slice(0, 10),
        createdBy: null,
      });
      assert.equal((await listMembers(token)).statusCode, 200);
    });
  });
}
