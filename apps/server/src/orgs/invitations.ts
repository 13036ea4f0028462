import { AppError } from '@pathwise/core/errors';
import { normalizeEmail, type Role } from '@pathwise/core/identity';
import {
  createInvitation,
  findInvitationByTokenHash,
  findOrganizationById,
  findUserById,
  type Invitation,
  listInvitations,
  recordAudit,
  revokeInvitation,
} from '@pathwise/db';
import type { FastifyBaseLogger } from 'fastify';
import type { OrgActor } from '../identity/actor.ts';
import { acceptInvitation, type Joined } from '../identity/join.ts';
import { revokeWithAudit } from '../identity/revoke-with-audit.ts';
import { hashToken, newSecretToken } from '../identity/secret-token.ts';
import { sendInBackground } from '../mail/mailer.ts';
import { invitationMail } from '../mail/messages.ts';
import type { AppContext } from '../runtime/types.ts';

const INVITATION_DAYS = 14;

/**
 * Invites someone by email: the invitation (audited) and its link, mailed to them and returned once. A malformed
 * address is a 400 on `body/email`.
 */
export async function invite(
  ctx: AppContext,
  actor: OrgActor,
  input: { email: string; role: Role },
  log: FastifyBaseLogger,
): Promise<{ invitation: Invitation; url: string; token: string }> {
  const email = normalizeEmail(input.email);
  if (!email)
    throw new AppError('validation_failed', 'body/email is not an email address', [
      { field: 'body/email', message: 'is not an email address' },
    ]);
  const token = newSecretToken();
  const { orgId } = actor;
  const invitation = await ctx.db.kysely.transaction().execute(async (trx) => {
    const created = await createInvitation(trx, {
      orgId,
      email,
      role: input.role,
      tokenHash: hashToken(token),
      invitedBy: actor.userId,
      expiresAt: new Date(ctx.now().getTime() + INVITATION_DAYS * 86_400_000),
    });
    await recordAudit(trx, {
      orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'invitation.created',
      targetType: 'invitation',
      targetId: created.id,
      details: { role: created.role },
    });
    return created;
  });
  const url = `${ctx.config.publicUrl}/invite/${token}`;
  const org = await findOrganizationById(ctx.db.kysely, orgId);
  sendInBackground(
    ctx.mailer,
    invitationMail({ to: email, orgName: org?.name ?? '', role: invitation.role, url }),
    log,
  );
  return { invitation, url, token };
}

/** Open and accepted invitations of the organization. */
export function listOrgInvitations(ctx: AppContext, actor: OrgActor): Promise<Invitation[]> {
  return listInvitations(ctx.db.kysely, actor.orgId);
}

/** Withdraws an invitation (audited; 404 when there is no such open one). */
export function withdrawInvitation(ctx: AppContext, actor: OrgActor, invitationId: string): Promise<void> {
  return revokeWithAudit(ctx, actor, {
    targetType: 'invitation',
    targetId: invitationId,
    notFound: 'No such invitation',
    revoke: (trx) => revokeInvitation(trx, actor.orgId, invitationId),
  });
}

/** What an invitation link is for, for anyone holding it: 404 for an unknown or withdrawn one. */
export async function previewInvitation(ctx: AppContext, token: string) {
  const invitation = await findInvitationByTokenHash(ctx.db.kysely, hashToken(token));
  const org =
    invitation && !invitation.revoked_at
      ? await findOrganizationById(ctx.db.kysely, invitation.org_id)
      : null;
  if (!invitation || !org) throw new AppError('not_found', 'That invitation does not exist');
  const status = invitation.accepted_at
    ? 'accepted'
    : invitation.expires_at <= ctx.now()
      ? 'expired'
      : 'open';
  return { invitation, orgName: org.name, status } as const;
}

/** Accepts an invitation as the signed-in person, in one transaction (see `acceptInvitation`). */
export async function acceptInvitationAs(ctx: AppContext, userId: string, token: string): Promise<Joined> {
  const user = await findUserById(ctx.db.kysely, userId);
  if (!user) throw new AppError('unauthenticated', 'Sign in first');
  return ctx.db.kysely.transaction().execute((trx) => acceptInvitation(trx, user, token, ctx.now()));
}
