import type {
  JobProfile,
  JobProfileBody,
  JobProfileList,
  MatchResult,
  ProfileSkillChoices,
} from '@pathwise/contracts';
import { AppError, type FieldProblem } from '@pathwise/core';
import { matchProfile } from '@pathwise/core/employer-match';
import {
  findJobProfile,
  insertJobProfile,
  type JobProfileRow,
  listJobProfiles,
  listSkillCrosswalks,
  listSkills,
  recordAudit,
} from '@pathwise/db';
import type { AppContext } from '../runtime/types.ts';
import { openShareLink } from './open-share-link.ts';
import { type ProfileDraft, profileFromOccupation } from './profile-from-occupation.ts';
import { verifyAnyCredential } from './verify-any-credential.ts';

/** A stored job profile as the API shows it. */
function presentProfile(p: JobProfileRow): JobProfile {
  return {
    id: p.id,
    name: p.name,
    source: p.source,
    sourceCode: p.source_code,
    skills: p.skills,
    createdAt: p.created_at.toISOString(),
  };
}

/** The organization's job profiles. */
export async function listOrgJobProfiles(ctx: AppContext, orgId: string): Promise<JobProfileList> {
  return { profiles: (await listJobProfiles(ctx.db.kysely, orgId)).map(presentProfile) };
}

/** The organization's framework skills, for a profile written by hand. */
export async function listProfileSkillChoices(ctx: AppContext, orgId: string): Promise<ProfileSkillChoices> {
  const skills = await listSkills(ctx.db.kysely, orgId);
  return {
    skills: skills.map(({ id, parentId, name, description }) => ({ id, parentId, name, description })),
  };
}

/**
 * A profile written by hand: a name and skills, each framework skill it names checked against the organization's
 * framework (an unknown one is a 400 naming it).
 */
async function profileByHand(ctx: AppContext, orgId: string, body: JobProfileBody): Promise<ProfileDraft> {
  const { name, skills } = body;
  if (!name || !skills?.length)
    throw new AppError('validation_failed', 'Give a name and skills, or an O*NET code or ESCO occupation', [
      { field: name ? 'body/skills' : 'body/name', message: 'is required for a profile written by hand' },
    ]);
  const known = new Set((await listSkills(ctx.db.kysely, orgId)).map((s) => s.id));
  const unknown: FieldProblem[] = skills.flatMap((s, i) =>
    (s.skillIds ?? []).flatMap((id, j) =>
      known.has(id)
        ? []
        : [{ field: `body/skills/${i}/skillIds/${j}`, message: `no skill ${id} in the framework` }],
    ),
  );
  if (unknown.length > 0) throw new AppError('validation_failed', 'A skill is not in the framework', unknown);
  return {
    name,
    source: 'manual',
    sourceCode: null,
    skills: skills.map((s) => ({
      name: s.name,
      ...(s.code ? { code: s.code } : {}),
      skillIds: s.skillIds ?? [],
      required: s.required ?? true,
    })),
  };
}

/**
 * Creates a job profile by hand (a name and skills), or from an O*NET-SOC code or an ESCO occupation read at run
 * time from the shared data (all its important or essential skills, or those chosen, each required or nice to
 * have); audited as `job_profile.created`.
 */
export async function createJobProfile(
  ctx: AppContext,
  input: { orgId: string; body: JobProfileBody; actorUserId: string | null },
): Promise<JobProfile> {
  const { onetCode, escoUri } = input.body;
  const draft =
    onetCode || escoUri
      ? await profileFromOccupation(ctx, input.body)
      : await profileByHand(ctx, input.orgId, input.body);
  const row = await ctx.db.kysely.transaction().execute(async (trx) => {
    const created = await insertJobProfile(trx, { orgId: input.orgId, ...draft, now: ctx.now() });
    await recordAudit(trx, {
      orgId: input.orgId,
      actorUserId: input.actorUserId,
      action: 'job_profile.created',
      targetType: 'job_profile',
      targetId: created.id,
    });
    return created;
  });
  return presentProfile(row);
}

/**
 * Matches a record a learner shared (by its link token) against a job profile, skill by skill; a credential
 * that does not verify counts as `unverified`, never as held. The view is recorded as the employer's.
 */
export async function matchSharedRecord(
  ctx: AppContext,
  input: { orgId: string; profileId: string; shareToken: string; viewer: string },
): Promise<MatchResult> {
  const profile = await findJobProfile(ctx.db.kysely, input.orgId, input.profileId);
  if (!profile) throw new AppError('not_found', 'No such job profile');
  const opened = await openShareLink(ctx, input.shareToken, input.viewer);
  if (opened.status !== 'ok')
    throw new AppError('conflict', `This share link is ${opened.status}; ask the learner for a new one`);
  const credentials = [];
  for (const c of opened.credentials) {
    const verification = await verifyAnyCredential(ctx, c.document);
    const achievement = (
      c.document.credentialSubject as { achievement?: { alignment?: { targetName?: string }[] } }
    ).achievement;
    credentials.push({
      ...c,
      state: verification.verified ? c.state : 'unverified',
      skillNames: (achievement?.alignment ?? []).map((a) => a.targetName ?? ''),
    });
  }
  const presented = presentProfile(profile);
  return {
    profile: presented,
    learnerName: opened.learnerName,
    // The credentials' skills belong to the issuing organization's framework: read its crosswalks.
    ...matchProfile(presented, credentials, await listSkillCrosswalks(ctx.db.kysely, opened.orgId)),
  };
}
