import type {
  AchievementType,
  CheckpointAnswer,
  ConsistencyProof,
  LogEntryAnswer,
  LogInclusionProofAnswer,
  PublicAchievement,
  SignedDocument,
} from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { achievementTextIn } from '@pathwise/core/achievements';
import type { Locale } from '@pathwise/core/identity';
import {
  findAchievement,
  findAchievementImage,
  findOrganizationBySlug,
  findStatusList,
  listIssuerKeys,
  type Organization,
  PgLogStore,
} from '@pathwise/db';
import type { AppContext } from '../runtime/types.ts';
import { imageDataUri } from './achievement-images/achievement-image.ts';
import { consistencyProof, inclusionProof, latestCheckpoint } from './log-proofs.ts';

/** The issuing organization a public address names by its slug; not found otherwise. */
export async function issuerBySlug(ctx: AppContext, slug: string): Promise<Organization> {
  const org = await findOrganizationBySlug(ctx.db.kysely, slug);
  if (!org) throw new AppError('not_found', 'No such issuer');
  return org;
}

/** A published Bitstring Status List credential. */
export async function publicStatusList(
  ctx: AppContext,
  slug: string,
  listNo: number,
): Promise<SignedDocument> {
  const org = await issuerBySlug(ctx, slug);
  const list = await findStatusList(ctx.db.kysely, org.id, listNo);
  if (!list) throw new AppError('not_found', 'No such status list');
  return list.credential as SignedDocument;
}

/** The latest checkpoint of the issuance log (or the one at `treeSize`), with the keys that sign checkpoints. */
export async function publicCheckpoint(
  ctx: AppContext,
  slug: string,
  treeSize?: number,
): Promise<CheckpointAnswer> {
  const org = await issuerBySlug(ctx, slug);
  const checkpoint = await latestCheckpoint(ctx.db.kysely, org.id, treeSize);
  if (!checkpoint) throw new AppError('not_found', 'No checkpoint at that size');
  const keys = (await listIssuerKeys(ctx.db.kysely, org.id))
    .filter((k) => k.status !== 'revoked')
    .map((k) => ({ id: k.verification_method, publicKeyMultibase: k.public_key_multibase }));
  return { checkpoint, keys };
}

/** One entry of the issuance log, decoded (hashes only). */
export async function publicLogEntry(ctx: AppContext, slug: string, index: number): Promise<LogEntryAnswer> {
  const org = await issuerBySlug(ctx, slug);
  const entry = await new PgLogStore(ctx.db.kysely, org.id).getEntry(index);
  if (!entry) throw new AppError('not_found', 'No such log entry');
  return { index, entry: JSON.parse(Buffer.from(entry).toString('utf8')) as LogEntryAnswer['entry'] };
}

/** The inclusion proof of a log entry against the latest checkpoint. */
export async function publicInclusionProof(
  ctx: AppContext,
  slug: string,
  index: number,
): Promise<LogInclusionProofAnswer> {
  const org = await issuerBySlug(ctx, slug);
  const proof = await inclusionProof(ctx.db.kysely, org.id, index);
  if (!proof) throw new AppError('not_found', 'No such log entry');
  return proof;
}

/** The RFC 9162 consistency proof between two sizes of the log; sizes outside the log are refused. */
export async function publicConsistencyProof(
  ctx: AppContext,
  slug: string,
  first: number,
  second: number,
): Promise<ConsistencyProof> {
  const org = await issuerBySlug(ctx, slug);
  const size = (await latestCheckpoint(ctx.db.kysely, org.id))?.treeSize ?? 0;
  if (first > second || second > size)
    throw new AppError('validation_failed', `Sizes must satisfy 1 ≤ first ≤ second ≤ ${size}`);
  return { first, second, proof: await consistencyProof(ctx.db.kysely, org.id, first, second) };
}

/** An achievement as published: name, description, criteria, aligned skills and its image. */
export async function publicAchievement(
  ctx: AppContext,
  slug: string,
  achievementId: string,
  language: Locale = 'en',
): Promise<PublicAchievement> {
  const org = await issuerBySlug(ctx, slug);
  const a = await findAchievement(ctx.db.kysely, org.id, achievementId);
  if (!a) throw new AppError('not_found', 'No such achievement');
  const image = await findAchievementImage(ctx.db.kysely, org.id, a.id);
  const words = achievementTextIn(a, language);
  return {
    id: a.id,
    language,
    name: words.name,
    description: words.description,
    // NOTE: the column holds only what the body schema let in (or the Badge/Certificate the server derives).
    achievementType: a.achievement_type as AchievementType,
    criteria: a.criteria,
    skillIds: a.skill_ids,
    validityDays: a.validity_days,
    image: image ? imageDataUri(image, a.name) : null,
  };
}
