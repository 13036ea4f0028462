import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';

/** A class as listed: its counts and assigned pathways. */
export interface ClassSummary {
  id: string;
  name: string;
  createdAt: Date;
  learnerCount: number;
  teacherCount: number;
  pathwayIds: string[];
}

/** Creates a class; its creator, when given, becomes its first teacher. */
export async function createClass(
  db: Kysely<Database>,
  input: { orgId: string; name: string; createdBy: string | null; teacherId?: string | null },
): Promise<{ id: string }> {
  const row = await db
    .insertInto('classes')
    .values({ org_id: input.orgId, name: input.name, created_by: input.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.teacherId) {
    await addClassMembers(db, {
      orgId: input.orgId,
      classId: row.id,
      userIds: [input.teacherId],
      role: 'teacher',
    });
  }
  return row;
}

/** Classes of an organization; with `teacherId`, only the classes that person teaches. */
export async function listClasses(
  db: Kysely<Database>,
  orgId: string,
  options: { teacherId?: string; learnerId?: string } = {},
): Promise<ClassSummary[]> {
  let q = db
    .selectFrom('classes as c')
    .select([
      'c.id',
      'c.name',
      'c.created_at',
      sql<number>`(select count(*) from class_members m where m.org_id = c.org_id and m.class_id = c.id and m.role = 'learner')::int`.as(
        'learners',
      ),
      sql<number>`(select count(*) from class_members m where m.org_id = c.org_id and m.class_id = c.id and m.role = 'teacher')::int`.as(
        'teachers',
      ),
      sql<
        string[]
      >`coalesce((select array_agg(p.pathway_id order by p.pathway_id) from class_pathways p where p.org_id = c.org_id and p.class_id = c.id), '{}')`.as(
        'pathways',
      ),
    ])
    .where('c.org_id', '=', orgId);
  for (const [userId, role] of [
    [options.teacherId, 'teacher'],
    [options.learnerId, 'learner'],
  ] as const) {
    if (!userId) continue;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('class_members as t')
          .select('t.user_id')
          .whereRef('t.org_id', '=', 'c.org_id')
          .whereRef('t.class_id', '=', 'c.id')
          .where('t.user_id', '=', userId)
          .where('t.role', '=', role),
      ),
    );
  }
  const rows = await q.orderBy('c.name').orderBy('c.id').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.created_at,
    learnerCount: r.learners,
    teacherCount: r.teachers,
    pathwayIds: r.pathways,
  }));
}

/** A class of the organization, or null (also for an id that is not a UUID). */
export async function findClass(
  db: Kysely<Database>,
  orgId: string,
  classId: string,
): Promise<{ id: string; name: string; createdAt: Date } | null> {
  if (!/^[0-9a-f-]{36}$/i.test(classId)) return null;
  const row = await db
    .selectFrom('classes')
    .select(['id', 'name', 'created_at'])
    .where('org_id', '=', orgId)
    .where('id', '=', classId)
    .executeTakeFirst();
  return row ? { id: row.id, name: row.name, createdAt: row.created_at } : null;
}

/** Renames a class. */
export async function renameClass(
  db: Kysely<Database>,
  orgId: string,
  classId: string,
  name: string,
): Promise<void> {
  await db
    .updateTable('classes')
    .set({ name })
    .where('org_id', '=', orgId)
    .where('id', '=', classId)
    .execute();
}

/** Deletes a class with its members, pathways and intervention log. */
export async function deleteClass(db: Kysely<Database>, orgId: string, classId: string): Promise<void> {
  await db.deleteFrom('classes').where('org_id', '=', orgId).where('id', '=', classId).execute();
}

/** Adds people to a class in one role (one who is already in it keeps their place and takes this role). */
export async function addClassMembers(
  db: Kysely<Database>,
  input: { orgId: string; classId: string; userIds: readonly string[]; role: 'teacher' | 'learner' },
): Promise<void> {
  if (input.userIds.length === 0) return;
  await db
    .insertInto('class_members')
    .values(
      input.userIds.map((userId) => ({
        org_id: input.orgId,
        class_id: input.classId,
        user_id: userId,
        role: input.role,
      })),
    )
    .onConflict((oc) => oc.columns(['org_id', 'class_id', 'user_id']).doUpdateSet({ role: input.role }))
    .execute();
}

/** Removes a person from a class; returns whether they were in it. */
export async function removeClassMember(
  db: Kysely<Database>,
  orgId: string,
  classId: string,
  userId: string,
): Promise<boolean> {
  const res = await db
    .deleteFrom('class_members')
    .where('org_id', '=', orgId)
    .where('class_id', '=', classId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/** The people of a class with their names, teachers first. */
export async function listClassMembers(
  db: Kysely<Database>,
  orgId: string,
  classId: string,
): Promise<{ userId: string; name: string; email: string; role: 'teacher' | 'learner' }[]> {
  const rows = await db
    .selectFrom('class_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.name', 'u.email', 'm.role'])
    .where('m.org_id', '=', orgId)
    .where('m.class_id', '=', classId)
    .orderBy('m.role', 'desc')
    .orderBy('u.name')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, name: r.name, email: r.email, role: r.role }));
}

/** The role of a person in a class, or null. */
export async function findClassRole(
  db: Kysely<Database>,
  orgId: string,
  classId: string,
  userId: string,
): Promise<'teacher' | 'learner' | null> {
  const row = await db
    .selectFrom('class_members')
    .select('role')
    .where('org_id', '=', orgId)
    .where('class_id', '=', classId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.role ?? null;
}

/** Replaces the pathways assigned to a class. */
export async function setClassPathways(
  db: Kysely<Database>,
  input: { orgId: string; classId: string; pathwayIds: readonly string[] },
): Promise<void> {
  await db
    .deleteFrom('class_pathways')
    .where('org_id', '=', input.orgId)
    .where('class_id', '=', input.classId)
    .execute();
  if (input.pathwayIds.length === 0) return;
  await db
    .insertInto('class_pathways')
    .values(input.pathwayIds.map((p) => ({ org_id: input.orgId, class_id: input.classId, pathway_id: p })))
    .execute();
}
