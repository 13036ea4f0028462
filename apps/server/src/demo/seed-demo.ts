import {
  addMembership,
  createOrganization,
  createUser,
  type Db,
  findOrganizationBySlug,
  findUserByEmail,
  recordAudit,
} from '@pathwise/db';
import { hashPassword } from '../identity/password.ts';
import type { Config } from '../runtime/config.ts';
import { seedDemoCredentials } from './seed-credentials.ts';
import { seedDemoLearning } from './seed-learning.ts';
import { type DemoLrsCredential, seedDemoLrs } from './seed-lrs.ts';

export const DEMO_ORG_SLUG = 'demo';
export const DEMO_ACCOUNTS = [
  { role: 'learner', email: 'learner@demo.pathwise.test', name: 'Lucía Learner' },
  { role: 'teacher', email: 'teacher@demo.pathwise.test', name: 'Tomás Teacher' },
  { role: 'admin', email: 'admin@demo.pathwise.test', name: 'Ada Admin' },
  { role: 'employer', email: 'employer@demo.pathwise.test', name: 'Emma Employer' },
] as const;

export interface DemoSeedResult {
  created: boolean;
  orgId: string;
  /** The demo LRS key and secret, when `lrs` was asked for. */
  lrs?: DemoLrsCredential;
  /** The demo learner's share link for the demo employer, when `credentials` was given. */
  shareUrl?: string;
}

/**
 * Creates the demo organization and one account per role, unless it exists. Later capabilities add their demo
 * data (pathways, credentials, activity) to this organization.
 */
export async function seedDemo(
  db: Db,
  options: {
    password: string;
    passwordHashCost: number;
    lrs?: { key?: string; secret?: string };
    /** The server configuration, to issue the demo credentials (their DID follows PUBLIC_URL). */
    credentials?: Config;
  },
): Promise<DemoSeedResult> {
  const result = await seedDemoOrganization(db, options);
  if (result.created) await seedDemoLearning(db, result.orgId, await demoLearnerId(db));
  const emails = { learner: DEMO_ACCOUNTS[0].email, teacher: DEMO_ACCOUNTS[1].email };
  const shareUrl = options.credentials
    ? await seedDemoCredentials(db, result.orgId, emails, options.credentials)
    : undefined;
  const seeded = shareUrl ? { ...result, shareUrl } : result;
  return options.lrs ? { ...seeded, lrs: await seedDemoLrs(db, result.orgId, options.lrs) } : seeded;
}

async function demoLearnerId(db: Db): Promise<string> {
  const learner = await findUserByEmail(db.kysely, DEMO_ACCOUNTS[0].email);
  if (!learner) throw new Error('The demo learner was not created');
  return learner.id;
}

async function seedDemoOrganization(
  db: Db,
  options: { password: string; passwordHashCost: number },
): Promise<DemoSeedResult> {
  const existing = await findOrganizationBySlug(db.kysely, DEMO_ORG_SLUG);
  if (existing) return { created: false, orgId: existing.id };
  const passwordHash = await hashPassword(options.password, options.passwordHashCost);
  return db.kysely.transaction().execute(async (trx) => {
    const org = await createOrganization(trx, { slug: DEMO_ORG_SLUG, name: 'Pathwise Demo School' });
    for (const account of DEMO_ACCOUNTS) {
      const user =
        (await findUserByEmail(trx, account.email)) ??
        (await createUser(trx, {
          email: account.email,
          name: account.name,
          passwordHash,
          kind: account.role === 'employer' ? 'employer' : 'learner',
          // The demo addresses are ours: nobody else can claim them.
          emailVerifiedAt: new Date(),
        }));
      await addMembership(trx, { orgId: org.id, userId: user.id, role: account.role });
    }
    await recordAudit(trx, {
      orgId: org.id,
      action: 'demo.seeded',
      targetType: 'organization',
      targetId: org.id,
    });
    return { created: true, orgId: org.id };
  });
}
