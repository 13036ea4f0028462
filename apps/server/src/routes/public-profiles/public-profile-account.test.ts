import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { TEST_PASSWORD } from '../../test/factories.ts';
import { buildTestApp, buildTestAppOnSameDb, type TestApp } from '../../test/test-app.ts';
import { exportOf } from '../account/account-test-kit.ts';
import { call } from '../learning/learning-test-kit.ts';
import { handleOf, openProfile, type ProfileOrg, profileOrg } from './public-profile-test-kit.ts';

/**
 * A public profile's address as a page (404 while there is no profile there), and the profile in the learner's
 * data export and account deletion.
 */
for (const backend of await testBackends()) {
  describe(`a public profile's page, export and erasure on ${backend.kind}`, () => {
    let t: TestApp;
    let web: TestApp;
    let webDist: string;
    let o: ProfileOrg;

    before(async () => {
      t = await buildTestApp(backend);
      webDist = await mkdtemp(join(tmpdir(), 'pathwise-profile-web-'));
      await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Pathwise</title>');
      web = await buildTestAppOnSameDb(t, { WEB_DIST: webDist });
      o = await profileOrg(t, `Profile Pages ${backend.kind}`);
    });
    after(async () => {
      await web.close();
      await t.close();
      await rm(webDist, { recursive: true, force: true });
    });

    test('the address is the app while the profile is on, and a 404 once it is off', async () => {
      const learner = await o.learner('Paula Page');
      const credential = await o.award(learner, 'Reading graphs');
      const url = `${o.base}/record/public-profile`;
      const body = { displayName: null, headline: null, credentialIds: [credential] };
      const on = await call(t.app, learner, 'PUT', url, { ...body, enabled: true });
      assert.equal(on.status, 200, on.raw);
      const page = `/profile/${handleOf(on.body.url)}`;
      const open = await web.app.inject({ method: 'GET', url: page });
      assert.equal(open.statusCode, 200, open.body);
      assert.match(String(open.headers['content-type']), /^text\/html/);
      assert.equal(open.headers['x-robots-tag'], 'noindex');
      assert.equal((await call(t.app, learner, 'PUT', url, { ...body, enabled: false })).status, 200);
      // As a browser reloading the page asks: still a 404 with the app in it, never a 304 with nothing.
      const closed = await web.app.inject({
        method: 'GET',
        url: page,
        headers: {
          'if-modified-since': new Date(Date.now() + 86_400_000).toUTCString(),
          'if-none-match': '*',
        },
      });
      assert.equal(closed.statusCode, 404, 'the address itself answers 404');
      assert.match(String(closed.headers['content-type']), /^text\/html/, 'still the app, which says so');
      assert.match(closed.body, /<title>Pathwise<\/title>/);
      assert.equal(closed.headers['cache-control'], 'no-store');
      const never = await web.app.inject({ method: 'GET', url: '/profile/CCCCCCCCCCCCCCCCCCCCCC' });
      assert.equal(never.statusCode, 404);
    });

    test('the data export holds the profile; deleting the account erases it and its address answers 404', async () => {
      const learner = await o.learner('Erin Erased');
      const credential = await o.award(learner, 'Fractions');
      const on = await call(t.app, learner, 'PUT', `${o.base}/record/public-profile`, {
        enabled: true,
        displayName: 'Erin E.',
        headline: 'Loves fractions',
        credentialIds: [credential],
      });
      assert.equal(on.status, 200, on.raw);
      const handle = handleOf(on.body.url);
      const { doc } = await exportOf(t, learner);
      assert.deepEqual(
        doc.credentials.publicProfiles.map((p: Record<string, unknown>) => [
          p.org_id,
          p.enabled,
          p.handle,
          p.display_name,
          p.headline,
          p.credential_ids,
        ]),
        [[o.orgId, true, handle, 'Erin E.', 'Loves fractions', [credential]]],
      );
      const deleted = await t.app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: learner.headers,
        payload: { password: TEST_PASSWORD },
      });
      assert.equal(deleted.statusCode, 204, deleted.body);
      const left = await t.db.kysely
        .selectFrom('public_profiles')
        .select('handle')
        .where('user_id', '=', learner.userId)
        .execute();
      assert.deepEqual(left, []);
      assert.equal((await openProfile(t, handle)).status, 404);
      const audit = await t.db.kysely
        .selectFrom('audit_events')
        .select('details')
        .where('action', '=', 'account.deleted')
        .where('actor_user_id', '=', learner.userId)
        .where('org_id', 'is', null)
        .executeTakeFirstOrThrow();
      assert.equal((audit.details as { erased: Record<string, number> }).erased.public_profiles, 1);
    });
  });
}
