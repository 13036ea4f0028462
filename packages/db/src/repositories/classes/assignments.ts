import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';
import { type ProjectTarget, parseProjectTarget } from '../projects/project-target.ts';

/** A skill an assignment asks for, with the mastery it must reach (null: the mastery rule). */
export interface AssignedSkill {
  skillId: string;
  target: number | null;
}

/** An item of an item set: a stored item's id, or a demo family item's `familyId/seed/difficulty`, and its skill. */
export interface SetItem {
  itemId: string;
  skillId: string;
}

/** The `target` of an `item_set` assignment: its items, in the order they are served. */
export interface ItemSetTarget {
  kind: 'item_set';
  items: SetItem[];
}

/** What an assignment asks for, by kind: the `target` column parsed. */
export type AssignmentTarget =
  | { kind: 'pathway'; pathwayId: string }
  | { kind: 'skills'; skills: AssignedSkill[] }
  | { kind: 'lesson'; lessonId: string; title: string; skills: AssignedSkill[] }
  | ProjectTarget
  | ItemSetTarget;

/** An assignment as stored (archived ones included only where asked). */
export interface AssignmentRow {
  id: string;
  classId: string;
  className: string;
  target: AssignmentTarget;
  title: string | null;
  instructions: string | null;
  dueAt: Date;
  createdAt: Date;
  archivedAt: Date | null;
}

/** A teacher's override of one gradebook cell. */
export interface AssignmentOverrideRow {
  assignmentId: string;
  userId: string;
  status: 'not_started' | 'in_progress' | 'done';
  grade: string | null;
  reason: string;
  setBy: string | null;
  setByName: string | null;
  setAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Parses the `target` column of an assignment of `kind`; a malformed row throws (it was written by us). */
export function parseAssignmentTarget(kind: string, json: unknown): AssignmentTarget {
  const t = (typeof json === 'string' ? JSON.parse(json) : json) as Record<string, unknown> | null;
  if (kind === 'pathway' && typeof t?.pathwayId === 'string') return { kind, pathwayId: t.pathwayId };
  if (kind === 'skills' && Array.isArray(t?.skills)) {
    const skills = (t.skills as unknown[]).map((s) => {
      const r = s as Record<string, unknown>;
      if (typeof r.skillId !== 'string' || !(r.target === null || typeof r.target === 'number')) {
        throw new Error('malformed skills assignment target');
      }
      return { skillId: r.skillId, target: r.target };
    });
    return { kind, skills };
  }
  if (kind === 'lesson' && typeof t?.lessonId === 'string' && typeof t.title === 'string') {
    // NOTE: the same skills shape as a `skills` target: parsed by that branch.
    const { skills } = parseAssignmentTarget('skills', { skills: t.skills }) as { skills: AssignedSkill[] };
    return { kind, lessonId: t.lessonId, title: t.title, skills };
  }
  if (kind === 'project' && t) return parseProjectTarget(t);
  if (kind === 'item_set' && Array.isArray(t?.items)) {
    const items = (t.items as unknown[]).map((i) => {
      const r = i as Record<string, unknown>;
      if (typeof r.itemId !== 'string' || typeof r.skillId !== 'string') {
        throw new Error('malformed item set assignment target');
      }
      return { itemId: r.itemId, skillId: r.skillId };
    });
    return { kind, items };
  }
  throw new Error(`malformed assignment target of kind ${kind}`);
}

/** The `target` column of a target (its kind is the `kind` column). */
function targetJson(target: AssignmentTarget): string {
  const { kind: _kind, ...fields } = target;
  return JSON.stringify(fields);
}

/** Stores a new assignment of a class. */
export async function insertAssignment(
  db: Kysely<Database>,
  input: {
    orgId: string;
    classId: string;
    target: AssignmentTarget;
    title: string | null;
    instructions: string | null;
    dueAt: Date;
    createdBy: string | null;
    now: Date;
  },
): Promise<{ id: string }> {
  return db
    .insertInto('assignments')
    .values({
      org_id: input.orgId,
      class_id: input.classId,
      kind: input.target.kind,
      target: targetJson(input.target),
      title: input.title,
      instructions: input.instructions,
      due_at: input.dueAt,
      created_by: input.createdBy,
      created_at: input.now,
      updated_at: input.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/**
 * Assignments that are not archived, soonest due first: of one class (`classId`), or of every class where
 * `learnerId` is a learner.
 */
export async function listAssignments(
  db: Kysely<Database>,
  input: { orgId: string; classId?: string; learnerId?: string },
): Promise<AssignmentRow[]> {
  const rows = await db
    .selectFrom('assignments as a')
    .innerJoin('classes as c', (j) => j.onRef('c.org_id', '=', 'a.org_id').onRef('c.id', '=', 'a.class_id'))
    .select(['a.id', 'a.class_id', 'c.name as class_name', 'a.kind', 'a.target', 'a.title', 'a.instructions'])
    .select(['a.due_at', 'a.created_at', 'a.archived_at'])
    .where('a.org_id', '=', input.orgId)
    .where('a.archived_at', 'is', null)
    .$if(input.classId !== undefined, (q) => q.where('a.class_id', '=', input.classId!))
    .$if(input.learnerId !== undefined, (q) =>
      q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('class_members as m')
            .select('m.user_id')
            .whereRef('m.org_id', '=', 'a.org_id')
            .whereRef('m.class_id', '=', 'a.class_id')
            .where('m.user_id', '=', input.learnerId!)
            .where('m.role', '=', 'learner'),
        ),
      ),
    )
    .orderBy('a.due_at')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    classId: r.class_id,
    className: r.class_name,
    target: parseAssignmentTarget(r.kind, r.target),
    title: r.title,
    instructions: r.instructions,
    dueAt: r.due_at,
    createdAt: r.created_at,
    archivedAt: r.archived_at,
  }));
}

/** An assignment of the class that is not archived, or null (also for an id that is not a UUID). */
export async function findAssignment(
  db: Kysely<Database>,
  input: { orgId: string; classId: string; assignmentId: string },
): Promise<AssignmentRow | null> {
  if (!UUID.test(input.assignmentId)) return null;
  const all = await listAssignments(db, { orgId: input.orgId, classId: input.classId });
  return all.find((a) => a.id === input.assignmentId) ?? null;
}

/** Changes an assignment's due date, title or instructions (the fields given). */
export async function updateAssignment(
  db: Kysely<Database>,
  input: {
    orgId: string;
    assignmentId: string;
    dueAt?: Date;
    title?: string | null;
    instructions?: string | null;
    now: Date;
  },
): Promise<void> {
  await db
    .updateTable('assignments')
    .set({
      ...(input.dueAt ? { due_at: input.dueAt } : {}),
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.instructions !== undefined ? { instructions: input.instructions } : {}),
      updated_at: input.now,
    })
    .where('org_id', '=', input.orgId)
    .where('id', '=', input.assignmentId)
    .execute();
}

/** Archives an assignment: it leaves every list, its rows stay. */
export async function archiveAssignment(
  db: Kysely<Database>,
  input: { orgId: string; assignmentId: string; now: Date },
): Promise<void> {
  await db
    .updateTable('assignments')
    .set({ archived_at: input.now, updated_at: input.now })
    .where('org_id', '=', input.orgId)
    .where('id', '=', input.assignmentId)
    .execute();
}

/** The overrides of a class's gradebook, with the name of who set each. */
export async function listAssignmentOverrides(
  db: Kysely<Database>,
  input: { orgId: string; classId?: string; userId?: string },
): Promise<AssignmentOverrideRow[]> {
  const rows = await db
    .selectFrom('assignment_overrides as o')
    .leftJoin('users as u', 'u.id', 'o.set_by')
    .select(['o.assignment_id', 'o.user_id', 'o.status', 'o.grade', 'o.reason', 'o.set_by', 'o.set_at'])
    .select('u.name as set_by_name')
    .where('o.org_id', '=', input.orgId)
    .$if(input.classId !== undefined, (q) => q.where('o.class_id', '=', input.classId!))
    .$if(input.userId !== undefined, (q) => q.where('o.user_id', '=', input.userId!))
    .execute();
  return rows.map((r) => ({
    assignmentId: r.assignment_id,
    userId: r.user_id,
    status: r.status,
    grade: r.grade,
    reason: r.reason,
    setBy: r.set_by,
    setByName: r.set_by_name,
    setAt: r.set_at,
  }));
}

/** Sets (or replaces) the override of a learner × assignment. */
export async function upsertAssignmentOverride(
  db: Kysely<Database>,
  input: {
    orgId: string;
    classId: string;
    assignmentId: string;
    userId: string;
    status: AssignmentOverrideRow['status'];
    grade: string | null;
    reason: string;
    setBy: string | null;
    now: Date;
  },
): Promise<void> {
  const values = {
    status: input.status,
    grade: input.grade,
    reason: input.reason,
    set_by: input.setBy,
    set_at: input.now,
  };
  await db
    .insertInto('assignment_overrides')
    .values({
      org_id: input.orgId,
      class_id: input.classId,
      assignment_id: input.assignmentId,
      user_id: input.userId,
      ...values,
    })
    .onConflict((oc) => oc.columns(['org_id', 'assignment_id', 'user_id']).doUpdateSet(values))
    .execute();
}

/** Clears the override of a learner × assignment; returns whether there was one. */
export async function deleteAssignmentOverride(
  db: Kysely<Database>,
  input: { orgId: string; assignmentId: string; userId: string },
): Promise<boolean> {
  const res = await db
    .deleteFrom('assignment_overrides')
    .where('org_id', '=', input.orgId)
    .where('assignment_id', '=', input.assignmentId)
    .where('user_id', '=', input.userId)
    .executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/**
 * When each learner × skill was last known: `masteredAt` (when it became mastered, if it is) and `updatedAt`
 * (the model's last change), for the "done" time of an assignment.
 */
export async function skillTimesOf(
  db: Kysely<Database>,
  input: { orgId: string; userIds: readonly string[]; skillIds: readonly string[] },
): Promise<Map<string, Map<string, { masteredAt: Date | null; updatedAt: Date }>>> {
  const out = new Map<string, Map<string, { masteredAt: Date | null; updatedAt: Date }>>();
  for (const id of input.userIds) out.set(id, new Map());
  if (input.userIds.length === 0 || input.skillIds.length === 0) return out;
  const rows = await db
    .selectFrom('learner_skill_states')
    .select(['user_id', 'skill_id', 'mastered_at', 'updated_at'])
    .where('org_id', '=', input.orgId)
    .where('user_id', 'in', [...input.userIds])
    .where('skill_id', 'in', [...input.skillIds])
    .execute();
  for (const r of rows) {
    out.get(r.user_id)?.set(r.skill_id, { masteredAt: r.mastered_at, updatedAt: r.updated_at });
  }
  return out;
}
