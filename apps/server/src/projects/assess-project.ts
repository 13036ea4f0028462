import type {
  ProjectAssessed,
  ProjectAssessmentInput,
  ProjectSubmissionList,
  ProjectView,
} from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import {
  findSubmission,
  heldAchievementIds,
  insertAssessment,
  PROJECT_LEVELS,
  type ProjectLevel,
  projectStatusesOf,
  recordAudit,
  revokedAchievementIds,
} from '@pathwise/db';
import { passes } from '../assignments/project-rubric.ts';
import { awardAchievementIn } from '../credentials/award-achievement.ts';
import type { OrgActor } from '../identity/actor.ts';
import type { AppContext } from '../runtime/types.ts';
import { getTaughtProject, type ProjectRow, presentProjectView } from './project-access.ts';

type SubmissionParams = { classId: string; assignmentId: string; learnerId: string };

/** The learners of a project's class and where each stands (submitted, passed, needs revision, or nothing yet). */
export async function listProjectSubmissions(
  ctx: AppContext,
  actor: OrgActor,
  params: { classId: string; assignmentId: string },
): Promise<ProjectSubmissionList> {
  const db = ctx.db.kysely;
  const { row, learners } = await getTaughtProject(db, actor, params);
  const statuses = await projectStatusesOf(db, {
    orgId: actor.orgId,
    userIds: learners.map((l) => l.userId),
    assignmentIds: [row.id],
  });
  const versions = await Promise.all(
    learners.map((l) => findSubmission(db, { orgId: actor.orgId, assignmentId: row.id, userId: l.userId })),
  );
  return {
    learners: learners.map((l, i) => ({
      learnerId: l.userId,
      name: l.name,
      status: statuses.get(`${l.userId}/${row.id}`)?.status ?? null,
      latestVersion: versions[i]?.versions.at(-1)?.version ?? null,
    })),
  };
}

/** One learner's submission to a project of a class the actor teaches. */
export async function readProjectSubmission(
  ctx: AppContext,
  actor: OrgActor,
  params: SubmissionParams,
): Promise<ProjectView> {
  const db = ctx.db.kysely;
  const { row } = await getTaughtProject(db, actor, params);
  const sub = await findSubmission(db, {
    orgId: actor.orgId,
    assignmentId: row.id,
    userId: params.learnerId,
  });
  return presentProjectView(db, actor.orgId, row, sub);
}

/** The evidence of a passed project: the project, its class, the version and each criterion's level. */
function evidenceNarrative(row: ProjectRow, version: number, levels: readonly ProjectLevel[]): string {
  const criteria = row.target.rubric.criteria.map((c, i) => `${c.name}: ${levels[i]}`).join('; ');
  const text = `Project “${row.title ?? 'Untitled project'}” (${row.className}), version ${version}, assessed as passed with the rubric: ${criteria}.`;
  return text.slice(0, 2000);
}

/**
 * A teacher assesses the latest version of a learner's submission: a level per criterion (in the rubric's order)
 * and feedback; the pass rule decides `passed`. When it passes and the project names an achievement, the
 * achievement is awarded with evidence naming the project and its levels, and stacking issues what it completes,
 * all in one transaction with the assessment (audited). An achievement already held, or revoked (only an
 * administrator re-awards it), is not awarded again; the assessment stands.
 */
export async function assessProject(
  ctx: AppContext,
  actor: OrgActor,
  params: SubmissionParams,
  input: ProjectAssessmentInput,
): Promise<ProjectAssessed> {
  const db = ctx.db.kysely;
  const { row } = await getTaughtProject(db, actor, params);
  const criteria = row.target.rubric.criteria;
  if (input.levels.length !== criteria.length)
    throw new AppError('validation_failed', `Give one level per criterion (${criteria.length})`, [
      { field: 'body/levels', message: `must have ${criteria.length} levels, one per criterion` },
    ]);
  const levels = input.levels.filter((l): l is ProjectLevel =>
    (PROJECT_LEVELS as readonly string[]).includes(l),
  );
  const passed = passes(row.target.rubric.passRule, levels);
  const key = { orgId: actor.orgId, assignmentId: row.id, userId: params.learnerId };
  const awarded = await db.transaction().execute(async (trx) => {
    const sub = await findSubmission(trx, key);
    const latest = sub?.versions.at(-1);
    if (!sub || !latest) throw new AppError('not_found', 'Nothing handed in yet');
    if (latest.assessment) throw new AppError('conflict', 'This version is already assessed');
    await insertAssessment(trx, {
      orgId: actor.orgId,
      submissionId: sub.id,
      version: latest.version,
      levels,
      feedback: input.feedback,
      passed,
      assessedBy: actor.userId,
      now: ctx.now(),
    });
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'project.assessed',
      targetType: 'assignment',
      targetId: row.id,
      details: { learnerId: params.learnerId, version: latest.version, passed },
    });
    const achievementId = row.target.achievementId;
    if (!passed || !achievementId) return [];
    const now = ctx.now();
    const [held, revoked] = await Promise.all([
      heldAchievementIds(trx, actor.orgId, params.learnerId, now),
      revokedAchievementIds(trx, actor.orgId, params.learnerId),
    ]);
    if (held.has(achievementId) || revoked.has(achievementId)) return [];
    const result = await awardAchievementIn(trx, ctx, {
      orgId: actor.orgId,
      achievementId,
      learnerId: params.learnerId,
      evidence: { narrative: evidenceNarrative(row, latest.version, levels) },
      actorUserId: actor.userId,
    });
    return result.issued.map((c) => ({ achievementId: c.achievementId, name: c.achievementName }));
  });
  const sub = await findSubmission(db, key);
  return { view: await presentProjectView(db, actor.orgId, row, sub), awarded };
}
