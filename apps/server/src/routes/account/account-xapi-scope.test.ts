import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { sql } from 'kysely';
import { addMember, buildTestApp, signUp, type TestApp, uniqueEmail } from '../../test/test-app.ts';
import { createLrsOrg, type LrsOrg, statement } from '../xapi/lrs-test-support.ts';
import { exportOf } from './account-test-kit.ts';

/**
 * The export and the erasure reach xAPI data only in the person's own organizations, and by email (mbox) only once
 * the address is verified: anyone can sign up with an address an activity provider reports about.
 */
for (const backend of await testBackends()) {
  describe(`account xAPI data is scoped to the person on ${backend.kind}`, () => {
    let t: TestApp;
    let other: LrsOrg;
    let own: LrsOrg;
    const post = (lrs: LrsOrg, email: string, id: string) =>
      t.app.inject({
        method: 'POST',
        url: '/xapi/statements',
        headers: { ...lrs.headers(), 'content-type': 'application/json' },
        payload: JSON.stringify(
          statement({
            actor: { objectType: 'Agent', mbox: `mailto:${email}` },
            object: { objectType: 'Activity', id: `http://example.com/${id}` },
          }),
        ),
      });
    const putProfile = (lrs: LrsOrg, email: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/xapi/agents/profile?agent=${encodeURIComponent(JSON.stringify({ mbox: `mailto:${email}` }))}&profileId=p`,
        headers: { ...lrs.headers(), 'content-type': 'application/json' },
        payload: JSON.stringify({ secret: 'of the other organization' }),
      });
    const statementsAbout = async (email: string) =>
      (
        await sql<{ org_id: string }>`select org_id from xapi_statements
          where statement->'actor'->>'mbox' = ${`mailto:${email}`} order by org_id`.execute(t.db.kysely)
      ).rows.map((r) => r.org_id);
    before(async () => {
      t = await buildTestApp(backend);
      other = await createLrsOrg(t.app);
      own = await createLrsOrg(t.app);
    });
    after(() => t.close());

    test('an unverified address that is in no organization reaches nothing, by export or by deletion', async () => {
      const victim = uniqueEmail('reported');
      assert.equal((await post(other, victim, 'a')).statusCode, 200);
      assert.equal((await putProfile(other, victim)).statusCode, 204);
      const prober = await signUp(t.app, { email: victim });
      const { doc, text } = await exportOf(t, prober);
      assert.deepEqual(doc.xapi.statements, []);
      assert.deepEqual(doc.xapi.documents, []);
      assert.ok(!text.includes('of the other organization'));
      const deleted = await t.app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: prober.headers,
        payload: { password: 'correct horse battery' },
      });
      assert.equal(deleted.statusCode, 204, deleted.body);
      assert.deepEqual(
        await statementsAbout(victim),
        [other.orgId],
        "the other organization's statement stays",
      );
      const docs = await t.db.kysely
        .selectFrom('xapi_documents')
        .select('org_id')
        .where('org_id', '=', other.orgId)
        .execute();
      assert.equal(docs.length, 1, "the other organization's agent profile stays");
    });

    test('a verified member reaches statements by email in their organization only', async () => {
      const person = await addMember(t.app, own.admin, own.orgId, 'learner'); // invitation link: verified
      assert.equal((await post(own, person.email, 'mine')).statusCode, 200);
      assert.equal((await post(other, person.email, 'theirs')).statusCode, 200);
      const { doc } = await exportOf(t, person);
      assert.deepEqual(
        doc.xapi.statements.map((s: { org_id: string }) => s.org_id),
        [own.orgId],
      );
      const deleted = await t.app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: person.headers,
        payload: { password: 'correct horse battery' },
      });
      assert.equal(deleted.statusCode, 204, deleted.body);
      assert.deepEqual(await statementsAbout(person.email), [other.orgId]);
    });
  });
}
