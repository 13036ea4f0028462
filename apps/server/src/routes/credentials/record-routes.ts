import { AppError } from '@pathwise/core';
import {
  findIssuedCredential,
  listShareLinks,
  listShareLinkViews,
  markCredentialNotificationsRead,
  recordAudit,
  revokeShareLink,
} from '@pathwise/db';
import { Type } from 'typebox';
import { exportClr } from '../../credentials/export-clr.ts';
import { learnerRecord } from '../../credentials/learner-record.ts';
import { inclusionProof } from '../../credentials/log-proofs.ts';
import { createShareLink } from '../../credentials/share-links.ts';
import { OrgParams } from '../../presenters.ts';
import type { App, AppContext } from '../../types.ts';
import { learnerOf } from '../learning/learner-of.ts';

const learnerOnly = { roles: ['learner'] as const, sessionOnly: true };
const CredentialParams = Type.Object({ orgId: Type.String(), credentialId: Type.String({ format: 'uuid' }) });
const LinkParams = Type.Object({ orgId: Type.String(), linkId: Type.String({ format: 'uuid' }) });

/** The learner's own record: credentials and skills with evidence, files, the CLR export, and share links. */
export function registerRecordRoutes(app: App, ctx: AppContext): void {
  const tags = ['learner record'];
  app.get(
    '/api/orgs/:orgId/record',
    {
      config: { access: learnerOnly },
      schema: { tags, summary: 'My credentials, skills with evidence, notifications', params: OrgParams },
    },
    async (request) => learnerRecord(ctx, learnerOf(request)),
  );

  app.get(
    '/api/orgs/:orgId/record/credentials/:credentialId/file',
    {
      config: { access: learnerOnly },
      schema: { tags, summary: 'Download one of my credentials (OB 3.0 JSON)', params: CredentialParams },
    },
    async (request, reply) => {
      const who = learnerOf(request);
      const row = await findIssuedCredential(ctx.db.kysely, who.orgId, request.params.credentialId);
      if (!row || row.user_id !== who.userId) throw new AppError('not_found', 'No such credential');
      return reply
        .header('content-disposition', `attachment; filename="credential-${row.id}.json"`)
        .type('application/json')
        .send(JSON.stringify(row.document, null, 2));
    },
  );

  app.get(
    '/api/orgs/:orgId/record/credentials/:credentialId/log-proof',
    {
      config: { access: learnerOnly },
      schema: {
        tags,
        summary: 'The issuance-log inclusion proof of one of my credentials',
        params: CredentialParams,
      },
    },
    async (request) => {
      const who = learnerOf(request);
      const row = await findIssuedCredential(ctx.db.kysely, who.orgId, request.params.credentialId);
      if (!row || row.user_id !== who.userId) throw new AppError('not_found', 'No such credential');
      const proof = await inclusionProof(ctx.db.kysely, who.orgId, Number(row.log_index));
      if (!proof) throw new AppError('not_found', 'No checkpoint covers this credential yet');
      return proof;
    },
  );

  app.get(
    '/api/orgs/:orgId/record/clr',
    {
      config: { access: learnerOnly },
      schema: { tags, summary: 'My whole record as one signed CLR 2.0 credential', params: OrgParams },
    },
    async (request, reply) =>
      reply
        .header('content-disposition', 'attachment; filename="learner-record-clr.json"')
        .type('application/json')
        .send(JSON.stringify(await exportClr(ctx, learnerOf(request)), null, 2)),
  );

  app.post(
    '/api/orgs/:orgId/record/notifications/read',
    {
      config: { access: learnerOnly },
      schema: { tags, summary: 'Mark my notifications read', params: OrgParams },
    },
    async (request, reply) => {
      const who = learnerOf(request);
      await markCredentialNotificationsRead(ctx.db.kysely, who.orgId, who.userId, ctx.now());
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/orgs/:orgId/record/share-links',
    {
      config: { access: learnerOnly },
      schema: { tags, summary: 'My share links with their views', params: OrgParams },
    },
    async (request) => {
      const who = learnerOf(request);
      const now = ctx.now();
      const links = await listShareLinks(ctx.db.kysely, who.orgId, who.userId);
      return {
        links: links.map((l) => ({
          id: l.id,
          label: l.label,
          credentialIds: l.credential_ids,
          createdAt: l.created_at.toISOString(),
          expiresAt: l.expires_at.toISOString(),
          revokedAt: l.revoked_at?.toISOString() ?? null,
          state: l.revoked_at ? 'revoked' : l.expires_at <= now ? 'expired' : 'active',
          views: Number(l.views ?? 0),
        })),
      };
    },
  );

  app.post(
    '/api/orgs/:orgId/record/share-links',
    {
      config: { access: learnerOnly },
      schema: {
        tags,
        summary: 'Share chosen credentials through a link that expires (the token is shown once)',
        params: OrgParams,
        body: Type.Object(
          {
            credentialIds: Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 100 }),
            days: Type.Integer({ minimum: 1, maximum: 365 }),
            label: Type.Optional(Type.String({ maxLength: 200 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const who = learnerOf(request);
      const { link, token } = await createShareLink(ctx, {
        ...who,
        credentialIds: request.body.credentialIds,
        days: request.body.days,
        label: request.body.label ?? '',
      });
      return reply.code(201).send({
        id: link.id,
        token,
        url: `${ctx.config.publicUrl}/verify/share/${token}`,
        expiresAt: link.expires_at.toISOString(),
      });
    },
  );

  app.delete(
    '/api/orgs/:orgId/record/share-links/:linkId',
    {
      config: { access: learnerOnly },
      schema: { tags, summary: 'Revoke one of my share links', params: LinkParams },
    },
    async (request, reply) => {
      const who = learnerOf(request);
      const now = ctx.now();
      const done = await ctx.db.kysely.transaction().execute(async (trx) => {
        const revoked = await revokeShareLink(trx, { ...who, id: request.params.linkId, now });
        if (revoked)
          await recordAudit(trx, {
            orgId: who.orgId,
            actorUserId: who.userId,
            action: 'share_link.revoked',
            targetType: 'share_link',
            targetId: request.params.linkId,
          });
        return revoked;
      });
      if (!done) throw new AppError('not_found', 'No such active share link');
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/orgs/:orgId/record/share-links/:linkId/views',
    {
      config: { access: learnerOnly },
      schema: { tags, summary: 'When one of my share links was opened', params: LinkParams },
    },
    async (request) => {
      const who = learnerOf(request);
      const own = await listShareLinks(ctx.db.kysely, who.orgId, who.userId);
      if (!own.some((l) => l.id === request.params.linkId))
        throw new AppError('not_found', 'No such share link');
      const views = await listShareLinkViews(ctx.db.kysely, { ...who, id: request.params.linkId });
      return { views: views.map((v) => ({ viewedAt: v.viewed_at.toISOString(), viewer: v.viewer })) };
    },
  );
}
