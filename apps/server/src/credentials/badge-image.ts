/** The badge image a credential carries, read from its signed document for a PDF or a public image route. */

/** A badge image decoded from a credential: a raster (PNG, JPEG) or an SVG, with its bytes. */
export interface BadgeImage {
  type: 'image/png' | 'image/jpeg' | 'image/svg+xml';
  bytes: Buffer;
}

/** The largest image read: a credential is verified up to 64 KB, so a larger one could not be ours anyway. */
const MAX_BYTES = 256 * 1024;
const DATA_URI = /^data:(image\/(?:png|jpeg|svg\+xml));base64,([a-z0-9+/=\s]+)$/i;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The `image` of a credential's achievement (OB 3.0: an `Image` `{ id }`, or its address), else of the credential. */
function imageAddress(document: unknown): string | null {
  if (!isObject(document)) return null;
  const subject = Array.isArray(document.credentialSubject)
    ? document.credentialSubject[0]
    : document.credentialSubject;
  const achievement = isObject(subject) && isObject(subject.achievement) ? subject.achievement : {};
  const image = achievement.image ?? document.image;
  const address = isObject(image) ? image.id : image;
  return typeof address === 'string' ? address.trim() : null;
}

/** Whether the bytes are what their declared type says (so nothing else is ever served under an image type). */
function looksLike(type: BadgeImage['type'], bytes: Buffer): boolean {
  if (type === 'image/png') return bytes.subarray(0, 8).equals(PNG_SIGNATURE);
  if (type === 'image/jpeg') return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  return /<svg[\s>]/i.test(bytes.subarray(0, 4096).toString('utf8'));
}

/**
 * The badge image of a credential when it is carried inside it as a base64 `data:` URI of a PNG, JPEG or SVG whose
 * bytes match their type; null otherwise (no image, an address elsewhere, which this server never fetches, or
 * anything malformed).
 *
 * @example
 * badgeImage({ credentialSubject: { achievement: { image: { id: 'data:image/png;base64,iVBORw0KGgo…' } } } });
 * // { type: 'image/png', bytes: <Buffer 89 50 4e 47 …> }
 */
export function badgeImage(document: unknown): BadgeImage | null {
  const match = DATA_URI.exec(imageAddress(document) ?? '');
  if (!match?.[1] || !match[2]) return null;
  const type = match[1].toLowerCase() as BadgeImage['type'];
  const bytes = Buffer.from(match[2].replace(/\s/g, ''), 'base64');
  if (bytes.length === 0 || bytes.length > MAX_BYTES || !looksLike(type, bytes)) return null;
  return { type, bytes };
}
