import { AppError } from '@pathwise/core';
import {
  addClassMembers,
  addMembership,
  consumeJoinCode,
  type Database,
  findInvitationByTokenHash,
  findOrganizationById,
  findRole,
  markEmailVerified,
  markInvitationAccepted,
  recordAudit,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { hashToken } from './secret-token.ts';

export interface Joined {
  orgId: string;
  orgName: string;
  orgSlug: string;
  role: string;
}

async function joined(db: Kysely<Database>, orgId: string, role: string): Promise<Joined> {
  const org = await findOrganizationById(db, orgId);
  if (!org) throw new AppError('not_found', 'The organization no longer exists');
  return { orgId: org.id, orgName: org.name, orgSlug: org.slug, role };
}

/** Joins a person to an organization with a join code. Call inside a transaction. */
export async function joinWithCode(
  db: Kysely<Database>,
  userId: string,
  code: string,
  now: Date,
): Promise<Joined> {
  const joinCode = await consumeJoinCode(db, code.trim().toUpperCase(), now);
  if (!joinCode) {
    throw new AppError('not_found', 'That join code is unknown, expired or used up', [
      { field: 'body/joinCode', message: 'is unknown, expired or used up' },
    ]);
  }
  await addMembership(db, { orgId: joinCode.org_id, userId, role: joinCode.role });
  if (joinCode.class_id) await joinClass(db, { ...joinCode, class_id: joinCode.class_id }, userId);
  await recordAudit(db, {
    orgId: joinCode.org_id,
    actorUserId: userId,
    action: 'membership.joined_with_code',
    targetType: 'join_code',
    targetId: joinCode.id,
    ...(joinCode.class_id ? { details: { classId: joinCode.class_id } } : {}),
  });
  return joined(db, joinCode.org_id, joinCode.role);
}

/**
 * A class code puts a learner into its class. Someone with another role in the organization is refused (the
 * caller's transaction rolls back, so the use is not counted): a class code is for learners.
 */
async function joinClass(
  db: Kysely<Database>,
  code: { org_id: string; class_id: string },
  userId: string,
): Promise<void> {
  const role = await findRole(db, code.org_id, userId);
  if (role !== 'learner') {
    throw new AppError(
      'conflict',
      `This is a class code for learners; you are ${role} in this organization`,
      [{ field: 'body/joinCode', message: 'is a class code for learners' }],
    );
  }
  await addClassMembers(db, {
    orgId: code.org_id,
    classId: code.class_id,
    userIds: [userId],
    role: 'learner',
  });
}

/**
 * Accepts an invitation: the person signed in must use the invited email address. Holding the link proves the
 * mailbox it was sent to, so the address becomes verified. Call inside a transaction.
 */
export async function acceptInvitation(
  db: Kysely<Database>,
  user: { id: string; email: string },
  token: string,
  now: Date,
): Promise<Joined> {
  const invitation = await findInvitationByTokenHash(db, hashToken(token));
  if (!invitation || invitation.revoked_at) throw new AppError('not_found', 'That invitation does not exist');
  if (invitation.accepted_at) throw new AppError('gone', 'That invitation has already been used');
  if (invitation.expires_at <= now)
    throw new AppError('gone', 'That invitation has expired; ask for a new one');
  if (invitation.email !== user.email) {
    throw new AppError(
      'forbidden',
      `This invitation was sent to ${invitation.email}; sign in with that address`,
    );
  }
  await addMembership(db, { orgId: invitation.org_id, userId: user.id, role: invitation.role });
  await markInvitationAccepted(db, invitation.id, user.id);
  // The link was sent to this address: whoever opened it holds the mailbox.
  await markEmailVerified(db, user.id, invitation.email, now);
  await recordAudit(db, {
    orgId: invitation.org_id,
    actorUserId: user.id,
    action: 'invitation.accepted',
    targetType: 'invitation',
    targetId: invitation.id,
  });
  return joined(db, invitation.org_id, invitation.role);
}
