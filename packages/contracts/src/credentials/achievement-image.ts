import { type Static, Type } from 'typebox';
import { DateTime, StringEnum } from '../common.ts';

/** The image types an achievement's image may be. */
export const ACHIEVEMENT_IMAGE_TYPES = ['image/png', 'image/svg+xml'] as const;
export const AchievementImageTypeSchema = StringEnum(ACHIEVEMENT_IMAGE_TYPES);
export type AchievementImageType = Static<typeof AchievementImageTypeSchema>;

/** The shapes of a generated badge design. */
export const BADGE_SHAPES = ['circle', 'shield', 'hexagon'] as const;
export const BadgeShapeSchema = StringEnum(BADGE_SHAPES);
export type BadgeShape = Static<typeof BadgeShapeSchema>;

/**
 * The limits of an uploaded image. NOTE: the image travels inside every credential of the achievement, as base64
 * (4/3 of its size): 40 KB (about 55 KB of base64) keeps a credential under the 64 KB that `POST /api/verify`
 * reads, so every credential stays verifiable by anyone who pastes it there.
 */
export const ACHIEVEMENT_IMAGE_LIMITS = {
  maxBytes: 40 * 1024,
  /** The largest width and height of a PNG, in pixels. */
  maxSide: 2048,
} as const;

/** The colour of a generated design when none is chosen: Pathwise's teal (white initials on it are 5.8:1). */
export const DEFAULT_BADGE_COLOR = '#0f6f80';

/**
 * Why an uploaded image was refused, as the `imageProblem` member of the 400/413 answer (the web app words each in
 * the reader's language; `found` names what was found, e.g. the attribute `onload`).
 */
export const IMAGE_PROBLEMS = [
  'too_large',
  'not_base64',
  'empty',
  'not_png',
  'png_damaged',
  'png_dimensions',
  'not_svg',
  'svg_malformed',
  'svg_doctype',
  'svg_script',
  'svg_event_handler',
  'svg_foreign_object',
  'svg_javascript_url',
  'svg_external_reference',
] as const;
export type ImageProblem = (typeof IMAGE_PROBLEMS)[number];

/** `PUT /api/orgs/:orgId/achievements/:achievementId/image`: an uploaded PNG or SVG, as base64. */
export const AchievementImageUploadBody = Type.Object(
  {
    mediaType: AchievementImageTypeSchema,
    // NOTE: no tighter maxLength: the size is checked decoded, with a message that says the limit (413).
    contentBase64: Type.String({ minLength: 1, maxLength: 128 * 1024 }),
  },
  { additionalProperties: false },
);
export type AchievementImageUpload = Static<typeof AchievementImageUploadBody>;

/** `PUT /api/orgs/:orgId/achievements/:achievementId/image/design`: a generated design (defaults: from the achievement's kind, teal). */
export const AchievementImageDesignBody = Type.Object(
  {
    shape: Type.Optional(BadgeShapeSchema),
    color: Type.Optional(Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: 'A colour as #rrggbb' })),
  },
  { additionalProperties: false },
);
export type AchievementImageDesign = Static<typeof AchievementImageDesignBody>;

/** An achievement's image as members see it: what credentials carry (`src`), and where it came from. */
export const AchievementImageSchema = Type.Object({
  source: StringEnum(['upload', 'generated']),
  mediaType: AchievementImageTypeSchema,
  src: Type.String({
    description: 'The image as a base64 data: URI, exactly as credentials issued from now on carry it',
  }),
  design: Type.Union([Type.Object({ shape: BadgeShapeSchema, color: Type.String() }), Type.Null()], {
    description: 'The shape and colour of a generated design; null for an upload',
  }),
  updatedAt: DateTime,
});
export type AchievementImage = Static<typeof AchievementImageSchema>;
