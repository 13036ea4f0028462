import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listSkills } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import { addMember, addTeacherOf, buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { call, itemOf, learningOrg, rightAnswer, wrongAnswer } from '../learning/learning-test-kit.ts';

const PATHWAY = 'algebra-foundations';

async function verify(t: TestApp, credential: unknown) {
  const res = await t.app.inject({ method: 'POST', url: '/api/verify', payload: credential as object });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Verification;
}

type Verification = {
  verdict: string;
  verified: boolean;
  checks: { name: string; ok: boolean; message: string; reason?: string }[];
  issuer: { id: string; name: string | null; url: string | null; known: boolean } | null;
  validUntil: string | null;
  revokedAt: string | null;
};

const check = (r: Pick<Verification, 'checks'>, name: string) => r.checks.find((c) => c.name === name);

/** Placement all wrong, then right answers until `done()` or the item budget runs out. */
async function practise(t: TestApp, learner: Session, base: string, done: () => Promise<boolean>) {
  const enrolled = await call(t.app, learner, 'POST', `${base}/pathways/${PATHWAY}/enrollment`);
  assert.equal(enrolled.status, 201, enrolled.raw);
  for (let i = 0; i < 30; i++) {
    const next = await call(t.app, learner, 'POST', `${base}/pathways/${PATHWAY}/placement/next`);
    if (next.body.done) break;
    const full = itemOf(next.body.item.itemId);
    for (const step of full.steps) {
      const res = await call(
        t.app,
        learner,
        'POST',
        `${base}/served-items/${next.body.item.servedId}/answer`,
        {
          stepId: step.id,
          answer: wrongAnswer(step.answer),
        },
      );
      if (res.body.itemDone) break;
    }
  }
  for (let i = 0; i < 90 && !(await done()); i++) {
    const next = await call(t.app, learner, 'POST', `${base}/pathways/${PATHWAY}/practice/next`);
    assert.equal(next.status, 200, next.raw);
    const full = itemOf(next.body.item.itemId);
    for (const step of full.steps) {
      await call(t.app, learner, 'POST', `${base}/served-items/${next.body.item.servedId}/answer`, {
        stepId: step.id,
        answer: rightAnswer(step.answer),
      });
    }
  }
}

for (const backend of await testBackends()) {
  describe(`credentials on ${backend.kind}`, () => {
    let t: TestApp;
    let o: Awaited<ReturnType<typeof learningOrg>>;
    let base: string;
    const badges = new Map<string, string>();
    let project = '';
    let certificate = '';
    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t, 'Credential School');
      base = `/api/orgs/${o.orgId}`;
      const skills = (await listSkills(t.db.kysely, o.orgId)).filter((s) => s.id.startsWith('alg.'));
      for (const skill of skills) {
        const res = await call(t.app, o.admin, 'POST', `${base}/achievements`, {
          name: `Badge: ${skill.name.en}`,
          criteria: { skills: [{ skillId: skill.id, threshold: 0.5 }] },
        });
        assert.equal(res.status, 201, res.raw);
        badges.set(skill.id, res.body.id);
      }
      const p = await call(t.app, o.admin, 'POST', `${base}/achievements`, {
        name: 'Algebra project',
        criteria: { evidence: { required: true, narrative: 'a modelling project' } },
        skillIds: ['alg.like-terms'],
      });
      project = p.body.id;
    });
    after(() => t.close());

    test('a stacking cycle is rejected, naming it', async () => {
      const a = await call(t.app, o.admin, 'POST', `${base}/achievements`, {
        name: 'Part A',
        criteria: { achievements: [project] },
      });
      const b = await call(t.app, o.admin, 'POST', `${base}/achievements`, {
        name: 'Part B',
        criteria: { achievements: [a.body.id] },
      });
      const cycle = await call(t.app, o.admin, 'PUT' as 'PATCH', `${base}/achievements/${a.body.id}`, {
        name: 'Part A',
        criteria: { achievements: [b.body.id] },
      });
      assert.equal(cycle.status, 400, cycle.raw);
      assert.match(cycle.body.detail, /"Part A" → "Part B" → "Part A"/);
    });

    test('mastery issues skill badges, the teacher awards the project, the certificate stacks', async () => {
      const [first, second] = ['alg.integers-add', 'alg.integers-multiply'];
      const cert = await call(t.app, o.admin, 'POST', `${base}/achievements`, {
        name: 'Integers certificate',
        criteria: { achievements: [badges.get(first!)!, badges.get(second!)!, project] },
        validityDays: 365,
      });
      assert.equal(cert.status, 201, cert.raw);
      certificate = cert.body.id;
      assert.equal(cert.body.achievementType, 'Certificate');
      const held = async () => {
        const r = await call(t.app, o.learner, 'GET', `${base}/record`);
        return new Set(r.body.credentials.map((c: { achievementId: string }) => c.achievementId));
      };
      await practise(t, o.learner, base, async () => {
        const h = await held();
        return h.has(badges.get(first!)) && h.has(badges.get(second!));
      });
      const record = await call(t.app, o.learner, 'GET', `${base}/record`);
      assert.ok(record.body.credentials.length >= 2, record.raw);
      assert.ok(record.body.notifications.length >= 2, 'the learner is told');
      assert.ok(!(await held()).has(certificate), 'no certificate before the project');
      const teacher = await addTeacherOf(t.app, o.admin, o.orgId, o.learner);
      const award = await call(t.app, teacher, 'POST', `${base}/achievements/${project}/awards`, {
        learnerId: o.learner.userId,
        narrative: 'Modelled a phone plan with linear equations',
      });
      assert.equal(award.status, 201, award.raw);
      const names = award.body.issued.map((c: { achievementName: string }) => c.achievementName);
      assert.equal(names[0], 'Algebra project');
      assert.ok(names.includes('Integers certificate'), 'the certificate stacks at once');
      assert.ok(names.includes('Part B'), 'stacks of stacks issue too');
      const skill = record.body.skills.find((s: { skillId: string }) => s.skillId === first);
      assert.ok(skill.credentialIds.length === 1, 'the skill shows the credential behind it');
    });

    test('every credential verifies with all checks, and a changed byte fails the signature', async () => {
      const record = await call(t.app, o.learner, 'GET', `${base}/record`);
      for (const c of record.body.credentials as {
        id: string;
        credentialId: string;
        document: { id: string };
      }[]) {
        // The record carries each credential's document (what it certifies); its verification, as a visitor
        // sees it, is asked for one credential at a time.
        assert.equal(c.document.id, c.credentialId);
        const mine = await call(t.app, o.learner, 'GET', `${base}/record/credentials/${c.id}/verification`);
        assert.equal(mine.status, 200, mine.raw);
        const verification = mine.body as Verification;
        assert.equal(verification.verdict, 'verified', mine.raw);
        assert.deepEqual(verification.issuer, {
          id: 'did:web:127.0.0.1%3A3000:orgs:credential-school',
          name: 'Credential School',
          url: 'http://127.0.0.1:3000/orgs/credential-school',
          known: true,
        });
        assert.equal(verification.revokedAt, null);
        const file = await t.app.inject({
          method: 'GET',
          url: `${base}/record/credentials/${c.id}/file`,
          headers: o.learner.headers,
        });
        assert.match(String(file.headers['content-disposition']), /attachment/);
        const result = await verify(t, file.json());
        assert.equal(result.verified, true, JSON.stringify(result.checks));
        assert.deepEqual(
          result.checks.map((x) => x.name),
          [
            'well-formed',
            'signature',
            'issuer-key',
            'issuer-known',
            'revocation-status',
            'validity-dates',
            'log-inclusion',
          ],
        );
        const tampered = file.json();
        tampered.credentialSubject.achievement.name = 'Quantum physics';
        const bad = await verify(t, tampered);
        assert.equal(bad.verified, false);
        assert.equal(check(bad, 'signature')?.ok, false);
        assert.equal(check(bad, 'signature')?.reason, 'signature-mismatch');
      }
      const junk = await verify(t, { hello: 'world' });
      assert.equal(junk.verified, false);
      assert.equal(check(junk, 'well-formed')?.ok, false);
      for (const payload of ['"just a string"', '[1, 2]', 'null', '{"proof": 1, "@context": 5}']) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/verify',
          headers: { 'content-type': 'application/json' },
          payload,
        });
        assert.ok(res.statusCode < 500, `${payload}: ${res.statusCode} ${res.body}`);
      }
      const broken = await t.app.inject({
        method: 'POST',
        url: '/api/verify',
        headers: { 'content-type': 'application/json' },
        payload: '{not json',
      });
      assert.equal(broken.statusCode, 400, 'a body that is not JSON is a clear 400, never a 500');
    });

    test('the CLR export is one signed record that verifies', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `${base}/record/clr`,
        headers: o.learner.headers,
      });
      assert.equal(res.statusCode, 200, res.body);
      const clr = res.json();
      assert.deepEqual(clr.type, ['VerifiableCredential', 'ClrCredential']);
      assert.ok(clr.credentialSubject.verifiableCredential.length >= 4);
      const result = await verify(t, clr);
      assert.equal(check(result, 'signature')?.ok, true, JSON.stringify(result.checks));
    });

    test('share links: view log, expiry, revocation; the employer match explains each skill', async () => {
      const record = await call(t.app, o.learner, 'GET', `${base}/record`);
      const ids = record.body.credentials.map((c: { id: string }) => c.id);
      const link = await call(t.app, o.learner, 'POST', `${base}/record/share-links`, {
        credentialIds: ids,
        days: 7,
      });
      assert.equal(link.status, 201, link.raw);
      assert.ok(link.body.token.length >= 32, 'an unguessable token');
      const opened = await t.app.inject({ method: 'GET', url: `/api/share/${link.body.token}` });
      assert.equal(opened.statusCode, 200, opened.body);
      const shared = opened.json();
      assert.equal(shared.status, 'ok');
      assert.ok(
        shared.credentials.every((c: { verification: { verified: boolean } }) => c.verification.verified),
      );
      const employer = await addMember(t.app, o.admin, o.orgId, 'employer');
      const profile = await call(t.app, employer, 'POST', `${base}/job-profiles`, {
        name: 'Bookkeeping assistant',
        skills: [
          { name: 'Adding integers', skillIds: ['alg.integers-add'] },
          { name: 'Systems of equations', skillIds: ['alg.systems-elimination'] },
        ],
      });
      assert.equal(profile.status, 201, profile.raw);
      const match = await call(t.app, employer, 'POST', `${base}/job-profiles/${profile.body.id}/match`, {
        shareToken: link.body.token,
      });
      assert.equal(match.status, 200, match.raw);
      assert.equal(match.body.score, 0.5);
      assert.equal(match.body.skills[0].met, true);
      assert.ok(match.body.skills[0].credentials.length > 0, 'the credential behind the skill');
      assert.equal(match.body.skills[1].met, false);
      const onet = await call(t.app, employer, 'POST', `${base}/job-profiles`, { onetCode: '15-2041.00' });
      assert.equal(onet.status, 201, onet.raw);
      assert.ok(
        onet.body.skills.some((s: { name: string }) => s.name === 'Mathematics'),
        onet.raw,
      );
      const views = await call(t.app, o.learner, 'GET', `${base}/record/share-links/${link.body.id}/views`);
      assert.equal(views.body.views.length, 2, 'the visitor and the employer');
      const revoked = await t.app.inject({
        method: 'DELETE',
        url: `${base}/record/share-links/${link.body.id}`,
        headers: o.learner.headers,
      });
      assert.equal(revoked.statusCode, 204);
      const gone = await t.app.inject({ method: 'GET', url: `/api/share/${link.body.token}` });
      assert.equal(gone.json().status, 'revoked');
      const short = await call(t.app, o.learner, 'POST', `${base}/record/share-links`, {
        credentialIds: ids,
        days: 1,
      });
      await t.db.kysely
        .updateTable('share_links')
        .set({ expires_at: new Date(Date.now() - 1000) })
        .where('id', '=', short.body.id)
        .execute();
      const expired = await t.app.inject({ method: 'GET', url: `/api/share/${short.body.token}` });
      assert.equal(expired.json().status, 'expired', 'an expired link says so and shows nothing');
      assert.equal(expired.json().credentials, undefined);
      const unknown = await t.app.inject({ method: 'GET', url: '/api/share/pws_not-a-real-token-at-all' });
      assert.equal(unknown.statusCode, 404);
    });

    test('revocation fails verification; rotation keeps old credentials verifiable', async () => {
      const record = await call(t.app, o.learner, 'GET', `${base}/record`);
      const [victim, keeper] = record.body.credentials as { id: string }[];
      const doc = async (id: string) =>
        (
          await t.app.inject({
            method: 'GET',
            url: `${base}/record/credentials/${id}/file`,
            headers: o.learner.headers,
          })
        ).json();
      const rotate = await call(t.app, o.admin, 'POST', `${base}/issuer/rotate`);
      assert.equal(rotate.status, 200, rotate.raw);
      const issuer = await call(t.app, o.admin, 'GET', `${base}/issuer`);
      assert.deepEqual(
        issuer.body.keys.map((k: { status: string }) => k.status),
        ['retired', 'active'],
      );
      assert.ok(!issuer.raw.includes('sealed') && !issuer.raw.includes('secret'));
      assert.equal((await verify(t, await doc(keeper!.id))).verified, true, 'signed by the retired key');
      const revoke = await call(t.app, o.admin, 'POST', `${base}/credentials/${victim!.id}/revoke`, {
        reason: 'issued by mistake',
      });
      assert.equal(revoke.status, 204, revoke.raw);
      const result = await verify(t, await doc(victim!.id));
      assert.equal(result.verified, false);
      assert.equal(check(result, 'revocation-status')?.ok, false);
      assert.match(check(result, 'revocation-status')!.message, /revoked/);
      // When: from the issuer's own records, for a page to say "revoked by its issuer on …".
      assert.equal(check(result, 'revocation-status')?.reason, 'revoked');
      assert.ok(result.revokedAt && Math.abs(Date.parse(result.revokedAt) - Date.now()) < 60_000);
      const mine = await call(
        t.app,
        o.learner,
        'GET',
        `${base}/record/credentials/${victim!.id}/verification`,
      );
      assert.equal(mine.body.revokedAt, result.revokedAt, 'the record says the same');
      assert.equal(mine.body.verdict, 'failed');
      // Only its holder asks: another learner's request finds nothing.
      const other = await addMember(t.app, o.admin, o.orgId, 'learner');
      const theirs = await call(t.app, other, 'GET', `${base}/record/credentials/${victim!.id}/verification`);
      assert.equal(theirs.status, 404, theirs.raw);
      const did = await t.app.inject({ method: 'GET', url: '/orgs/credential-school/did.json' });
      assert.equal(did.statusCode, 200, did.body);
      assert.equal(did.json().verificationMethod.length, 2);
      assert.equal(did.json().id, 'did:web:127.0.0.1%3A3000:orgs:credential-school');
    });

    test('the admin views: issued counts, learner names, revocation dates, the skills to pick from', async () => {
      const list = await call(t.app, o.admin, 'GET', `${base}/achievements`);
      assert.equal(list.status, 200, list.raw);
      const count = (id: string) =>
        list.body.achievements.find((a: { id: string }) => a.id === id).issuedCount as number;
      assert.equal(count(certificate), 1);
      assert.equal(count(project), 1);
      const issued = await call(t.app, o.admin, 'GET', `${base}/credentials`);
      assert.equal(issued.status, 200, issued.raw);
      const total = list.body.achievements.reduce(
        (n: number, a: { issuedCount: number }) => n + a.issuedCount,
        0,
      );
      assert.equal(issued.body.credentials.length, total, 'the counts add up to the issued list');
      const learnerName = (await call(t.app, o.learner, 'GET', '/api/me')).body.user.name;
      for (const c of issued.body.credentials) assert.equal(c.learnerName, learnerName);
      const revoked = issued.body.credentials.filter((c: { state: string }) => c.state === 'revoked');
      assert.equal(revoked.length, 1);
      assert.equal(revoked[0].revocationReason, 'issued by mistake');
      assert.ok(Date.parse(revoked[0].revokedAt) <= Date.now());
      const skills = await call(t.app, o.admin, 'GET', `${base}/achievement-skills`);
      assert.equal(skills.status, 200, skills.raw);
      const known = (await listSkills(t.db.kysely, o.orgId)).map((s) => s.id);
      assert.deepEqual(
        skills.body.skills.map((s: { id: string }) => s.id),
        known,
      );
      assert.equal(typeof skills.body.skills[0].name.es, 'string');
      const add = skills.body.skills.find((s: { id: string }) => s.id === 'alg.integers-add');
      assert.equal(add.parentId, 'alg.number', 'grouped by its strand');
      const denied = await call(t.app, o.learner, 'GET', `${base}/achievement-skills`);
      assert.equal(denied.status, 403, 'learners do not edit criteria');
    });

    test('the public log serves checkpoints, inclusion and consistency proofs, cacheable', async () => {
      const cp = await t.app.inject({
        method: 'GET',
        url: '/api/public/orgs/credential-school/log/checkpoint',
      });
      assert.equal(cp.statusCode, 200, cp.body);
      assert.match(String(cp.headers['cache-control']), /public/);
      const size = cp.json().checkpoint.treeSize as number;
      assert.ok(size >= 6);
      const inc = await t.app.inject({
        method: 'GET',
        url: '/api/public/orgs/credential-school/log/proofs/inclusion?index=1',
      });
      assert.equal(inc.json().treeSize, size);
      const cons = await t.app.inject({
        method: 'GET',
        url: `/api/public/orgs/credential-school/log/proofs/consistency?first=2&second=${size}`,
      });
      assert.equal(cons.statusCode, 200, cons.body);
      assert.ok(cons.json().proof.length > 0);
      const list = await t.app.inject({ method: 'GET', url: '/api/public/orgs/credential-school/status/1' });
      assert.equal(list.json().type[1], 'BitstringStatusListCredential');
    });
  });
}
