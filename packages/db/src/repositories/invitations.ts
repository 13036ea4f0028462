import type { Kysely, Selectable } from 'kysely';
import type { Database, InvitationsTable } from '../schema.ts';

export type Invitation = Selectable<InvitationsTable>;

export async function createInvitation(
  db: Kysely<Database>,
  input: {
    orgId: string;
    email: string;
    role: string;
    tokenHash: string;
    invitedBy: string | null;
    expiresAt: Date;
  },
): Promise<Invitation> {
  return db
    .insertInto('invitations')
    .values({
      org_id: input.orgId,
      email: input.email,
      role: input.role,
      token_hash: input.tokenHash,
      invited_by: input.invitedBy,
      expires_at: input.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listInvitations(db: Kysely<Database>, orgId: string): Promise<Invitation[]> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findInvitationByTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<Invitation | null> {
  return (
    (await db.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst()) ??
    null
  );
}

export async function markInvitationAccepted(
  db: Kysely<Database>,
  id: string,
  userId: string,
): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ accepted_at: new Date(), accepted_by: userId })
    .where('id', '=', id)
    .execute();
}

/** Revokes an open invitation of that organization; false when there is none. */
export async function revokeInvitation(db: Kysely<Database>, orgId: string, id: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ revoked_at: new Date() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
