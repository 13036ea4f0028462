import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface MembershipView {
  orgId: string;
  orgName: string;
  orgSlug: string;
  role: string;
}

export interface MemberView {
  userId: string;
  email: string;
  name: string;
  role: string;
  joinedAt: Date;
}

/** Adds a person to an organization; when they are a member already, their role stays as it was. */
export async function addMembership(
  db: Kysely<Database>,
  input: { orgId: string; userId: string; role: string },
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ org_id: input.orgId, user_id: input.userId, role: input.role })
    .onConflict((oc) => oc.columns(['org_id', 'user_id']).doNothing())
    .execute();
}

export async function findRole(db: Kysely<Database>, orgId: string, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.role ?? null;
}

export async function listMembershipsOfUser(db: Kysely<Database>, userId: string): Promise<MembershipView[]> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.org_id')
    .select(['o.id as orgId', 'o.name as orgName', 'o.slug as orgSlug', 'm.role as role'])
    .where('m.user_id', '=', userId)
    .orderBy('o.name')
    .execute();
}

export async function listMembers(db: Kysely<Database>, orgId: string): Promise<MemberView[]> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select([
      'u.id as userId',
      'u.email as email',
      'u.name as name',
      'm.role as role',
      'm.created_at as joinedAt',
    ])
    .where('m.org_id', '=', orgId)
    .where('u.deleted_at', 'is', null)
    .orderBy('u.name')
    .execute();
}

/** Sets a member's role; returns false when the person is not a member of that organization. */
export async function setRole(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
  role: string,
): Promise<boolean> {
  const result = await db
    .updateTable('memberships')
    .set({ role })
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function removeMembership(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('memberships')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The number of admins of an organization, counted under a row lock so two demotions cannot race. */
export async function countAdminsForUpdate(db: Kysely<Database>, orgId: string): Promise<number> {
  const rows = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('org_id', '=', orgId)
    .where('role', '=', 'admin')
    .forUpdate()
    .execute();
  return rows.length;
}
