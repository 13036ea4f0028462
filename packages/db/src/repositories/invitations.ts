import type { Kysely, Selectable } from 'kysely';
import type { Database, InvitationsTable } from '../schema.ts';
import { listLiveRows, revokeLiveRow } from './revocable-rows.ts';

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

/** The unrevoked invitations of an organization (open, accepted or expired), newest first. */
export function listInvitations(db: Kysely<Database>, orgId: string): Promise<Invitation[]> {
  return listLiveRows(db, 'invitations', orgId);
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
export function revokeInvitation(db: Kysely<Database>, orgId: string, id: string): Promise<boolean> {
  return revokeLiveRow(db, 'invitations', orgId, id);
}
