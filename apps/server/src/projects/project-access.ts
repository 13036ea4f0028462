import type { ProjectSubmission, ProjectView } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import {
  type AssignmentRow,
  type Database,
  findAchievement,
  listAssignments,
  listClassMembers,
  type ProjectSubmissionRow,
  type ProjectTarget,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { getVisibleAssignment } from '../assignments/manage-assignments.ts';
import { presentProjectSpec } from '../assignments/project-rubric.ts';
import type { OrgActor } from '../identity/actor.ts';

/** A project assignment with its parsed target. */
export type ProjectRow = AssignmentRow & { target: ProjectTarget };

function isProject(row: AssignmentRow): row is ProjectRow {
  return row.target.kind === 'project';
}

/** A project of a class the learner is a learner of, or "No such project" (anyone else's: 404). */
export async function getLearnersProject(
  db: Kysely<Database>,
  who: { orgId: string; userId: string },
  assignmentId: string,
): Promise<ProjectRow> {
  const rows = await listAssignments(db, { orgId: who.orgId, learnerId: who.userId });
  const row = rows.find((r) => r.id === assignmentId);
  if (!row || !isProject(row)) throw new AppError('not_found', 'No such project');
  return row;
}

/**
 * A project of a class the actor teaches (or administers) and a learner of that class, or "No such project" /
 * "No such learner in this class" (404).
 */
export async function getTaughtProject(
  db: Kysely<Database>,
  actor: OrgActor,
  params: { classId: string; assignmentId: string; learnerId?: string },
): Promise<{ row: ProjectRow; learners: { userId: string; name: string }[] }> {
  const row = await getVisibleAssignment(db, actor, params.classId, params.assignmentId);
  if (!isProject(row)) throw new AppError('not_found', 'No such project');
  const learners = (await listClassMembers(db, actor.orgId, row.classId)).filter((m) => m.role === 'learner');
  if (params.learnerId !== undefined && !learners.some((l) => l.userId === params.learnerId))
    throw new AppError('not_found', 'No such learner in this class');
  return { row, learners };
}

/** Whether the latest version may be followed by another: not assessed yet, or assessed and not passed. */
export function canResubmit(sub: ProjectSubmissionRow | null): boolean {
  const latest = sub?.versions.at(-1);
  return !latest?.assessment?.passed;
}

/** A submission for the API: every version, its status and whether the learner may hand in again. */
export function presentSubmission(sub: ProjectSubmissionRow): ProjectSubmission {
  const latest = sub.versions.at(-1)?.assessment;
  return {
    learnerId: sub.userId,
    learnerName: sub.userName,
    status: latest ? (latest.passed ? 'passed' : 'needs_revision') : 'submitted',
    canResubmit: canResubmit(sub),
    versions: sub.versions.map((v) => ({
      version: v.version,
      text: v.body,
      link: v.link,
      submittedAt: v.submittedAt.toISOString(),
      files: v.files,
      assessment: v.assessment
        ? {
            levels: v.assessment.levels,
            feedback: v.assessment.feedback,
            passed: v.assessment.passed,
            assessedByName: v.assessment.assessedByName,
            assessedAt: v.assessment.assessedAt.toISOString(),
          }
        : null,
    })),
  };
}

/** The project as read by a learner or a teacher, with one learner's submission (or null). */
export async function presentProjectView(
  db: Kysely<Database>,
  orgId: string,
  row: ProjectRow,
  sub: ProjectSubmissionRow | null,
): Promise<ProjectView> {
  const achievement = row.target.achievementId
    ? await findAchievement(db, orgId, row.target.achievementId)
    : null;
  return {
    assignmentId: row.id,
    classId: row.classId,
    className: row.className,
    title: row.title,
    instructions: row.instructions,
    dueAt: row.dueAt.toISOString(),
    project: presentProjectSpec(row.target),
    achievementName: achievement?.name ?? null,
    submission: sub ? presentSubmission(sub) : null,
  };
}
