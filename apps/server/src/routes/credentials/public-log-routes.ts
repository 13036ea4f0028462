import {
  CheckpointAnswerSchema,
  ConsistencyProofSchema,
  LocaleSchema,
  LogEntryAnswerSchema,
  LogInclusionProofSchema,
  PublicAchievementSchema,
  PublicOrgParams,
  SignedDocumentSchema,
} from '@pathwise/contracts';
import { Type } from 'typebox';
import {
  publicAchievement,
  publicCheckpoint,
  publicConsistencyProof,
  publicInclusionProof,
  publicLogEntry,
  publicStatusList,
} from '../../credentials/public-issuer-records.ts';
import type { App, AppContext } from '../../runtime/types.ts';

const CACHE_SHORT = 'public, max-age=60';
const CACHE_FOREVER = 'public, max-age=31536000, immutable';
const slug = PublicOrgParams.properties.slug;

/**
 * What anyone may read without an account, all cacheable: status list credentials, the issuance log
 * (checkpoints with the keys that sign them, entries, inclusion and consistency proofs) and achievements.
 */
export function registerPublicLogRoutes(app: App, ctx: AppContext): void {
  const tags = ['public credentials'];
  app.get(
    '/api/public/orgs/:slug/status/:listNo',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A Bitstring Status List credential',
        params: Type.Object({ slug, listNo: Type.Integer({ minimum: 1 }) }),
        response: { 200: SignedDocumentSchema },
      },
    },
    async (request, reply) => {
      const list = await publicStatusList(ctx, request.params.slug, request.params.listNo);
      return reply.header('cache-control', CACHE_SHORT).send(list);
    },
  );

  app.get(
    '/api/public/orgs/:slug/log/checkpoint',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          'The latest signed checkpoint of the issuance log, and the public keys that sign checkpoints',
        params: PublicOrgParams,
        querystring: Type.Object({ treeSize: Type.Optional(Type.Integer({ minimum: 1 })) }),
        response: { 200: CheckpointAnswerSchema },
      },
    },
    async (request, reply) => {
      const answer = await publicCheckpoint(ctx, request.params.slug, request.query.treeSize);
      return reply.header('cache-control', CACHE_SHORT).send(answer);
    },
  );

  app.get(
    '/api/public/orgs/:slug/log/entries/:index',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'One entry of the issuance log (no personal data: hashes of credential ids and proofs)',
        params: Type.Object({ slug, index: Type.Integer({ minimum: 0 }) }),
        response: { 200: LogEntryAnswerSchema },
      },
    },
    async (request, reply) => {
      const entry = await publicLogEntry(ctx, request.params.slug, request.params.index);
      return reply.header('cache-control', CACHE_FOREVER).send(entry);
    },
  );

  app.get(
    '/api/public/orgs/:slug/log/proofs/inclusion',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The inclusion proof of a log entry against the latest checkpoint',
        params: PublicOrgParams,
        querystring: Type.Object({ index: Type.Integer({ minimum: 0 }) }),
        response: { 200: LogInclusionProofSchema },
      },
    },
    async (request, reply) => {
      const proof = await publicInclusionProof(ctx, request.params.slug, request.query.index);
      return reply.header('cache-control', CACHE_SHORT).send(proof);
    },
  );

  app.get(
    '/api/public/orgs/:slug/log/proofs/consistency',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The consistency proof between two sizes of the log (RFC 9162)',
        params: PublicOrgParams,
        querystring: Type.Object({
          first: Type.Integer({ minimum: 1 }),
          second: Type.Integer({ minimum: 1 }),
        }),
        response: { 200: ConsistencyProofSchema },
      },
    },
    async (request, reply) => {
      const { first, second } = request.query;
      const proof = await publicConsistencyProof(ctx, request.params.slug, first, second);
      return reply.header('cache-control', CACHE_FOREVER).send(proof);
    },
  );

  app.get(
    '/api/public/orgs/:slug/achievements/:achievementId',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'An achievement as published (name, description, criteria, aligned skills)',
        params: Type.Object({ slug, achievementId: Type.String({ format: 'uuid' }) }),
        querystring: Type.Object(
          {
            lang: Type.Optional({
              ...LocaleSchema,
              description:
                "The language edition (what a credential's related entries name); English by default",
            }),
          },
          { additionalProperties: false },
        ),
        response: { 200: PublicAchievementSchema },
      },
    },
    async (request, reply) => {
      const { slug: orgSlug, achievementId } = request.params;
      const achievement = await publicAchievement(ctx, orgSlug, achievementId, request.query.lang);
      return reply.header('cache-control', CACHE_SHORT).send(achievement);
    },
  );
}
