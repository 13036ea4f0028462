import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { hashToken } from '../../identity/secret-token.ts';
import { buildMember, buildOrg, type Member } from '../../test/factories.ts';
import { buildTestApp, buildTestAppOnSameDb, type TestApp } from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';

// Issue 14: a share link can be copied again from its owner's list and renamed. The token is kept sealed under
// the server's sealing key; its owner alone ever gets it back, and only while the link is active.
for (const backend of await testBackends()) {
  describe(`share links are copied again and renamed by their owner only on ${backend.kind}`, () => {
    let t: TestApp;
    let orgId: string;
    let base: string;
    let admin: Member;
    let owner: Member;
    let other: Member;
    let teacher: Member;
    let credentialId: string;
    before(async () => {
      t = await buildTestApp(backend);
      ({ orgId, admin } = await buildOrg(t.db.kysely, { name: `Copy Again ${backend.kind}` }));
      base = `/api/orgs/${orgId}`;
      owner = await buildMember(t.db.kysely, orgId, 'learner');
      other = await buildMember(t.db.kysely, orgId, 'learner');
      teacher = await buildMember(t.db.kysely, orgId, 'teacher');
      const achievement = await call(t.app, admin, 'POST', `${base}/achievements`, {
        name: 'Field project',
        criteria: { evidence: { required: true } },
      });
      assert.equal(achievement.status, 201, achievement.raw);
      const award = await call(t.app, admin, 'POST', `${base}/achievements/${achievement.body.id}/awards`, {
        learnerId: owner.userId,
        narrative: 'Shown in class',
      });
      assert.equal(award.status, 201, award.raw);
      credentialId = award.body.awarded.id;
    });
    after(() => t.close());

    async function share(label?: string) {
      const link = await call(t.app, owner, 'POST', `${base}/record/share-links`, {
        credentialIds: [credentialId],
        days: 7,
        ...(label ? { label } : {}),
      });
      assert.equal(link.status, 201, link.raw);
      return link.body as { id: string; token: string; url: string };
    }

    async function ownLink(id: string) {
      const list = await call(t.app, owner, 'GET', `${base}/record/share-links`);
      assert.equal(list.status, 200, list.raw);
      return list.body.links.find((l: { id: string }) => l.id === id);
    }

    async function stateAndUrl(id: string) {
      const link = await ownLink(id);
      return [link.state, link.url];
    }

    test('the owner copies a live link again; the database holds its token sealed, never in clear', async () => {
      const link = await share();
      const listed = await ownLink(link.id);
      assert.equal(listed.state, 'active');
      assert.equal(listed.url, link.url, 'the same address as at creation');
      const opened = await t.app.inject({ method: 'GET', url: `/api/share/${link.url.split('/').pop()}` });
      assert.equal(opened.json().status, 'ok');
      const row = await t.db.kysely
        .selectFrom('share_links')
        .selectAll()
        .where('id', '=', link.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.token_hash, hashToken(link.token));
      assert.match(row.sealed_token ?? '', /^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
      assert.ok(!JSON.stringify(row).includes(link.token), 'the token is stored in clear');
    });

    test('PATCH renames (trimmed, audited); a bad label is a 400 naming body/label', async () => {
      const link = await share('First name');
      const renamed = await call(t.app, owner, 'PATCH', `${base}/record/share-links/${link.id}`, {
        label: '  Job fair in May  ',
      });
      assert.equal(renamed.status, 200, renamed.raw);
      assert.equal(renamed.body.label, 'Job fair in May');
      assert.equal(renamed.body.url, link.url);
      assert.equal(renamed.body.views, 0);
      assert.equal((await ownLink(link.id)).label, 'Job fair in May');
      const audit = await t.db.kysely
        .selectFrom('audit_events')
        .selectAll()
        .where('target_id', '=', link.id)
        .where('action', '=', 'share_link.renamed')
        .execute();
      assert.equal(audit.length, 1);
      assert.equal(audit[0]?.actor_user_id, owner.userId);
      assert.ok(!JSON.stringify(audit).includes(link.token));

      for (const label of ['', '   ', 'x'.repeat(101)]) {
        const bad = await call(t.app, owner, 'PATCH', `${base}/record/share-links/${link.id}`, { label });
        assert.equal(bad.status, 400, `${JSON.stringify(label)}: ${bad.raw}`);
        assert.ok(
          bad.body.errors.some((e: { field: string }) => e.field === 'body/label'),
          `${JSON.stringify(label)}: ${bad.raw}`,
        );
      }
      for (const body of [{}, { label: 7 }, { label: 'Fine', token: 'x' }]) {
        const bad = await call(t.app, owner, 'PATCH', `${base}/record/share-links/${link.id}`, body);
        assert.equal(bad.status, 400, `${JSON.stringify(body)}: ${bad.raw}`);
      }
      assert.equal((await ownLink(link.id)).label, 'Job fair in May', 'no partial write');
      const unknown = await call(t.app, owner, 'PATCH', `${base}/record/share-links/${randomUUID()}`, {
        label: 'Nothing',
      });
      assert.equal(unknown.status, 404, unknown.raw);
    });

    test('another learner, a teacher, an administrator get no link and no token', async () => {
      const link = await share('Private');
      const path = `${base}/record/share-links/${link.id}`;
      for (const [method, url, body] of [
        ['PATCH', path, { label: 'Stolen' }],
        ['DELETE', path, undefined],
        ['GET', `${path}/views`, undefined],
      ] as const) {
        const res = await call(t.app, other, method, url, body);
        assert.equal(res.status, 404, `another learner ${method} ${url}: ${res.raw}`);
        assert.ok(!res.raw.includes(link.token));
        for (const staff of [teacher, admin]) {
          // NOTE: the role check answers first: share links are a learner's own, staff have no route to them.
          const refused = await call(t.app, staff, method, url, body);
          assert.equal(refused.status, 403, `${staff.role} ${method} ${url}: ${refused.raw}`);
          assert.ok(!refused.raw.includes(link.token));
        }
      }
      const otherList = await call(t.app, other, 'GET', `${base}/record/share-links`);
      assert.deepEqual(otherList.body.links, []);
      for (const [who, url] of [
        [teacher, `${base}/record/share-links`],
        [admin, `${base}/record/share-links`],
        [admin, `${base}/audit`],
        [admin, `${base}/credentials`],
        [other, `${base}/record`],
      ] as const) {
        const res = await call(t.app, who, 'GET', url);
        assert.ok(!res.raw.includes(link.token), `${who.role} ${url} shows the token`);
      }
      const elsewhere = await buildOrg(t.db.kysely, { name: `Elsewhere ${backend.kind}` });
      const foreign = await call(t.app, elsewhere.admin, 'PATCH', path, { label: 'Stolen' });
      assert.equal(foreign.status, 404, foreign.raw);
      assert.equal((await ownLink(link.id)).label, 'Private');
    });

    test('revoked, expired, older and foreign-key links have no address to copy', async () => {
      const revoked = await share('Revoked');
      const res = await call(t.app, owner, 'DELETE', `${base}/record/share-links/${revoked.id}`);
      assert.equal(res.status, 204, res.raw);
      assert.deepEqual(await stateAndUrl(revoked.id), ['revoked', null]);

      const expired = await share('Expired');
      await t.db.kysely
        .updateTable('share_links')
        .set({ expires_at: new Date(Date.now() - 1000) })
        .where('id', '=', expired.id)
        .execute();
      assert.deepEqual(await stateAndUrl(expired.id), ['expired', null]);

      // A link made before migration 0021 kept no sealed token: it opens, it cannot be copied again.
      const older = await share('Older');
      await t.db.kysely
        .updateTable('share_links')
        .set({ sealed_token: null })
        .where('id', '=', older.id)
        .execute();
      assert.deepEqual(await stateAndUrl(older.id), ['active', null]);

      // A sealed token is bound to its row: copied onto another link, it does not open.
      const donor = await share('Donor');
      const moved = await share('Moved');
      const { sealed_token } = await t.db.kysely
        .selectFrom('share_links')
        .select('sealed_token')
        .where('id', '=', donor.id)
        .executeTakeFirstOrThrow();
      await t.db.kysely.updateTable('share_links').set({ sealed_token }).where('id', '=', moved.id).execute();
      assert.equal((await ownLink(moved.id)).url, null);
      assert.equal((await ownLink(donor.id)).url, donor.url);

      // Another sealing key opens none of them, and the list still answers.
      const rekeyed = await buildTestAppOnSameDb(t, {
        ISSUER_KEY_SECRET: randomBytes(32).toString('base64url'),
      });
      try {
        const list = await call(rekeyed.app, owner, 'GET', `${base}/record/share-links`);
        assert.equal(list.status, 200, list.raw);
        assert.ok(list.body.links.length > 0);
        assert.ok(list.body.links.every((l: { url: string | null }) => l.url === null));
      } finally {
        await rekeyed.close();
      }
    });
  });
}
