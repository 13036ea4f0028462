import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { buildStatementMultipart } from '@pathwise/xapi';
import { sql } from 'kysely';
import { addMember, buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';
import { createLrsOrg, type LrsOrg, statement } from '../xapi/lrs-test-support.ts';
import { exportOf } from './account-test-kit.ts';

/**
 * A staff member who is not the only administrator, named by an external activity provider by email: their
 * statements and agent profile are in the export and go with the account; their API token stops working.
 */
const OWN = Buffer.from('my worked solution');
const SHARED = Buffer.from('the class worksheet');
const sha2 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const attachment = (data: Buffer) => ({
  usageType: 'http://id.tincanapi.com/attachment/supporting_media',
  display: { 'en-US': 'work' },
  contentType: 'text/plain',
  length: data.length,
  sha2: sha2(data),
});

for (const backend of await testBackends()) {
  describe(`account data from the LRS and of staff on ${backend.kind}`, () => {
    let t: TestApp;
    let lrs: LrsOrg;
    let person: Session;
    let token: string;
    const xapi = (method: 'PUT' | 'POST', url: string, body: unknown) =>
      t.app.inject({
        method,
        url,
        headers: { ...lrs.headers(), 'content-type': 'application/json' },
        payload: JSON.stringify(body),
      });
    before(async () => {
      t = await buildTestApp(backend);
      lrs = await createLrsOrg(t.app);
      person = await addMember(t.app, lrs.admin, lrs.orgId, 'admin');
      const created = await call(t.app, person, 'POST', `/api/orgs/${lrs.orgId}/tokens`, {
        name: 'my sync',
        role: 'teacher',
      });
      assert.equal(created.status, 201, created.raw);
      token = created.body.token;
      // The person's statement carries their own attachment and one Ada's statement shares (same bytes).
      const mine = statement({
        actor: { objectType: 'Agent', mbox: `mailto:${person.email}`, name: 'Me' },
        attachments: [attachment(OWN), attachment(SHARED)],
      });
      const theirs = statement({
        actor: { objectType: 'Agent', mbox: 'mailto:ada@example.com', name: 'Ada' },
        attachments: [attachment(SHARED)],
      });
      const body = buildStatementMultipart(
        [mine, theirs],
        [OWN, SHARED].map((data) => ({ sha2: sha2(data), contentType: 'text/plain', data })),
      );
      const posted = await t.app.inject({
        method: 'POST',
        url: '/xapi/statements',
        headers: { ...lrs.headers(), 'content-type': body.contentType },
        payload: body.body,
      });
      assert.equal(posted.statusCode, 200, posted.body);
      const agent = encodeURIComponent(JSON.stringify({ mbox: `mailto:${person.email}` }));
      const put = await xapi('PUT', `/xapi/agents/profile?agent=${agent}&profileId=prefs`, { theme: 'dark' });
      assert.equal(put.statusCode, 204, put.body);
    });
    after(() => t.close());

    test('the export holds the statements and the agent profile that name the person by email', async () => {
      const { doc, text } = await exportOf(t, person);
      assert.equal(doc.xapi.statements.length, 1);
      assert.equal(doc.xapi.statements[0].statement.actor.mbox, `mailto:${person.email}`);
      assert.deepEqual(JSON.parse(doc.xapi.documents[0].contents), { theme: 'dark' });
      assert.equal(doc.apiTokens[0].name, 'my sync');
      assert.deepEqual(
        doc.xapi.attachments
          .map((a: { dataBase64: string }) => Buffer.from(a.dataBase64, 'base64').toString())
          .sort(),
        [OWN.toString(), SHARED.toString()].sort(),
      );
      assert.ok(!text.includes('ada@example.com'), "another person's statement stays out");
      assert.ok(!text.includes(token), 'never the token itself');
    });

    test('deleting the account removes them, revokes the token, and keeps the other statement', async () => {
      const res = await t.app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: person.headers,
        payload: { password: 'correct horse battery' },
      });
      assert.equal(res.statusCode, 204, res.body);
      const actors = await sql<{ mbox: string }>`
        select statement->'actor'->>'mbox' as mbox from xapi_statements where org_id = ${lrs.orgId}`.execute(
        t.db.kysely,
      );
      assert.deepEqual(
        actors.rows.map((r) => r.mbox),
        ['mailto:ada@example.com'],
      );
      const attachments = await t.db.kysely.selectFrom('xapi_attachments').select('sha2').execute();
      assert.deepEqual(
        attachments.map((a) => a.sha2),
        [sha2(SHARED)],
        'the own attachment goes, the one Ada still uses stays',
      );
      const documents = await t.db.kysely.selectFrom('xapi_documents').select('document_id').execute();
      assert.deepEqual(documents, []);
      const byToken = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${lrs.orgId}/members`,
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(byToken.statusCode, 401, 'the token stopped working');
      const audit = await call(t.app, lrs.admin, 'GET', `/api/orgs/${lrs.orgId}/audit`);
      const entry = audit.body.events.find((e: { action: string }) => e.action === 'account.deleted');
      assert.equal(entry?.actorUserId, person.userId);
      assert.ok(!audit.raw.includes(person.email));
    });
  });
}
