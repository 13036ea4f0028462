import assert from 'node:assert/strict';
import { installDemoContent } from '../../learning/install-demo-content.ts';
import { buildMember, buildOrg, type Member } from '../../test/factories.ts';
import type { TestApp } from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';

/** An organization with the demo content, its administrator, and a way to award learners credentials. */
export interface ProfileOrg {
  orgId: string;
  orgName: string;
  base: string;
  admin: Member;
  learner(name: string): Promise<Member>;
  /**
   * Awards `learner` a new achievement named `name` (with a generated badge image unless `image: false`, valid
   * `validityDays` when given; the evidence names the learner's address), and answers the credential's row id.
   */
  award(learner: Member, name: string, options?: { image?: boolean; validityDays?: number }): Promise<string>;
}

/** Builds a {@link ProfileOrg} named `name` on the test app. */
export async function profileOrg(t: TestApp, name: string): Promise<ProfileOrg> {
  const built = await buildOrg(t.db.kysely, { name });
  await installDemoContent(t.db.kysely, built.orgId);
  const base = `/api/orgs/${built.orgId}`;
  const admin = built.admin;
  return {
    orgId: built.orgId,
    orgName: name,
    base,
    admin,
    learner: (learnerName) => buildMember(t.db.kysely, built.orgId, 'learner', { name: learnerName }),
    async award(learner, achievementName, options = {}) {
      const a = await call(t.app, admin, 'POST', `${base}/achievements`, {
        name: achievementName,
        description: `Can do ${achievementName.toLowerCase()}.`,
        criteria: { evidence: { required: true } },
        skillIds: ['alg.integers-add'],
        translations: { es: { name: `${achievementName} (es)` } },
        ...(options.validityDays ? { validityDays: options.validityDays } : {}),
      });
      assert.equal(a.status, 201, a.raw);
      if (options.image !== false) {
        const image = await call(t.app, admin, 'PUT', `${base}/achievements/${a.body.id}/image/design`, {});
        assert.equal(image.status, 200, image.raw);
      }
      const res = await call(t.app, admin, 'POST', `${base}/achievements/${a.body.id}/awards`, {
        learnerId: learner.userId,
        narrative: `Shown in class by ${learner.email}`,
      });
      assert.equal(res.status, 201, res.raw);
      return res.body.awarded.id as string;
    },
  };
}

/** The handle at the end of a public profile's address. */
export function handleOf(url: string): string {
  const match = /\/profile\/([A-Za-z0-9_-]{22})$/.exec(url);
  assert.ok(match, `not a profile address: ${url}`);
  return match[1]!;
}

/** Opens a public profile's data as a signed-out visitor. */
export async function openProfile(t: TestApp, handle: string, query = '') {
  const res = await t.app.inject({ method: 'GET', url: `/api/public/profiles/${handle}${query}` });
  // biome-ignore lint/suspicious/noExplicitAny: test responses are checked field by field
  return { status: res.statusCode, body: res.json() as any, raw: res.body, headers: res.headers };
}
