import type { ClassInput, ClassPatch } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import {
  createClass,
  type Database,
  deleteClass,
  listClasses,
  listClassMembers,
  listPathways,
  recordAudit,
  renameClass,
  setClassPathways,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { OrgActor } from '../identity/actor.ts';
import type { AppContext } from '../runtime/types.ts';
import { getVisibleClass } from './class-access.ts';

/** Refuses (400 on `body/pathwayIds`, nothing written) pathways the organization does not have. */
async function checkPathways(db: Kysely<Database>, orgId: string, ids: readonly string[]): Promise<void> {
  const known = new Set((await listPathways(db, orgId)).map((p) => p.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppError('validation_failed', `No such pathway: ${unknown.join(', ')}`, [
      { field: 'body/pathwayIds', message: `unknown: ${unknown.join(', ')}` },
    ]);
  }
}

/** The pathways a class can be assigned. */
export async function listClassOptions(ctx: AppContext, actor: OrgActor) {
  return {
    pathways: (await listPathways(ctx.db.kysely, actor.orgId)).map((p) => ({ id: p.id, name: p.name })),
  };
}

/** Classes the actor sees: all of them for administrators, the ones they teach for teachers. */
export async function listVisibleClasses(ctx: AppContext, actor: OrgActor) {
  if (actor.role === 'admin') return listClasses(ctx.db.kysely, actor.orgId);
  if (!actor.userId) return [];
  return listClasses(ctx.db.kysely, actor.orgId, { teacherId: actor.userId });
}

/** Creates a class with its pathways (audited); a teacher who creates it teaches it. */
export function createClassAs(ctx: AppContext, actor: OrgActor, input: ClassInput): Promise<{ id: string }> {
  const { orgId } = actor;
  const pathwayIds = input.pathwayIds ?? [];
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await checkPathways(trx, orgId, pathwayIds);
    const row = await createClass(trx, {
      orgId,
      name: input.name,
      createdBy: actor.userId,
      teacherId: actor.role === 'teacher' ? actor.userId : null,
    });
    await setClassPathways(trx, { orgId, classId: row.id, pathwayIds });
    await recordAudit(trx, {
      orgId,
      actorUserId: actor.userId,
      action: 'class.created',
      targetType: 'class',
      targetId: row.id,
      details: { name: input.name },
    });
    return row;
  });
}

/** A class the actor sees, with its members and pathways. */
export async function getClassDetail(ctx: AppContext, actor: OrgActor, classId: string) {
  const found = await getVisibleClass(ctx.db.kysely, actor, classId);
  const [members, summary] = await Promise.all([
    listClassMembers(ctx.db.kysely, actor.orgId, found.id),
    listClasses(ctx.db.kysely, actor.orgId).then((all) => all.find((c) => c.id === found.id)),
  ]);
  return { ...found, pathwayIds: summary?.pathwayIds ?? [], members };
}

/** Renames a class or replaces its pathways, in one transaction. */
export async function updateClass(ctx: AppContext, actor: OrgActor, classId: string, input: ClassPatch) {
  const found = await getVisibleClass(ctx.db.kysely, actor, classId);
  const { orgId } = actor;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    if (input.name) await renameClass(trx, orgId, found.id, input.name);
    if (input.pathwayIds) {
      await checkPathways(trx, orgId, input.pathwayIds);
      await setClassPathways(trx, { orgId, classId: found.id, pathwayIds: input.pathwayIds });
    }
  });
}

/** Deletes a class and its log (audited). */
export async function removeClass(ctx: AppContext, actor: OrgActor, classId: string): Promise<void> {
  const found = await getVisibleClass(ctx.db.kysely, actor, classId);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await deleteClass(trx, actor.orgId, found.id);
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'class.deleted',
      targetType: 'class',
      targetId: found.id,
    });
  });
}
