import {
  type AchievementImage,
  type AchievementImageDesign,
  type AchievementImageUpload,
  type BadgeShape,
  DEFAULT_BADGE_COLOR,
} from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import {
  type AchievementImageRow,
  type AchievementRow,
  type Database,
  deleteAchievementImage,
  findAchievement,
  findAchievementImage,
  putAchievementImage,
  recordAudit,
} from '@pathwise/db';
import type { ImageInput } from '@pathwise/open-badges';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../runtime/types.ts';
import { generateBadgeSvg } from './generated-badge.ts';
import { checkUploadedImage } from './uploaded-image.ts';

/** The shape a generated design takes when none is chosen: from the kind of achievement. */
const SHAPE_OF_KIND: Record<string, BadgeShape> = {
  Certificate: 'shield',
  MicroCredential: 'hexagon',
  Competency: 'hexagon',
};

/** The image's bytes and type: an upload's stored bytes, or the generated design drawn from the current name. */
function imageBytes(row: AchievementImageRow, name: string): { mediaType: string; bytes: Buffer } {
  if (row.source === 'upload' && row.content) return { mediaType: row.media_type, bytes: row.content };
  const svg = generateBadgeSvg({
    name,
    shape: row.design_shape ?? 'circle',
    color: row.design_color ?? DEFAULT_BADGE_COLOR,
  });
  return { mediaType: 'image/svg+xml', bytes: Buffer.from(svg, 'utf8') };
}

/** The image as a base64 `data:` URI: what credentials carry, so they show it offline. */
export function imageDataUri(row: AchievementImageRow, name: string): string {
  const { mediaType, bytes } = imageBytes(row, name);
  return `data:${mediaType};base64,${bytes.toString('base64')}`;
}

/** An achievement's image as the API shows it. */
export function presentAchievementImage(row: AchievementImageRow, name: string): AchievementImage {
  return {
    source: row.source,
    mediaType: row.media_type,
    src: imageDataUri(row, name),
    design:
      row.design_shape && row.design_color ? { shape: row.design_shape, color: row.design_color } : null,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The OB 3.0 `Image` a credential of the achievement carries, or undefined when it has none. */
export async function credentialImageOf(
  db: Kysely<Database>,
  orgId: string,
  achievement: AchievementRow,
): Promise<ImageInput | undefined> {
  const row = await findAchievementImage(db, orgId, achievement.id);
  return row
    ? { id: imageDataUri(row, achievement.name), type: 'Image', caption: achievement.name }
    : undefined;
}

async function getAchievement(db: Kysely<Database>, orgId: string, id: string): Promise<AchievementRow> {
  const achievement = await findAchievement(db, orgId, id);
  if (!achievement || achievement.archived_at) throw new AppError('not_found', 'No such achievement');
  return achievement;
}

interface ImageTarget {
  orgId: string;
  achievementId: string;
  actorUserId: string | null;
  actorTokenId?: string | null;
}

/** Stores an image and audits the change, in one transaction; its answer is the image as shown. */
async function store(
  ctx: AppContext,
  target: ImageTarget,
  values: Parameters<typeof putAchievementImage>[1]['values'],
  name: string,
): Promise<AchievementImage> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const { orgId, achievementId } = target;
    const row = await putAchievementImage(trx, { orgId, achievementId, values, now: ctx.now() });
    await recordAudit(trx, {
      orgId: target.orgId,
      actorUserId: target.actorUserId,
      actorTokenId: target.actorTokenId ?? null,
      action: 'achievement.updated',
      targetType: 'achievement',
      targetId: target.achievementId,
      details: { image: values.source },
    });
    return presentAchievementImage(row, name);
  });
}

/**
 * Sets an uploaded PNG or SVG as the achievement's image, for the credentials issued from now on: checked by its
 * content (a real PNG; an SVG with nothing that runs or fetches, sanitized) and at most 40 KB. A refused file
 * stores nothing and the 400/413 names the problem.
 */
export async function uploadAchievementImage(
  ctx: AppContext,
  target: ImageTarget & { body: AchievementImageUpload },
): Promise<AchievementImage> {
  const achievement = await getAchievement(ctx.db.kysely, target.orgId, target.achievementId);
  const content = await checkUploadedImage(target.body.mediaType, target.body.contentBase64);
  return store(
    ctx,
    target,
    { source: 'upload', mediaType: target.body.mediaType, content },
    achievement.name,
  );
}

/**
 * Sets a generated design as the achievement's image: a shape (by default from its kind) in a colour (by default
 * Pathwise's teal) with the initials of its name; the SVG follows the name if it is renamed later.
 */
export async function generateAchievementImage(
  ctx: AppContext,
  target: ImageTarget & { body: AchievementImageDesign },
): Promise<AchievementImage> {
  const achievement = await getAchievement(ctx.db.kysely, target.orgId, target.achievementId);
  const shape = target.body.shape ?? SHAPE_OF_KIND[achievement.achievement_type] ?? 'circle';
  const color = (target.body.color ?? DEFAULT_BADGE_COLOR).toLowerCase();
  return store(ctx, target, { source: 'generated', shape, color }, achievement.name);
}

/** Removes the achievement's image: credentials issued from now on carry none (those issued keep theirs). */
export async function removeAchievementImage(ctx: AppContext, target: ImageTarget): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await getAchievement(trx, target.orgId, target.achievementId);
    if (!(await deleteAchievementImage(trx, target.orgId, target.achievementId))) return;
    await recordAudit(trx, {
      orgId: target.orgId,
      actorUserId: target.actorUserId,
      actorTokenId: target.actorTokenId ?? null,
      action: 'achievement.updated',
      targetType: 'achievement',
      targetId: target.achievementId,
      details: { image: 'removed' },
    });
  });
}
