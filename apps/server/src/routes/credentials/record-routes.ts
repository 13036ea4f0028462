import {
  AwardedCredentialParams,
  CreatedShareLinkSchema,
  CredentialVerificationSchema,
  LearnerRecordSchema,
  LogInclusionProofSchema,
  OrgParams,
  ShareLinkBodySchema,
  ShareLinkListSchema,
  ShareLinkParams,
  ShareLinkRenameBodySchema,
  ShareLinkSchema,
  ShareLinkViewsSchema,
  SignedDocumentSchema,
} from '@pathwise/contracts';
import { Type } from 'typebox';
import { exportClr } from '../../credentials/export-clr.ts';
import { learnerRecord, markNotificationsRead } from '../../credentials/learner-record.ts';
import {
  ownCredentialFile,
  ownCredentialLogProof,
  ownCredentialVerification,
} from '../../credentials/own-credential-files.ts';
import {
  createShareLink,
  listOwnShareLinks,
  ownShareLinkViews,
  renameOwnShareLink,
  revokeOwnShareLink,
  shareLinkUrl,
} from '../../credentials/share-links.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { learnerOf } from '../learning/learner-of.ts';

const learnerOnly = { roles: ['learner'] as const, sessionOnly: true };

/**
 * A signed document as a file: indented JSON, every member as signed. NOTE: the schema documents the answer; the
 * schema serializer would drop no member (it allows others) but would reorder them, and a file should read as issued.
 */
const asFile = (document: unknown): string => JSON.stringify(document, null, 2);

/** The learner's own record: credentials and skills with evidence, files, the CLR export, and share links. */
export function registerRecordRoutes(app: App, ctx: AppContext): void {
  const tags = ['learner record'];
  app.get(
    '/api/orgs/:orgId/record',
    {
      config: { access: learnerOnly },
      schema: {
        tags,
        summary: 'My credentials, skills with evidence, notifications',
        params: OrgParams,
        response: { 200: LearnerRecordSchema },
      },
    },
    async (request) => learnerRecord(ctx, learnerOf(request)),
  );

  app.get(
    '/api/orgs/:orgId/record/credentials/:credentialId/file',
    {
      config: { access: learnerOnly },
      schema: {
        tags,
        summary: 'Download one of my credentials (OB 3.0 JSON)',
        params: AwardedCredentialParams,
        response: { 200: SignedDocumentSchema },
      },
    },
    async (request, reply) => {
      const { filename, document } = await ownCredentialFile(
        ctx,
        learnerOf(request),
        request.params.credentialId,
      );
      return reply
        .header('content-disposition', `attachment; filename="${filename}"`)
        .serializer(asFile)
        .send(document);
    },
  );

  app.get(
    '/api/orgs/:orgId/record/credentials/:credentialId/log-proof',
    {
      config: { access: learnerOnly },
      schema: {
        tags,
        summary: 'The issuance-log inclusion proof of one of my credentials',
        params: AwardedCredentialParams,
        response: { 200: LogInclusionProofSchema },
      },
    },
    async (request) => ownCredentialLogProof(ctx, learnerOf(request), request.params.credentialId),
  );

  app.get(
    '/api/orgs/:orgId/record/credentials/:credentialId/verification',
    {
      config: {
        access: learnerOnly,
        // NOTE: a verification takes CPU (on the verifier's threads): 120 a minute per learner, as the public
        // verifier allows per client; per account, so that learners behind one address do not share it.
        rateLimit: {
          max: 120,
          timeWindow: 60_000,
          keyGenerator: (request) =>
            `record-verification|${request.principal?.kind === 'user' ? request.principal.userId : request.ip}`,
        },
      },
      schema: {
        tags,
        summary: 'One of my credentials verified now, as a visitor would see it',
        params: AwardedCredentialParams,
        response: { 200: CredentialVerificationSchema },
      },
    },
    async (request) => ownCredentialVerification(ctx, learnerOf(request), request.params.credentialId),
  );

  app.get(
    '/api/orgs/:orgId/record/clr',
    {
      config: { access: learnerOnly },
      schema: {
        tags,
        summary: 'My whole record as one signed CLR 2.0 credential',
        params: OrgParams,
        response: { 200: SignedDocumentSchema },
      },
    },
    async (request, reply) =>
      reply
        .header('content-disposition', 'attachment; filename="learner-record-clr.json"')
        .serializer(asFile)
        .send(await exportClr(ctx, learnerOf(request))),
  );

  app.post(
    '/api/orgs/:orgId/record/notifications/read',
    {
      config: { access: learnerOnly },
      schema: {
        tags,
        summary: 'Mark my notifications read',
        params: OrgParams,
        response: { 204: Type.Null({ description: 'Marked read' }) },
      },
    },
    async (request, reply) => {
      await markNotificationsRead(ctx, learnerOf(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/orgs/:orgId/record/share-links',
    {
      config: { access: learnerOnly },
      schema: {
        tags,
        summary: 'My share links with their views',
        params: OrgParams,
        response: { 200: ShareLinkListSchema },
      },
    },
    async (request) => listOwnShareLinks(ctx, learnerOf(request)),
  );

  app.post(
    '/api/orgs/:orgId/record/share-links',
    {
      config: { access: learnerOnly },
      schema: {
        tags,
        summary: 'Share chosen credentials through a link that expires',
        params: OrgParams,
        body: ShareLinkBodySchema,
        response: { 201: CreatedShareLinkSchema },
      },
    },
    async (request, reply) => {
      const { link, token } = await createShareLink(ctx, {
        ...learnerOf(request),
        credentialIds: request.body.credentialIds,
        days: request.body.days,
        label: request.body.label ?? '',
      });
      return reply.code(201).send({
        id: link.id,
        token,
        url: shareLinkUrl(ctx.config.publicUrl, token),
        expiresAt: link.expires_at.toISOString(),
      });
    },
  );

  app.patch(
    '/api/orgs/:orgId/record/share-links/:linkId',
    {
      config: { access: learnerOnly },
      schema: {
        tags,
        summary: 'Rename one of my share links',
        params: ShareLinkParams,
        body: ShareLinkRenameBodySchema,
        response: { 200: ShareLinkSchema },
      },
    },
    async (request) => renameOwnShareLink(ctx, learnerOf(request), request.params.linkId, request.body.label),
  );

  app.delete(
    '/api/orgs/:orgId/record/share-links/:linkId',
    {
      config: { access: learnerOnly },
      schema: {
        tags,
        summary: 'Revoke one of my share links',
        params: ShareLinkParams,
        response: { 204: Type.Null({ description: 'Revoked' }) },
      },
    },
    async (request, reply) => {
      await revokeOwnShareLink(ctx, learnerOf(request), request.params.linkId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/orgs/:orgId/record/share-links/:linkId/views',
    {
      config: { access: learnerOnly },
      schema: {
        tags,
        summary: 'When one of my share links was opened',
        params: ShareLinkParams,
        response: { 200: ShareLinkViewsSchema },
      },
    },
    async (request) => ownShareLinkViews(ctx, learnerOf(request), request.params.linkId),
  );
}
