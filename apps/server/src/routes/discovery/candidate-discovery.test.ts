import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CONTACT_REQUESTS_PER_DAY } from '@pathwise/core/employer-match';
import { testBackends } from '@pathwise/db/testing';
import { candidatePseudonym } from '../../discovery/candidate-pseudonym.ts';
import { installDemoContent } from '../../learning/install-demo-content.ts';
import { buildMember, buildOrg, type Member } from '../../test/factories.ts';
import type { TestApp } from '../../test/test-app.ts';
import { buildTestApp } from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';

/**
 * Issue 14, finding candidates with consent: nothing is discoverable by default; a learner chooses credentials to
 * show; an employer of the organization searches by job profile or skills and sees anonymous candidates ranked
 * by the match page's rule; a contact request reaches the learner, who accepts (a share link) or declines.
 */
for (const backend of await testBackends()) {
  describe(`finding candidates, with consent, on ${backend.kind}`, () => {
    let t: TestApp;
    let orgId: string;
    let base: string;
    let admin: Member;
    let employer: Member;
    let otherEmployer: Member;
    // Ana and Ben become discoverable; Cai holds the same credentials and never does.
    let ana: Member;
    let ben: Member;
    let cai: Member;
    const held: Record<string, Record<string, string>> = {};
    let profileId: string;
    let awarded = 0;

    async function award(learner: Member, name: string, skillId: string): Promise<string> {
      const a = await call(t.app, admin, 'POST', `${base}/achievements`, {
        name: `${name} #${++awarded}`,
        criteria: { evidence: { required: true } },
        skillIds: [skillId],
      });
      assert.equal(a.status, 201, a.raw);
      const res = await call(t.app, admin, 'POST', `${base}/achievements/${a.body.id}/awards`, {
        learnerId: learner.userId,
        narrative: `Shown in class by ${learner.email}`,
      });
      assert.equal(res.status, 201, res.raw);
      held[learner.userId] = { ...held[learner.userId], [name]: res.body.awarded.id as string };
      return res.body.awarded.id as string;
    }

    const search = (who: Member, body: object) => call(t.app, who, 'POST', `${base}/candidates/search`, body);
    const discover = (who: Member, enabled: boolean, names: string[]) =>
      call(t.app, who, 'PUT', `${base}/record/discovery`, {
        enabled,
        credentialIds: names.map((n) => held[who.userId]![n]!),
      });
    const contact = (who: Member, candidate: string, message = 'We are hiring bookkeepers; may we talk?') =>
      call(t.app, who, 'POST', `${base}/contact-requests`, { candidate, message, profileId });
    /** The pseudonym `employerOf` knows `learner` by now (read from the learner's stored handle). */
    async function pseudonymOf(learner: Member, employerOf: Member): Promise<string> {
      const row = await t.db.kysely
        .selectFrom('discovery_settings')
        .select('handle')
        .where('org_id', '=', orgId)
        .where('user_id', '=', learner.userId)
        .executeTakeFirstOrThrow();
      return candidatePseudonym(row.handle, orgId, employerOf.userId);
    }

    before(async () => {
      t = await buildTestApp(backend);
      const built = await buildOrg(t.db.kysely, { name: `Discovery ${backend.kind}` });
      orgId = built.orgId;
      admin = built.admin;
      base = `/api/orgs/${orgId}`;
      await installDemoContent(t.db.kysely, orgId);
      employer = await buildMember(t.db.kysely, orgId, 'employer', { name: 'Emil Employer' });
      otherEmployer = await buildMember(t.db.kysely, orgId, 'employer', { name: 'Olga Other' });
      ana = await buildMember(t.db.kysely, orgId, 'learner', { name: 'Anastasia Quokkason' });
      ben = await buildMember(t.db.kysely, orgId, 'learner', { name: 'Benedikt Wombatsson' });
      cai = await buildMember(t.db.kysely, orgId, 'learner', { name: 'Caitriona Numbatova' });
      for (const learner of [ana, ben, cai]) {
        await award(learner, 'Adding integers', 'alg.integers-add');
        await award(learner, 'Solving systems', 'alg.systems-elimination');
      }
      await award(ana, 'Multiplying', 'alg.integers-multiply');
      const profile = await call(t.app, employer, 'POST', `${base}/job-profiles`, {
        name: 'Bookkeeping assistant',
        skills: [
          { name: 'Adding integers', skillIds: ['alg.integers-add'] },
          { name: 'Systems of equations', skillIds: ['alg.systems-elimination'] },
        ],
      });
      assert.equal(profile.status, 201, profile.raw);
      profileId = profile.body.id;
    });
    after(() => t.close());

    test('nothing is discoverable by default: learners holding matching credentials are not found', async () => {
      const settings = await call(t.app, ana, 'GET', `${base}/record/discovery`);
      assert.equal(settings.status, 200, settings.raw);
      assert.deepEqual(settings.body, { enabled: false, credentialIds: [], updatedAt: null });
      const found = await search(employer, { profileId });
      assert.equal(found.status, 200, found.raw);
      assert.deepEqual(found.body.candidates, []);
      assert.deepEqual(found.body.profile, { name: 'Bookkeeping assistant', skillCount: 2 });
    });

    test('a learner chooses only their own credentials; a refused choice writes nothing', async () => {
      const foreign = await call(t.app, ana, 'PUT', `${base}/record/discovery`, {
        enabled: true,
        credentialIds: [held[ana.userId]!['Adding integers'], held[cai.userId]!['Solving systems']],
      });
      assert.equal(foreign.status, 400, foreign.raw);
      assert.deepEqual(foreign.body.errors, [
        { field: 'body/credentialIds/1', message: 'is not one of your credentials' },
      ]);
      const still = await call(t.app, ana, 'GET', `${base}/record/discovery`);
      assert.equal(still.body.enabled, false, 'nothing was written');
      const asEmployer = await call(t.app, employer, 'PUT', `${base}/record/discovery`, {
        enabled: true,
        credentialIds: [],
      });
      assert.equal(asEmployer.status, 403, 'only learners are discoverable');
    });

    test('an employer finds discoverable learners ranked by the match rule, skill by skill, with nothing personal', async () => {
      const on = await discover(ana, true, ['Adding integers', 'Solving systems']);
      assert.equal(on.status, 200, on.raw);
      assert.equal(on.body.enabled, true);
      assert.equal(on.body.credentialIds.length, 2);
      assert.equal((await discover(ben, true, ['Adding integers'])).status, 200);
      const found = await search(employer, { profileId });
      assert.equal(found.status, 200, found.raw);
      const [first, second, ...rest] = found.body.candidates;
      assert.deepEqual(rest, [], 'Cai chose nothing and is not found');
      assert.equal(first.pseudonym, await pseudonymOf(ana, employer));
      assert.equal(first.score, 1);
      assert.equal(second.pseudonym, await pseudonymOf(ben, employer));
      assert.equal(second.score, 0.5);
      assert.deepEqual(
        second.skills.map((s: { name: string; status: string; achievements: string[] }) => [
          s.name,
          s.status,
          s.achievements.map((a) => a.split(' ').slice(0, 2).join(' ')),
        ]),
        [
          ['Adding integers', 'met', ['Adding integers']],
          ['Systems of equations', 'unmet', []],
        ],
      );
      assert.match(second.explanation, /^1 of 2 required skills/);
      assert.equal(first.contact, null);
      // No name, address, account id, credential id or evidence text of anyone in the answer.
      for (const learner of [ana, ben, cai]) {
        const credentials = Object.values(held[learner.userId]!);
        const issued = await t.db.kysely
          .selectFrom('issued_credentials')
          .select('credential_id')
          .where('user_id', '=', learner.userId)
          .execute();
        const names = (
          await t.db.kysely
            .selectFrom('users')
            .select('name')
            .where('id', '=', learner.userId)
            .executeTakeFirstOrThrow()
        ).name.split(' ');
        for (const secret of [
          learner.userId,
          learner.email,
          ...names,
          ...credentials,
          ...issued.map((i) => i.credential_id),
          'Shown in class',
        ]) {
          assert.ok(!found.raw.includes(secret), `the search answer names ${secret}`);
        }
      }
      // Another employer knows the same people by other pseudonyms; one employer keeps theirs across searches.
      const theirs = await search(otherEmployer, { profileId });
      assert.notEqual(theirs.body.candidates[0].pseudonym, first.pseudonym);
      assert.equal((await search(employer, { profileId })).body.candidates[0].pseudonym, first.pseudonym);
      // A credential Ana holds but did not choose does not count: by skills, nobody has multiplying.
      const bySkill = await search(employer, { skillIds: ['alg.integers-multiply'] });
      assert.equal(bySkill.status, 200, bySkill.raw);
      assert.deepEqual(bySkill.body.candidates, []);
      const addingOnly = await search(employer, { skillIds: ['alg.integers-add'] });
      assert.equal(addingOnly.body.candidates.length, 2);
    });

    test('learners, teachers and administrators cannot search; bad searches are clear 4xx', async () => {
      for (const who of [ana, admin, await buildMember(t.db.kysely, orgId, 'teacher')]) {
        const refused = await search(who, { profileId });
        assert.equal(refused.status, 403, refused.raw);
        assert.equal(refused.body.code, 'forbidden');
      }
      const neither = await search(employer, {});
      assert.equal(neither.status, 400, neither.raw);
      assert.equal(neither.body.errors[0].field, 'body');
      const both = await search(employer, { profileId, skillIds: ['alg.integers-add'] });
      assert.equal(both.status, 400, both.raw);
      const unknownProfile = await search(employer, { profileId: '00000000-0000-4000-8000-000000000000' });
      assert.equal(unknownProfile.status, 404, unknownProfile.raw);
      const unknownSkill = await search(employer, { skillIds: ['alg.integers-add', 'no.such-skill'] });
      assert.equal(unknownSkill.status, 400, unknownSkill.raw);
      assert.equal(unknownSkill.body.errors[0].field, 'body/skillIds/1');
    });

    test('revoked and expired credentials never count, even when chosen', async () => {
      const revoked = await call(
        t.app,
        admin,
        'POST',
        `${base}/credentials/${held[ben.userId]!['Adding integers']}/revoke`,
        { reason: 'awarded by mistake' },
      );
      assert.equal(revoked.status, 204, revoked.raw);
      const found = await search(employer, { profileId });
      assert.deepEqual(
        found.body.candidates.map((c: { pseudonym: string }) => c.pseudonym),
        [await pseudonymOf(ana, employer)],
        'Ben chose only the revoked badge: he is not found',
      );
      await t.db.kysely
        .updateTable('issued_credentials')
        .set({ valid_until: new Date(Date.now() - 60_000) })
        .where('id', '=', held[ana.userId]!['Solving systems']!)
        .execute();
      const [anaNow] = (await search(employer, { profileId })).body.candidates;
      assert.equal(anaNow.score, 0.5, 'the expired badge no longer backs its skill');
      await t.db.kysely
        .updateTable('issued_credentials')
        .set({ valid_until: null })
        .where('id', '=', held[ana.userId]!['Solving systems']!)
        .execute();
    });

    test('a contact request reaches the learner, who accepts: the employer sees the share link', async () => {
      const candidate = await pseudonymOf(ana, employer);
      const sent = await contact(employer, candidate);
      assert.equal(sent.status, 201, sent.raw);
      assert.equal(sent.body.status, 'pending');
      assert.equal(sent.body.jobName, 'Bookkeeping assistant');
      const again = await contact(employer, candidate);
      assert.equal(again.status, 409, 'one pending request per candidate');
      const inbox = await call(t.app, ana, 'GET', `${base}/record/contact-requests`);
      assert.equal(inbox.status, 200, inbox.raw);
      const [received] = inbox.body.requests;
      assert.deepEqual(
        [received.employerName, received.organizationName, received.message, received.status],
        ['Emil Employer', `Discovery ${backend.kind}`, 'We are hiring bookkeepers; may we talk?', 'pending'],
      );
      const searched = await search(employer, { profileId });
      assert.equal(searched.body.candidates[0].contact, 'pending');
      const notHers = await call(t.app, ben, 'POST', `${base}/record/contact-requests/${received.id}/accept`);
      assert.equal(notHers.status, 404, "another learner cannot answer Ana's request");
      const accepted = await call(
        t.app,
        ana,
        'POST',
        `${base}/record/contact-requests/${received.id}/accept`,
      );
      assert.equal(accepted.status, 200, accepted.raw);
      assert.equal(accepted.body.status, 'accepted');
      const links = await call(t.app, ana, 'GET', `${base}/record/share-links`);
      const link = links.body.links.find((l: { id: string }) => l.id === accepted.body.shareLinkId);
      assert.deepEqual(
        [...link.credentialIds].sort(),
        [held[ana.userId]!['Adding integers'], held[ana.userId]!['Solving systems']].sort(),
        'the credentials she made discoverable, not the others',
      );
      const twice = await call(t.app, ana, 'POST', `${base}/record/contact-requests/${received.id}/decline`);
      assert.equal(twice.status, 409, 'answered once');
      const mine = await call(t.app, employer, 'GET', `${base}/contact-requests`);
      assert.equal(mine.status, 200, mine.raw);
      const [request] = mine.body.requests;
      assert.equal(request.status, 'accepted');
      assert.equal(request.shareUrl, link.url);
      const opened = await t.app.inject({ method: 'GET', url: `/api/share/${link.url.split('/').pop()}` });
      assert.equal(opened.json().status, 'ok');
      assert.equal(opened.json().credentials.length, 2);
    });

    test('a declined request tells the employer "declined" and nothing else', async () => {
      assert.equal((await discover(ben, true, ['Adding integers', 'Solving systems'])).status, 200);
      const sent = await contact(otherEmployer, await pseudonymOf(ben, otherEmployer), 'Hello from Olga');
      assert.equal(sent.status, 201, sent.raw);
      const declined = await call(
        t.app,
        ben,
        'POST',
        `${base}/record/contact-requests/${sent.body.id}/decline`,
      );
      assert.equal(declined.status, 200, declined.raw);
      const mine = await call(t.app, otherEmployer, 'GET', `${base}/contact-requests`);
      const [request] = mine.body.requests;
      assert.deepEqual([request.status, request.shareUrl], ['declined', null]);
      assert.ok(!mine.raw.includes(ben.userId) && !mine.raw.includes('Wombatsson'));
      const refused = await call(t.app, ben, 'GET', `${base}/contact-requests`);
      assert.equal(refused.status, 403, 'learners do not read employers’ requests');
    });

    test('a request to a pseudonym that is not, or no longer, discoverable answers exactly like one that never existed', async () => {
      const count = async () =>
        Number(
          (
            await t.db.kysely
              .selectFrom('contact_requests')
              .select((eb) => eb.fn.countAll<string>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      const never = await contact(otherEmployer, 'cand_0123456789abcdef0123');
      assert.equal(never.status, 404, never.raw);
      // Cai saved settings with discovery off: he has a handle, so a real pseudonym, but he is not discoverable.
      assert.equal((await discover(cai, false, ['Adding integers'])).status, 200);
      const notDiscoverable = await contact(otherEmployer, await pseudonymOf(cai, otherEmployer));
      // Another employer's pseudonym of a discoverable learner.
      const someoneElses = await contact(otherEmployer, await pseudonymOf(ana, employer));
      // Ana turns discovery off: the pseudonym Olga had from her searches leads nowhere.
      const old = await pseudonymOf(ana, otherEmployer);
      assert.equal((await discover(ana, false, ['Adding integers'])).status, 200);
      const noLonger = await contact(otherEmployer, old);
      for (const refused of [notDiscoverable, someoneElses, noLonger]) {
        assert.equal(refused.status, never.status);
        assert.deepEqual(refused.body, never.body);
        assert.deepEqual(refused.raw.length, never.raw.length);
      }
      // Turned on again, she has a new pseudonym: the old one stays dead, the new one is found.
      assert.equal((await discover(ana, true, ['Adding integers'])).status, 200);
      assert.deepEqual((await contact(otherEmployer, old)).body, never.body);
      assert.notEqual(await pseudonymOf(ana, otherEmployer), old);
      const anaNow = await pseudonymOf(ana, employer);
      // Nor does Emil's accepted request follow her to her new pseudonym: nothing links the two.
      const fresh = (await search(employer, { profileId })).body.candidates.find(
        (c: { pseudonym: string }) => c.pseudonym === anaNow,
      );
      assert.equal(fresh.contact, null);
      assert.equal(await count(), before, 'no refused request was written');
    });

    test('contact requests are rate limited: a daily cap per employer, and a burst limit per minute', async () => {
      const busy = await buildMember(t.db.kysely, orgId, 'employer');
      await t.db.kysely
        .insertInto('contact_requests')
        .values(
          Array.from({ length: CONTACT_REQUESTS_PER_DAY }, () => ({
            org_id: orgId,
            learner_id: cai.userId,
            employer_id: busy.userId,
            candidate: 'cand_00000000000000000000',
            message: 'earlier today',
            status: 'declined' as const,
            created_at: new Date(Date.now() - 3_600_000),
          })),
        )
        .execute();
      const capped = await contact(busy, await pseudonymOf(ana, busy));
      assert.equal(capped.status, 429, capped.raw);
      assert.equal(capped.body.code, 'rate_limited');
      const burst = await buildMember(t.db.kysely, orgId, 'employer');
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++)
        statuses.push((await contact(burst, `cand_${String(i).padStart(20, '0')}`)).status);
      assert.deepEqual(statuses, [...Array(10).fill(404), 429]);
      const long = await contact(employer, await pseudonymOf(ana, employer), 'x'.repeat(501));
      assert.equal(long.status, 400, 'the message is length-capped');
      assert.equal(long.body.errors[0].field, 'body/message');
    });

    test("the data export has each side's requests; the employer's names the learner only by pseudonym", async () => {
      const exported = await t.app.inject({
        method: 'GET',
        url: '/api/me/export',
        headers: employer.headers,
      });
      assert.equal(exported.statusCode, 200, exported.body);
      const sent = exported.json().credentials.contactRequestsSent;
      assert.ok(sent.length >= 1);
      assert.ok(!exported.body.includes(ana.userId), "the employer's export names Ana's account");
      const hers = await t.app.inject({ method: 'GET', url: '/api/me/export', headers: ana.headers });
      const data = hers.json().credentials;
      assert.equal(data.discovery[0].enabled, true);
      assert.equal(data.discovery[0].handle, undefined, 'the secret behind her pseudonyms stays inside');
      assert.ok(data.contactRequestsReceived.length >= 1);
    });
  });
}
