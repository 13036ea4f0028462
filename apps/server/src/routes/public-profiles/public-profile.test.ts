import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import type { Member } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { rowCounts } from '../account/account-test-kit.ts';
import { call } from '../learning/learning-test-kit.ts';
import { handleOf, openProfile, type ProfileOrg, profileOrg } from './public-profile-test-kit.ts';

/**
 * Issue 14, a public profile the learner turns on and chooses what it shows: off by default; only the chosen
 * credentials, each verified now; a revoked or expired one drops out; a new address or turning it off makes the
 * old address answer 404 at once; only the learner's own active credentials can be chosen.
 */
for (const backend of await testBackends()) {
  describe(`a learner's public profile on ${backend.kind}`, () => {
    let t: TestApp;
    let o: ProfileOrg;
    let ana: Member;
    let ben: Member;
    const held: Record<string, string> = {};
    // The app's clock, moved forward by the expiry test.
    let offsetMs = 0;

    const settingsUrl = () => `${o.base}/record/public-profile`;
    const save = (who: Member, body: object) => call(t.app, who, 'PUT', settingsUrl(), body);
    const turnOn = (who: Member, credentialIds: string[], extra: object = {}) =>
      save(who, { enabled: true, displayName: null, headline: null, credentialIds, ...extra });
    async function profileRows() {
      return t.db.kysely.selectFrom('public_profiles').selectAll().where('org_id', '=', o.orgId).execute();
    }
    async function audits(action: string) {
      return t.db.kysely
        .selectFrom('audit_events')
        .select(['actor_user_id', 'details'])
        .where('org_id', '=', o.orgId)
        .where('action', '=', action)
        .orderBy('id')
        .execute();
    }

    before(async () => {
      t = await buildTestApp(backend, {}, { now: () => new Date(Date.now() + offsetMs) });
      o = await profileOrg(t, `Profile School ${backend.kind}`);
      ana = await o.learner('Anastasia Quokkason');
      ben = await o.learner('Benedikt Wombatsson');
      held.adding = await o.award(ana, 'Adding integers');
      held.systems = await o.award(ana, 'Solving systems');
      held.plain = await o.award(ana, 'Plain badge', { image: false });
      held.bens = await o.award(ben, 'Multiplying');
    });
    after(() => t.close());

    test('off by default: nothing is public, and an unknown address is not found', async () => {
      const settings = await call(t.app, ana, 'GET', settingsUrl());
      assert.equal(settings.status, 200, settings.raw);
      assert.deepEqual(settings.body, {
        enabled: false,
        displayName: null,
        accountName: 'Anastasia Quokkason',
        headline: null,
        credentialIds: [],
        url: null,
        updatedAt: null,
      });
      assert.deepEqual(await profileRows(), []);
      const unknown = await openProfile(t, 'AAAAAAAAAAAAAAAAAAAAAA');
      assert.equal(unknown.status, 404, unknown.raw);
      assert.equal(unknown.body.code, 'not_found');
    });

    test("another learner's credential is refused with a 400 naming it, and nothing is written", async () => {
      const before = await rowCounts(t.db);
      const foreign = await turnOn(ana, [held.adding!, held.bens!]);
      assert.equal(foreign.status, 400, foreign.raw);
      assert.deepEqual(foreign.body.errors, [
        { field: 'body/credentialIds/1', message: 'is not one of your credentials' },
      ]);
      const badName = await turnOn(ana, [], { displayName: 'x'.repeat(81), headline: 'two\nlines' });
      assert.equal(badName.status, 400, badName.raw);
      const fields = badName.body.errors.map((e: { field: string }) => e.field);
      assert.ok(fields.includes('body/displayName') && fields.includes('body/headline'), badName.raw);
      const blank = await turnOn(ana, [], { displayName: '   ' });
      assert.equal(blank.status, 400, blank.raw);
      assert.deepEqual(await rowCounts(t.db), before, 'no row anywhere, not even an audit entry');
      const asAdmin = await call(t.app, o.admin, 'PUT', settingsUrl(), {
        enabled: true,
        displayName: null,
        headline: null,
        credentialIds: [],
      });
      assert.equal(asAdmin.status, 403, 'a public profile is a learner’s');
    });

    test('turned on, it shows the chosen credentials only, verified now, and nothing else about the learner', async () => {
      const on = await turnOn(ana, [held.adding!, held.plain!], {
        displayName: '  Ana Q.  ',
        headline: 'Bookkeeper in training',
      });
      assert.equal(on.status, 200, on.raw);
      assert.equal(on.body.enabled, true);
      assert.equal(on.body.displayName, 'Ana Q.', 'trimmed');
      assert.deepEqual(on.body.credentialIds, [held.adding, held.plain]);
      const handle = handleOf(on.body.url);
      const seen = await openProfile(t, handle);
      assert.equal(seen.status, 200, seen.raw);
      assert.equal(seen.headers['cache-control'], 'no-store');
      assert.equal(seen.body.name, 'Ana Q.');
      assert.equal(seen.body.headline, 'Bookkeeper in training');
      assert.deepEqual(seen.body.organization, { name: o.orgName });
      const byName = new Map(seen.body.credentials.map((c: { name: string }) => [c.name, c]));
      assert.deepEqual([...byName.keys()].sort(), ['Adding integers', 'Plain badge']);
      // biome-ignore lint/suspicious/noExplicitAny: checked field by field
      const adding = byName.get('Adding integers') as any;
      assert.equal(adding.description, 'Can do adding integers.');
      assert.match(adding.image, /^data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+$/);
      assert.equal(adding.verification.verdict, 'verified');
      assert.equal((byName.get('Plain badge') as { image: unknown }).image, null);
      // A Spanish reader sees the credentials' Spanish editions (signed inside them); an unknown language is a 400.
      const spanish = await openProfile(t, handle, '?lang=es');
      assert.deepEqual(spanish.body.credentials.map((c: { name: string }) => c.name).sort(), [
        'Adding integers (es)',
        'Plain badge (es)',
      ]);
      assert.equal((await openProfile(t, handle, '?lang=fr')).status, 400);
      for (const secret of [
        ana.email,
        ana.userId,
        held.adding!,
        'Shown in class',
        'identityHash',
        'Quokkason',
      ])
        assert.ok(!seen.raw.includes(secret), `the public answer holds ${secret}`);
      const [changed] = await audits('public_profile.changed');
      assert.equal(changed?.actor_user_id, ana.userId);
      assert.deepEqual(changed?.details, {
        enabled: true,
        credentials: 2,
        displayName: true,
        headline: true,
      });

      const accountName = await turnOn(ana, [held.adding!]);
      assert.equal(accountName.body.url, on.body.url, 'saving while on keeps the address');
      assert.equal((await openProfile(t, handle)).body.name, 'Anastasia Quokkason');
    });

    test('a credential revoked since it was chosen is no longer shown, and can no longer be chosen', async () => {
      const on = await turnOn(ana, [held.adding!, held.systems!]);
      assert.equal(on.status, 200, on.raw);
      const handle = handleOf(on.body.url);
      assert.equal((await openProfile(t, handle)).body.credentials.length, 2);
      const revoked = await call(t.app, o.admin, 'POST', `${o.base}/credentials/${held.systems}/revoke`, {
        reason: 'awarded by mistake',
      });
      assert.equal(revoked.status, 204, revoked.raw);
      const seen = await openProfile(t, handle);
      assert.equal(seen.status, 200, seen.raw);
      assert.deepEqual(
        seen.body.credentials.map((c: { name: string; verification: { verdict: string } }) => [
          c.name,
          c.verification.verdict,
        ]),
        [['Adding integers', 'verified']],
      );
      assert.ok(!seen.raw.includes('Solving systems'));
      const again = await turnOn(ana, [held.systems!]);
      assert.equal(again.status, 400, again.raw);
      assert.deepEqual(again.body.errors, [
        { field: 'body/credentialIds/0', message: 'is revoked: only active credentials can be shown' },
      ]);
    });

    test('a new address stops the old one at once, with the same answer as an address that never was', async () => {
      const on = await turnOn(ana, [held.adding!]);
      const old = handleOf(on.body.url);
      const renewed = await call(t.app, ana, 'POST', `${settingsUrl()}/new-address`);
      assert.equal(renewed.status, 200, renewed.raw);
      const fresh = handleOf(renewed.body.url);
      assert.notEqual(fresh, old);
      assert.deepEqual(renewed.body.credentialIds, [held.adding], 'the choice stays');
      const gone = await openProfile(t, old);
      const never = await openProfile(t, 'BBBBBBBBBBBBBBBBBBBBBB');
      assert.equal(gone.status, 404, gone.raw);
      assert.deepEqual(gone.body, never.body);
      assert.equal((await openProfile(t, fresh)).status, 200);
      assert.equal((await audits('public_profile.address_renewed')).length, 1);
    });

    test('turned off, the address answers 404 at once; turned on again, it has a new address', async () => {
      const on = await turnOn(ana, [held.adding!]);
      const handle = handleOf(on.body.url);
      const off = await save(ana, { enabled: false, displayName: null, headline: null, credentialIds: [] });
      assert.equal(off.status, 200, off.raw);
      assert.equal(off.body.url, null);
      assert.equal((await openProfile(t, handle)).status, 404);
      const renew = await call(t.app, ana, 'POST', `${settingsUrl()}/new-address`);
      assert.equal(renew.status, 409, 'no address to renew while off');
      const again = await turnOn(ana, [held.adding!]);
      assert.notEqual(handleOf(again.body.url), handle, 'an address that stopped never comes back');
      assert.equal((await openProfile(t, handle)).status, 404);
      assert.equal((await openProfile(t, handleOf(again.body.url))).status, 200);
    });

    test('a credential that expired since it was chosen is no longer shown', async () => {
      const expiring = await o.award(ana, 'Short-lived badge', { validityDays: 1 });
      const on = await turnOn(ana, [held.adding!, expiring]);
      assert.equal(on.status, 200, on.raw);
      const handle = handleOf(on.body.url);
      assert.equal((await openProfile(t, handle)).body.credentials.length, 2);
      offsetMs = 2 * 86_400_000;
      try {
        const seen = await openProfile(t, handle);
        assert.deepEqual(
          seen.body.credentials.map((c: { name: string }) => c.name),
          ['Adding integers'],
        );
      } finally {
        offsetMs = 0;
      }
    });

    test('each learner sees and changes only their own profile; a learner who stops being one shows nothing', async () => {
      const on = await turnOn(ana, [held.adding!]);
      const handle = handleOf(on.body.url);
      const bens = await call(t.app, ben, 'GET', settingsUrl());
      assert.equal(bens.body.enabled, false, "Ben reads his own settings, not Ana's");
      assert.equal(bens.body.accountName, 'Benedikt Wombatsson');
      const other = await profileOrg(t, `Other School ${backend.kind}`);
      const stranger = await other.learner('Stella Stranger');
      for (const method of ['GET', 'PUT'] as const) {
        const res = await call(t.app, stranger, method, settingsUrl(), {
          enabled: false,
          displayName: null,
          headline: null,
          credentialIds: [],
        });
        assert.equal(res.status, 404, `${method}: ${res.raw}`);
      }
      const renew = await call(t.app, stranger, 'POST', `${settingsUrl()}/new-address`);
      assert.equal(renew.status, 404, renew.raw);
      assert.equal((await openProfile(t, handle)).status, 200, 'still there, unchanged');
      const demoted = await call(t.app, o.admin, 'PATCH', `${o.base}/members/${ana.userId}`, {
        role: 'teacher',
      });
      assert.equal(demoted.status, 200, demoted.raw);
      assert.equal((await openProfile(t, handle)).status, 404, 'a teacher has no public learner profile');
    });
  });
}
