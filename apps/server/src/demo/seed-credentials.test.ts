import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { loadConfig } from '../runtime/config.ts';
import { buildTestApp, signIn, type TestApp } from '../test/test-app.ts';
import { DEMO_ACCOUNTS, seedDemo } from './seed-demo.ts';

for (const backend of await testBackends()) {
  describe(`demo credentials on ${backend.kind}`, () => {
    let t: TestApp;
    let shareUrl: string;
    let orgId: string;
    const password = 'demo-password-1';
    before(async () => {
      t = await buildTestApp(backend);
      const config = loadConfig({ NODE_ENV: 'test', PASSWORD_HASH_COST: '1024' });
      const seeded = await seedDemo(t.db, { password, passwordHashCost: 1024, credentials: config });
      orgId = seeded.orgId;
      shareUrl = seeded.shareUrl!;
      const again = await seedDemo(t.db, { password, passwordHashCost: 1024, credentials: config });
      assert.equal(again.shareUrl, shareUrl, 'seeding twice keeps the same link and adds nothing');
    });
    after(() => t.close());

    test('the demo learner holds three badges, a project and the stacked certificate, all verifiable', async () => {
      const learner = await signIn(t.app, DEMO_ACCOUNTS[0].email, password);
      const record = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/record`,
        headers: learner.headers,
      });
      const names = record
        .json()
        .credentials.map((c: { achievementName: string }) => c.achievementName)
        .sort();
      assert.deepEqual(names, [
        'Adding integers',
        'Integer Arithmetic Certificate',
        'Integer arithmetic project',
        'Multiplying integers',
        'Order of operations',
      ]);
      const token = shareUrl.split('/').pop()!;
      const shared = await t.app.inject({ method: 'GET', url: `/api/share/${token}` });
      const body = shared.json();
      assert.equal(body.status, 'ok');
      assert.equal(body.credentials.length, 5);
      for (const c of body.credentials) {
        assert.equal(c.verification.verified, true, JSON.stringify(c.verification));
        // Each carries its generated badge and its Spanish edition, inside what is signed.
        const achievement = c.document.credentialSubject.achievement;
        assert.match(achievement.image?.id ?? '', /^data:image\/svg\+xml;base64,/, c.achievementName);
        assert.equal(achievement.related?.[0]?.name?.['@language'], 'es', c.achievementName);
      }
    });

    test('the demo employer matches the shared record against the demo job profile', async () => {
      const employer = await signIn(t.app, DEMO_ACCOUNTS[3].email, password);
      const profiles = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/job-profiles`,
        headers: employer.headers,
      });
      const profile = profiles
        .json()
        .profiles.find((p: { name: string }) => p.name === 'Retail cashier (demo)');
      const match = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${orgId}/job-profiles/${profile.id}/match`,
        headers: employer.headers,
        payload: { shareToken: shareUrl.split('/').pop() },
      });
      assert.equal(match.statusCode, 200, match.body);
      const body = match.json();
      assert.deepEqual(
        body.skills.map((s: { met: boolean }) => s.met),
        [true, true, false],
      );
      assert.match(body.explanation, /2 of 3/);
    });

    test('an O*NET profile matches through the framework crosswalks: Mathematics in part, with the path', async () => {
      const employer = await signIn(t.app, DEMO_ACCOUNTS[3].email, password);
      const profiles = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/job-profiles`,
        headers: employer.headers,
      });
      const profile = profiles
        .json()
        .profiles.find((p: { name: string }) => p.name.startsWith('Bookkeeping'));
      const match = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${orgId}/job-profiles/${profile.id}/match`,
        headers: employer.headers,
        payload: { shareToken: shareUrl.split('/').pop() },
      });
      assert.equal(match.statusCode, 200, match.body);
      const [maths, thinking, reading] = match.json().skills;
      assert.equal(maths.status, 'partial');
      assert.equal(maths.via, 'crosswalk');
      assert.equal(maths.crosswalk.code, '2.A.1.e');
      assert.equal(maths.crosswalk.mappedSkills, 26);
      assert.deepEqual([...maths.crosswalk.heldSkills].sort(), [
        'alg.integers-add',
        'alg.integers-multiply',
        'alg.order-of-operations',
      ]);
      assert.ok(maths.credentials.length >= 3);
      assert.equal(thinking.status, 'unmet');
      assert.equal(reading.status, 'unmet');
      assert.equal(reading.crosswalk, null);
    });

    test('the demo learner is discoverable with two badges: the demo employer finds one anonymous candidate', async () => {
      const employer = await signIn(t.app, DEMO_ACCOUNTS[3].email, password);
      const profiles = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/job-profiles`,
        headers: employer.headers,
      });
      const profile = profiles
        .json()
        .profiles.find((p: { name: string }) => p.name.startsWith('Bookkeeping'));
      const found = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${orgId}/candidates/search`,
        headers: employer.headers,
        payload: { profileId: profile.id },
      });
      assert.equal(found.statusCode, 200, found.body);
      const [candidate, ...others] = found.json().candidates;
      assert.deepEqual(others, [], 'only the demo learner chose to be discoverable');
      const [maths] = candidate.skills;
      assert.equal(maths.status, 'partial');
      assert.deepEqual([...maths.achievements].sort(), ['Adding integers', 'Order of operations']);
      assert.ok(!found.body.includes(DEMO_ACCOUNTS[0].name), 'no name in the search');
    });
  });
}
