import type { Assignment, AssignmentInput, AssignmentPatch } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import {
  type AssignmentRow,
  archiveAssignment,
  type Database,
  findAssignment,
  insertAssignment,
  listAssignments,
  recordAudit,
  updateAssignment,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { getVisibleClass } from '../classes/class-access.ts';
import type { OrgActor } from '../identity/actor.ts';
import { loadCatalog } from '../learning/learning-catalog.ts';
import type { AppContext } from '../runtime/types.ts';
import { dueDateOf, presentAssignment, targetOf } from './assignment-target.ts';
import { itemSetTargetOf } from './item-set-target.ts';
import { lessonTargetOf, publishedLessons } from './lesson-target.ts';
import { projectTargetOf } from './project-target.ts';

/** An assignment of a class the actor teaches (or administers), or "No such assignment". */
export async function getVisibleAssignment(
  db: Kysely<Database>,
  actor: OrgActor,
  classId: string,
  assignmentId: string,
): Promise<AssignmentRow> {
  const found = await getVisibleClass(db, actor, classId);
  const row = await findAssignment(db, { orgId: actor.orgId, classId: found.id, assignmentId });
  if (!row) throw new AppError('not_found', 'No such assignment');
  return row;
}

/** The assignments of a class the actor teaches (or administers), soonest due first. */
export async function listClassAssignments(
  ctx: AppContext,
  actor: OrgActor,
  classId: string,
): Promise<Assignment[]> {
  const db = ctx.db.kysely;
  const found = await getVisibleClass(db, actor, classId);
  const [catalog, rows] = await Promise.all([
    loadCatalog(db, actor.orgId),
    listAssignments(db, { orgId: actor.orgId, classId: found.id }),
  ]);
  return rows.map((r) => presentAssignment(catalog, r));
}

/** Assigns work to a class (checked against the catalog first; audited); answers its id. */
export async function createAssignment(
  ctx: AppContext,
  actor: OrgActor,
  classId: string,
  input: AssignmentInput,
): Promise<{ id: string }> {
  const db = ctx.db.kysely;
  const found = await getVisibleClass(db, actor, classId);
  const target =
    input.kind === 'lesson'
      ? await lessonTargetOf(db, actor.orgId, input)
      : input.kind === 'project'
        ? await projectTargetOf(db, actor, input)
        : input.kind === 'item_set'
          ? await itemSetTargetOf(db, actor.orgId, input)
          : targetOf(await loadCatalog(db, actor.orgId), input);
  const dueAt = dueDateOf(input.dueAt);
  return db.transaction().execute(async (trx) => {
    const row = await insertAssignment(trx, {
      orgId: actor.orgId,
      classId: found.id,
      target,
      title: input.title ?? null,
      instructions: input.instructions ?? null,
      dueAt,
      createdBy: actor.userId,
      now: ctx.now(),
    });
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'assignment.created',
      targetType: 'assignment',
      targetId: row.id,
      details: { classId: found.id, kind: target.kind, dueAt: dueAt.toISOString() },
    });
    return row;
  });
}

/** Changes an assignment's due date, title or instructions (audited). */
export async function editAssignment(
  ctx: AppContext,
  actor: OrgActor,
  params: { classId: string; assignmentId: string },
  input: AssignmentPatch,
): Promise<void> {
  const db = ctx.db.kysely;
  const row = await getVisibleAssignment(db, actor, params.classId, params.assignmentId);
  const dueAt = input.dueAt === undefined ? undefined : dueDateOf(input.dueAt);
  await db.transaction().execute(async (trx) => {
    await updateAssignment(trx, {
      orgId: actor.orgId,
      assignmentId: row.id,
      ...(dueAt ? { dueAt } : {}),
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.instructions !== undefined ? { instructions: input.instructions } : {}),
      now: ctx.now(),
    });
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'assignment.updated',
      targetType: 'assignment',
      targetId: row.id,
      details: { fields: Object.keys(input), ...(dueAt ? { dueAt: dueAt.toISOString() } : {}) },
    });
  });
}

/** Archives an assignment: it leaves the lists and the gradebook (audited). */
export async function removeAssignment(
  ctx: AppContext,
  actor: OrgActor,
  params: { classId: string; assignmentId: string },
): Promise<void> {
  const db = ctx.db.kysely;
  const row = await getVisibleAssignment(db, actor, params.classId, params.assignmentId);
  await db.transaction().execute(async (trx) => {
    await archiveAssignment(trx, { orgId: actor.orgId, assignmentId: row.id, now: ctx.now() });
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'assignment.archived',
      targetType: 'assignment',
      targetId: row.id,
      details: { classId: row.classId },
    });
  });
}

/** What the actor can assign to a class they teach: the published pathways and the framework's skills. */
export async function assignmentOptions(ctx: AppContext, actor: OrgActor, classId: string) {
  const db = ctx.db.kysely;
  await getVisibleClass(db, actor, classId);
  const catalog = await loadCatalog(db, actor.orgId);
  return {
    pathways: [...catalog.pathways.values()].map((p) => ({ id: p.id, name: p.name })),
    skills: [...catalog.graph.skills.values()].map((s) => ({ id: String(s.id), name: s.name })),
    lessons: await publishedLessons(db, actor.orgId),
  };
}
