import {
  CreatedInvitationSchema,
  CreateInvitationBody,
  InvitationListSchema,
  InvitationParams,
  InvitationPreviewSchema,
  InvitationTokenParams,
  MembershipSchema,
  OrgParams,
} from '@pathwise/contracts';
import { Type } from 'typebox';
import { orgActor, personOf } from '../../identity/actor.ts';
import {
  acceptInvitationAs,
  invite,
  listOrgInvitations,
  previewInvitation,
  withdrawInvitation,
} from '../../orgs/invitations.ts';
import { presentInvitation, presentMembership } from '../../runtime/presenters.ts';
import type { App, AppContext } from '../../runtime/types.ts';

const ADMIN = { roles: ['admin'] } as const;
const tags = ['organizations'];

/** Invitations by email link: created by administrators, looked up by anyone with the link, accepted once. */
export function registerInvitationRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/orgs/:orgId/invitations',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        summary: 'Invite someone by email (the link is mailed to them, and returned once)',
        params: OrgParams,
        body: CreateInvitationBody,
        response: { 201: CreatedInvitationSchema },
      },
    },
    async (request, reply) => {
      const { invitation, url, token } = await invite(ctx, orgActor(request), request.body, request.log);
      return reply.status(201).send({ ...presentInvitation(invitation), url, token });
    },
  );

  app.get(
    '/api/orgs/:orgId/invitations',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        summary: 'Open and accepted invitations',
        params: OrgParams,
        response: { 200: InvitationListSchema },
      },
    },
    async (request) => ({
      invitations: (await listOrgInvitations(ctx, orgActor(request))).map(presentInvitation),
    }),
  );

  app.delete(
    '/api/orgs/:orgId/invitations/:invitationId',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        summary: 'Withdraw an invitation',
        params: InvitationParams,
        response: { 204: Type.Null({ description: 'Withdrawn' }) },
      },
    },
    async (request, reply) => {
      await withdrawInvitation(ctx, orgActor(request), request.params.invitationId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/invitations/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'What an invitation link is for (organization, email, role)',
        params: InvitationTokenParams,
        response: { 200: InvitationPreviewSchema },
      },
    },
    async (request) => {
      const { invitation, orgName, status } = await previewInvitation(ctx, request.params.token);
      const { email, role, expiresAt } = presentInvitation(invitation);
      return { orgName, email, role, expiresAt, status };
    },
  );

  app.post(
    '/api/invitations/:token/accept',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Accept an invitation as the signed-in person',
        params: InvitationTokenParams,
        response: { 200: MembershipSchema },
      },
    },
    async (request) =>
      presentMembership(await acceptInvitationAs(ctx, personOf(request), request.params.token)),
  );
}
