import { AppError, normalizeEmail } from '@pathwise/core';
import {
  createInvitation,
  findInvitationByTokenHash,
  findOrganizationById,
  findUserById,
  listInvitations,
  recordAudit,
  revokeInvitation,
} from '@pathwise/db';
import { Type } from 'typebox';
import { actorToken, actorUser } from '../../identity/actor.ts';
import { acceptInvitation } from '../../identity/join.ts';
import { revokeWithAudit } from '../../identity/revoke-with-audit.ts';
import { hashToken, newSecretToken } from '../../identity/secret-token.ts';
import { sendInBackground } from '../../mail/mailer.ts';
import { invitationMail } from '../../mail/messages.ts';
import { orgOf } from '../../plugins/access.ts';
import {
  InvitationSchema,
  MembershipSchema,
  OrgParams,
  presentInvitation,
  RoleSchema,
} from '../../presenters.ts';
import type { App, AppContext } from '../../types.ts';

const INVITATION_DAYS = 14;
const TokenParams = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) });

/** Invitations by email link: created by administrators, looked up by anyone with the link, accepted once. */
export function registerInvitationRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/orgs/:orgId/invitations',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: ['organizations'],
        summary: 'Invite someone by email (the link is mailed to them, and returned once)',
        params: OrgParams,
        body: Type.Object(
          { email: Type.String({ format: 'email', maxLength: 254 }), role: RoleSchema },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Intersect([InvitationSchema, Type.Object({ url: Type.String(), token: Type.String() })]),
        },
      },
    },
    async (request, reply) => {
      const email = normalizeEmail(request.body.email);
      if (!email)
        throw new AppError('validation_failed', 'body/email is not an email address', [
          { field: 'body/email', message: 'is not an email address' },
        ]);
      const token = newSecretToken();
      const orgId = orgOf(request).id;
      const invitation = await ctx.db.kysely.transaction().execute(async (trx) => {
        const created = await createInvitation(trx, {
          orgId,
          email,
          role: request.body.role,
          tokenHash: hashToken(token),
          invitedBy: actorUser(request.principal),
          expiresAt: new Date(ctx.now().getTime() + INVITATION_DAYS * 86_400_000),
        });
        await recordAudit(trx, {
          orgId,
          actorUserId: actorUser(request.principal),
          actorTokenId: actorToken(request.principal),
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
        request.log,
      );
      return reply.status(201).send({ ...presentInvitation(invitation), url, token });
    },
  );

  app.get(
    '/api/orgs/:orgId/invitations',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: ['organizations'],
        summary: 'Open and accepted invitations',
        params: OrgParams,
        response: { 200: Type.Object({ invitations: Type.Array(InvitationSchema) }) },
      },
    },
    async (request) => ({
      invitations: (await listInvitations(ctx.db.kysely, orgOf(request).id)).map(presentInvitation),
    }),
  );

  app.delete(
    '/api/orgs/:orgId/invitations/:invitationId',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: ['organizations'],
        summary: 'Withdraw an invitation',
        params: Type.Object({ orgId: Type.String(), invitationId: Type.String({ format: 'uuid' }) }),
      },
    },
    async (request, reply) => {
      const orgId = orgOf(request).id;
      const invitationId = request.params.invitationId;
      await revokeWithAudit(ctx.db.kysely, request.principal, {
        orgId,
        targetType: 'invitation',
        targetId: invitationId,
        notFound: 'No such invitation',
        revoke: (trx) => revokeInvitation(trx, orgId, invitationId),
      });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/invitations/:token',
    {
      config: { access: 'public' },
      schema: {
        tags: ['organizations'],
        summary: 'What an invitation link is for (organization, email, role)',
        params: TokenParams,
        response: {
          200: Type.Object({
            orgName: Type.String(),
            email: Type.String(),
            role: Type.String(),
            expiresAt: Type.String(),
            status: Type.Union([Type.Literal('open'), Type.Literal('accepted'), Type.Literal('expired')]),
          }),
        },
      },
    },
    async (request) => {
      const invitation = await findInvitationByTokenHash(ctx.db.kysely, hashToken(request.params.token));
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
      return {
        orgName: org.name,
        email: invitation.email,
        role: invitation.role,
        expiresAt: invitation.expires_at.toISOString(),
        status,
      } as const;
    },
  );

  app.post(
    '/api/invitations/:token/accept',
    {
      config: { access: 'user' },
      schema: {
        tags: ['organizations'],
        summary: 'Accept an invitation as the signed-in person',
        params: TokenParams,
        response: { 200: MembershipSchema },
      },
    },
    async (request) => {
      const principal = request.principal!;
      if (principal.kind !== 'user') throw new AppError('forbidden', 'Not a person');
      const user = await findUserById(ctx.db.kysely, principal.userId);
      if (!user) throw new AppError('unauthenticated', 'Sign in first');
      return ctx.db.kysely
        .transaction()
        .execute((trx) => acceptInvitation(trx, user, request.params.token, ctx.now()));
    },
  );
}
