import type { AchievementList, IssuedCredentialList, SkillOptions } from '@pathwise/contracts';
import {
  countIssuedByAchievement,
  listAchievementImages,
  listAchievements,
  listMembers,
  listOrgCredentials,
  listSkills,
} from '@pathwise/db';
import type { AppContext } from '../runtime/types.ts';
import { presentAchievementImage } from './achievement-images/achievement-image.ts';
import { achievementNames, presentAchievement, presentCredential } from './present-credential.ts';

/** The organization's achievements, each with how many credentials it issued and its image. */
export async function listAchievementSummaries(ctx: AppContext, orgId: string): Promise<AchievementList> {
  const issued = await countIssuedByAchievement(ctx.db.kysely, orgId);
  const images = await listAchievementImages(ctx.db.kysely, orgId);
  return {
    achievements: (await listAchievements(ctx.db.kysely, orgId)).map((a) => {
      const image = images.get(a.id);
      return {
        ...presentAchievement(a),
        issuedCount: issued.get(a.id) ?? 0,
        image: image ? presentAchievementImage(image, a.name) : null,
      };
    }),
  };
}

/** The framework skills an achievement's criteria can name. */
export async function listAchievementSkills(ctx: AppContext, orgId: string): Promise<SkillOptions> {
  return {
    skills: (await listSkills(ctx.db.kysely, orgId)).map((s) => ({
      id: s.id,
      framework: s.framework,
      parentId: s.parentId,
      name: s.name,
    })),
  };
}

/** Credentials issued by the organization, newest first, with the learner they went to. */
export async function listIssuedCredentials(ctx: AppContext, orgId: string): Promise<IssuedCredentialList> {
  const names = await achievementNames(ctx.db.kysely, orgId);
  // NOTE: names of current members only: someone who left or deleted their account shows as null.
  const people = new Map((await listMembers(ctx.db.kysely, orgId)).map((m) => [m.userId, m.name]));
  const rows = await listOrgCredentials(ctx.db.kysely, orgId);
  return {
    credentials: rows.map((r) => ({
      ...presentCredential(r, names, ctx.now()),
      learnerId: r.user_id,
      learnerName: (r.user_id && people.get(r.user_id)) ?? null,
      revokedAt: r.revoked_at?.toISOString() ?? null,
    })),
  };
}
