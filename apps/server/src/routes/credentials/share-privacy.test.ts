import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { installDemoContent } from '../../learning/install-demo-content.ts';
import {
  addMember,
  buildTestApp,
  createOrg,
  type Session,
  signUp,
  type TestApp,
} from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

// A share link is opened by anyone holding its token: what it shows must name no internal id (account,
// organization, stored row) and no recipient hash that a guessed address confirms without the salt.
for (const backend of await testBackends()) {
  describe(`a share link shows opaque identifiers only on ${backend.kind}`, () => {
    let t: TestApp;
    let admin: Session;
    let learner: Session;
    let orgId: string;
    before(async () => {
      t = await buildTestApp(backend);
      admin = await signUp(t.app);
      orgId = await createOrg(t.app, admin, `Share Privacy ${backend.kind}`);
      await installDemoContent(t.db.kysely, orgId);
      learner = await addMember(t.app, admin, orgId, 'learner');
    });
    after(() => t.close());

    async function awardTwo() {
      const rowIds: string[] = [];
      for (const name of ['Adding integers', 'Field project']) {
        const a = await call(t.app, admin, 'POST', `/api/orgs/${orgId}/achievements`, {
          name,
          criteria: { evidence: { required: true } },
          skillIds: ['alg.integers-add'],
        });
        assert.equal(a.status, 201, a.raw);
        const res = await call(t.app, admin, 'POST', `/api/orgs/${orgId}/achievements/${a.body.id}/awards`, {
          learnerId: learner.userId,
          narrative: 'Shown in class',
        });
        assert.equal(res.status, 201, res.raw);
        rowIds.push(res.body.awarded.id as string);
      }
      return rowIds;
    }

    test('GET /api/share/:token carries no account, organization or row id, and a salted recipient hash', async () => {
      const rowIds = await awardTwo();
      const link = await call(t.app, learner, 'POST', `/api/orgs/${orgId}/record/share-links`, {
        credentialIds: rowIds,
        days: 7,
      });
      assert.equal(link.status, 201, link.raw);
      const opened = await t.app.inject({ method: 'GET', url: `/api/share/${link.body.token}` });
      assert.equal(opened.statusCode, 200, opened.body);
      const body = opened.json();
      assert.equal(body.status, 'ok');
      assert.equal(body.credentials.length, 2);
      const text = opened.body;
      for (const internal of [learner.userId, admin.userId, orgId, ...rowIds]) {
        assert.ok(!text.includes(internal), `the share response names the internal id ${internal}`);
      }
      const subjects = new Set<string>();
      for (const c of body.credentials) {
        assert.equal(c.verification.verified, true, JSON.stringify(c.verification));
        assert.equal(c.id, c.credentialId, 'a shared credential is named by its public credential id');
        const subject = c.document.credentialSubject;
        subjects.add(subject.id);
        const identifier = subject.identifier[0] ?? subject.identifier;
        assert.equal(identifier.hashed, true);
        assert.equal(identifier.identityType, 'emailAddress');
        assert.match(identifier.salt, /^[0-9a-f]{16,}$/, 'a salt of at least 8 random bytes');
        const email = learner.email.toLowerCase();
        assert.notEqual(identifier.identityHash, `sha256$${sha256(email)}`, 'unsalted hash of the address');
        assert.equal(identifier.identityHash, `sha256$${sha256(email + identifier.salt)}`);
      }
      assert.equal(subjects.size, 1, 'one learner, one (opaque) subject id across their credentials');
      const [subjectId] = [...subjects];
      assert.match(subjectId!, /^urn:uuid:[0-9a-f-]{36}$/);
      assert.ok(!subjectId!.includes(learner.userId));
    });

    test('the CLR export names the same opaque subject, never the account id', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${orgId}/record/clr`,
        headers: learner.headers,
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.ok(!res.body.includes(learner.userId), 'the CLR names the account id');
      const clr = res.json();
      const inner = clr.credentialSubject.verifiableCredential[0].credentialSubject.id;
      assert.equal(clr.credentialSubject.id, inner);
    });

    test('another organization sees another subject id for the same person', async () => {
      const otherAdmin = await signUp(t.app);
      const otherOrg = await createOrg(t.app, otherAdmin, `Share Privacy other ${backend.kind}`);
      await installDemoContent(t.db.kysely, otherOrg);
      const invited = await call(t.app, otherAdmin, 'POST', `/api/orgs/${otherOrg}/invitations`, {
        email: learner.email,
        role: 'learner',
      });
      assert.equal(invited.status, 201, invited.raw);
      const joined = await call(t.app, learner, 'POST', `/api/invitations/${invited.body.token}/accept`);
      assert.equal(joined.status, 200, joined.raw);
      const a = await call(t.app, otherAdmin, 'POST', `/api/orgs/${otherOrg}/achievements`, {
        name: 'Elsewhere',
        criteria: { evidence: { required: true } },
      });
      const res = await call(
        t.app,
        otherAdmin,
        'POST',
        `/api/orgs/${otherOrg}/achievements/${a.body.id}/awards`,
        {
          learnerId: learner.userId,
          narrative: 'Shown elsewhere',
        },
      );
      assert.equal(res.status, 201, res.raw);
      const mine = async (org: string) => {
        const record = await call(t.app, learner, 'GET', `/api/orgs/${org}/record`);
        const id = record.body.credentials[0].id;
        const file = await t.app.inject({
          method: 'GET',
          url: `/api/orgs/${org}/record/credentials/${id}/file`,
          headers: learner.headers,
        });
        return file.json().credentialSubject.id as string;
      };
      assert.notEqual(await mine(orgId), await mine(otherOrg));
    });
  });
}
