import type { Achievement, AchievementBody } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import {
  type AchievementTranslations,
  assertNoStackingCycle,
  readCriteria,
} from '@pathwise/core/achievements';
import {
  findAchievement,
  insertAchievement,
  listAchievements,
  listSkills,
  recordAudit,
  updateAchievement,
} from '@pathwise/db';
import type { AppContext } from '../runtime/types.ts';
import { presentAchievement } from './present-credential.ts';

/** The body's translations as stored: trimmed, an empty description left out (readers then see the English one). */
function translationsOf(body: AchievementBody): AchievementTranslations {
  const out: { es?: { name: string; description: string } } = {};
  const es = body.translations?.es;
  if (es) out.es = { name: es.name.trim(), description: es.description?.trim() ?? '' };
  return out;
}

/**
 * Creates (no `id`) or replaces an achievement after checking that its skills and parts exist in the
 * organization and that stacking makes no cycle (the error names it). The criteria's missing parts get defaults;
 * the aligned skills default to the criteria's skills.
 */
export async function saveAchievement(
  ctx: AppContext,
  input: { orgId: string; id?: string; body: AchievementBody; actorUserId: string | null },
): Promise<Achievement> {
  const criteria = readCriteria(input.body.criteria);
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const skills = new Set((await listSkills(trx, input.orgId)).map((s) => s.id));
    const existing = await listAchievements(trx, input.orgId);
    const skillIds = input.body.skillIds ?? criteria.skills.map((s) => s.skillId);
    const unknownSkill = [...criteria.skills.map((s) => s.skillId), ...skillIds].find(
      (id) => !skills.has(id),
    );
    if (unknownSkill)
      throw new AppError('validation_failed', `No skill ${unknownSkill} in this organization`);
    const bad = criteria.skills.find((s) => !(s.threshold > 0 && s.threshold <= 1));
    if (bad)
      throw new AppError(
        'validation_failed',
        `The threshold of ${bad.skillId} must be above 0 and at most 1`,
      );
    const known = new Map(existing.map((a) => [a.id, a]));
    const unknownPart = criteria.achievements.find((a) => !known.has(a));
    if (unknownPart)
      throw new AppError('validation_failed', `No achievement ${unknownPart} in this organization`);
    if (input.id && !(await findAchievement(trx, input.orgId, input.id)))
      throw new AppError('not_found', 'No such achievement');
    const id = input.id ?? 'new';
    const parts = new Map(existing.map((a) => [a.id, a.criteria.achievements]));
    parts.set(id, criteria.achievements);
    const names = new Map(existing.map((a) => [a.id, a.name]));
    names.set(id, input.body.name);
    assertNoStackingCycle(id, parts, names);
    const values = {
      name: input.body.name,
      description: input.body.description ?? '',
      achievementType:
        input.body.achievementType ?? (criteria.achievements.length > 0 ? 'Certificate' : 'Badge'),
      criteria,
      skillIds: [...new Set(skillIds)],
      validityDays: input.body.validityDays ?? null,
      translations: translationsOf(input.body),
    };
    const row = input.id
      ? await updateAchievement(trx, input.orgId, input.id, values)
      : await insertAchievement(trx, input.orgId, values);
    if (!row) throw new AppError('not_found', 'No such achievement');
    await recordAudit(trx, {
      orgId: input.orgId,
      actorUserId: input.actorUserId,
      action: input.id ? 'achievement.updated' : 'achievement.created',
      targetType: 'achievement',
      targetId: row.id,
    });
    return presentAchievement(row);
  });
}
