import { AppError } from '@pathwise/core';
import {
  findAchievement,
  findOrganizationBySlug,
  findStatusList,
  listIssuerKeys,
  PgLogStore,
} from '@pathwise/db';
import { Type } from 'typebox';
import { consistencyProof, inclusionProof, latestCheckpoint } from '../../credentials/log-proofs.ts';
import type { App, AppContext } from '../../types.ts';

const SlugParams = Type.Object({ slug: Type.String({ pattern: '^[a-z0-9-]{1,100}$' }) });
const CACHE_SHORT = 'public, max-age=60';

async function orgOf(ctx: AppContext, slug: string) {
  const org = await findOrganizationBySlug(ctx.db.kysely, slug);
  if (!org) throw new AppError('not_found', 'No such issuer');
  return org;
}

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
        params: Type.Object({ slug: SlugParams.properties.slug, listNo: Type.Integer({ minimum: 1 }) }),
      },
    },
    async (request, reply) => {
      const org = await orgOf(ctx, request.params.slug);
      const list = await findStatusList(ctx.db.kysely, org.id, request.params.listNo);
      if (!list) throw new AppError('not_found', 'No such status list');
      return reply.header('cache-control', CACHE_SHORT).send(list.credential);
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
        params: SlugParams,
        querystring: Type.Object({ treeSize: Type.Optional(Type.Integer({ minimum: 1 })) }),
      },
    },
    async (request, reply) => {
      const org = await orgOf(ctx, request.params.slug);
      const checkpoint = await latestCheckpoint(ctx.db.kysely, org.id, request.query.treeSize);
      if (!checkpoint) throw new AppError('not_found', 'No checkpoint at that size');
      const keys = (await listIssuerKeys(ctx.db.kysely, org.id))
        .filter((k) => k.status !== 'revoked')
        .map((k) => ({ id: k.verification_method, publicKeyMultibase: k.public_key_multibase }));
      return reply.header('cache-control', CACHE_SHORT).send({ checkpoint, keys });
    },
  );

  app.get(
    '/api/public/orgs/:slug/log/entries/:index',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'One entry of the issuance log (no personal data: hashes of credential ids and proofs)',
        params: Type.Object({ slug: SlugParams.properties.slug, index: Type.Integer({ minimum: 0 }) }),
      },
    },
    async (request, reply) => {
      const org = await orgOf(ctx, request.params.slug);
      const entry = await new PgLogStore(ctx.db.kysely, org.id).getEntry(request.params.index);
      if (!entry) throw new AppError('not_found', 'No such log entry');
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send({ index: request.params.index, entry: JSON.parse(Buffer.from(entry).toString('utf8')) });
    },
  );

  app.get(
    '/api/public/orgs/:slug/log/proofs/inclusion',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The inclusion proof of a log entry against the latest checkpoint',
        params: SlugParams,
        querystring: Type.Object({ index: Type.Integer({ minimum: 0 }) }),
      },
    },
    async (request, reply) => {
      const org = await orgOf(ctx, request.params.slug);
      const proof = await inclusionProof(ctx.db.kysely, org.id, request.query.index);
      if (!proof) throw new AppError('not_found', 'No such log entry');
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
        params: SlugParams,
        querystring: Type.Object({
          first: Type.Integer({ minimum: 1 }),
          second: Type.Integer({ minimum: 1 }),
        }),
      },
    },
    async (request, reply) => {
      const org = await orgOf(ctx, request.params.slug);
      const { first, second } = request.query;
      const size = (await latestCheckpoint(ctx.db.kysely, org.id))?.treeSize ?? 0;
      if (first > second || second > size)
        throw new AppError('validation_failed', `Sizes must satisfy 1 ≤ first ≤ second ≤ ${size}`);
      const proof = await consistencyProof(ctx.db.kysely, org.id, first, second);
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send({ first, second, proof });
    },
  );

  app.get(
    '/api/public/orgs/:slug/achievements/:achievementId',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'An achievement as published (name, description, criteria, aligned skills)',
        params: Type.Object({
          slug: SlugParams.properties.slug,
          achievementId: Type.String({ format: 'uuid' }),
        }),
      },
    },
    async (request, reply) => {
      const org = await orgOf(ctx, request.params.slug);
      const a = await findAchievement(ctx.db.kysely, org.id, request.params.achievementId);
      if (!a) throw new AppError('not_found', 'No such achievement');
      return reply.header('cache-control', CACHE_SHORT).send({
        id: a.id,
        name: a.name,
        description: a.description,
        achievementType: a.achievement_type,
        criteria: a.criteria,
        skillIds: a.skill_ids,
        validityDays: a.validity_days,
      });
    },
  );
}
