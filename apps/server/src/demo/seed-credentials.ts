import { createHmac } from 'node:crypto';
import {
  type Db,
  findUserByEmail,
  insertJobProfile,
  listAchievements,
  listLearnerCredentials,
} from '@pathwise/db';
import { generateAchievementImage } from '../credentials/achievement-images/achievement-image.ts';
import { awardAchievement } from '../credentials/award-achievement.ts';
import { awardEarnedAchievements } from '../credentials/award-earned-achievements.ts';
import { saveAchievement } from '../credentials/save-achievement.ts';
import { sealingKey } from '../credentials/sealing-key.ts';
import { createShareLink } from '../credentials/share-links.ts';
import { saveOwnDiscovery } from '../discovery/discovery-settings.ts';
import { createMailer } from '../mail/mailer.ts';
import type { Config } from '../runtime/config.ts';
import type { AppContext } from '../runtime/types.ts';

const BADGES = [
  { name: 'Adding integers', es: 'Suma de enteros', skillId: 'alg.integers-add' },
  { name: 'Multiplying integers', es: 'Multiplicación de enteros', skillId: 'alg.integers-multiply' },
  { name: 'Order of operations', es: 'Orden de las operaciones', skillId: 'alg.order-of-operations' },
];
/** The colours of the badges' generated designs (teal, green, purple: swatches the image panel offers too). */
const DEMO_COLORS = ['#0f6f80', '#1e6b30', '#5f3dc4'];
/** The badges (by their place in {@link BADGES}) the demo learner makes discoverable by employers. */
const DISCOVERABLE = [0, 2];

/** The demo share link's token: stable for one installation (derived from its sealing key), unguessable. */
export function demoShareToken(config: Config): string {
  return `pws_demo_${createHmac('sha256', sealingKey(config)).update('demo share link').digest('base64url')}`;
}

/**
 * The demo organization's credentials: three skill badges the demo learner has earned through mastery, a project
 * a teacher approved, the certificate they stack into, a share link the demo employer can open, and a job
 * profile to match it against; the learner is discoverable by employers with two of the badges. Runs once (when
 * the organization has no achievement). Returns the share URL.
 */
export async function seedDemoCredentials(
  db: Db,
  orgId: string,
  emails: { learner: string; teacher: string },
  config: Config,
): Promise<string> {
  const token = demoShareToken(config);
  const url = `${config.publicUrl}/verify/share/${token}`;
  if ((await listAchievements(db.kysely, orgId)).length > 0) return url;
  const ctx: AppContext = { db, config, now: () => new Date(), mailer: createMailer(config) };
  const learner = await findUserByEmail(db.kysely, emails.learner);
  const teacher = await findUserByEmail(db.kysely, emails.teacher);
  if (!learner || !teacher) throw new Error('the demo accounts are missing');
  const badgeIds: string[] = [];
  for (const badge of BADGES) {
    const row = await saveAchievement(ctx, {
      orgId,
      body: {
        name: badge.name,
        description: `Mastered "${badge.name.toLowerCase()}" on Pathwise.`,
        criteria: { skills: [{ skillId: badge.skillId, threshold: 0.6 }] },
        translations: {
          es: { name: badge.es, description: `Dominó «${badge.es.toLowerCase()}» en Pathwise.` },
        },
      },
      actorUserId: null,
    });
    badgeIds.push(row.id);
  }
  const project = await saveAchievement(ctx, {
    orgId,
    body: {
      name: 'Integer arithmetic project',
      description: 'A project that uses integer arithmetic, approved by a teacher.',
      criteria: { evidence: { required: true, narrative: 'a budgeting project' } },
      skillIds: ['alg.integers-add', 'alg.integers-multiply'],
      translations: {
        es: {
          name: 'Proyecto de aritmética de enteros',
          description: 'Un proyecto que usa la aritmética de enteros, aprobado por un docente.',
        },
      },
    },
    actorUserId: null,
  });
  const { id: certificateId } = await saveAchievement(ctx, {
    orgId,
    body: {
      name: 'Integer Arithmetic Certificate',
      description: 'Three skill badges and a project.',
      criteria: { achievements: [...badgeIds, project.id] },
      translations: {
        es: {
          name: 'Certificado de aritmética de enteros',
          description: 'Tres insignias de habilidad y un proyecto.',
        },
      },
      skillIds: BADGES.map((b) => b.skillId),
      validityDays: 730,
    },
    actorUserId: null,
  });
  // Generated designs, so the demo's credentials, certificates and share pages carry badge images.
  const designs = [
    ...badgeIds.map((id, i) => ({ id, color: DEMO_COLORS[i] })),
    { id: project.id, color: '#1c3d7a' },
  ];
  for (const design of designs)
    await generateAchievementImage(ctx, {
      orgId,
      achievementId: design.id,
      actorUserId: null,
      body: { color: design.color },
    });
  await generateAchievementImage(ctx, { orgId, achievementId: certificateId, actorUserId: null, body: {} });
  await db.kysely
    .transaction()
    .execute((trx) => awardEarnedAchievements(trx, ctx, { orgId, userId: learner.id }));
  await awardAchievement(ctx, {
    orgId,
    achievementId: project.id,
    learnerId: learner.id,
    evidence: { narrative: 'Planned a class trip budget with gains and losses.' },
    actorUserId: teacher.id,
  });
  const held = await listLearnerCredentials(db.kysely, orgId, learner.id);
  const discoverable = DISCOVERABLE.map((i) => badgeIds[i]);
  await createShareLink(ctx, {
    orgId,
    userId: learner.id,
    credentialIds: held.map((c) => c.id),
    days: 365,
    label: 'For job applications',
    token,
  });
  // The demo learner lets the demo employer find them by two badges (not the certificate: a browser test revokes
  // a badge it stacks on, which revokes it too).
  await saveOwnDiscovery(
    ctx,
    { orgId, userId: learner.id },
    {
      enabled: true,
      credentialIds: held.filter((c) => discoverable.includes(c.achievement_id)).map((c) => c.id),
    },
  );
  // An occupational profile in O*NET terms (element ids, names and importance from O*NET 29 for 43-3031.00),
  // typed here so the demo needs no shared data; the match view reaches it through the framework's crosswalks.
  await insertJobProfile(db.kysely, {
    orgId,
    name: 'Bookkeeping clerk (demo, O*NET 43-3031.00)',
    source: 'manual',
    sourceCode: null,
    skills: [
      { name: 'Mathematics', code: '2.A.1.e', skillIds: [], importance: 3.38 },
      { name: 'Critical Thinking', code: '2.A.2.a', skillIds: [], importance: 3.25 },
      { name: 'Reading Comprehension', code: '2.A.1.a', skillIds: [], importance: 3.25 },
    ],
    // A minute older than the retail profile, which stays the first one the match view offers.
    now: new Date(Date.now() - 60_000),
  });
  await insertJobProfile(db.kysely, {
    orgId,
    name: 'Retail cashier (demo)',
    source: 'manual',
    sourceCode: null,
    skills: [
      { name: 'Adding integers', skillIds: ['alg.integers-add'] },
      { name: 'Multiplying integers', skillIds: ['alg.integers-multiply'] },
      { name: 'Solving one-step equations (addition)', skillIds: ['alg.one-step-add'] },
    ],
    now: new Date(),
  });
  return url;
}
