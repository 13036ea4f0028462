import { ACHIEVEMENT_IMAGE_LIMITS, type AchievementImageType } from '@pathwise/contracts';
import { PNG } from 'pngjs';
import { refuseImage, refuseTooLarge } from './image-refusal.ts';
import { sanitizeSvg } from './svg-sanitizer.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * A PNG checked by its content: the 8-byte signature, its width and height (1 to `maxSide` pixels each, read from
 * the IHDR chunk before anything is decoded, so a small file cannot ask for a huge picture), then decoded whole
 * (every chunk's CRC and the compressed pixels), so a damaged or disguised file is refused.
 */
export function checkPng(bytes: Buffer): void {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE))
    refuseImage('not_png', 'The file is not a PNG image: it does not start with the PNG signature');
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR')
    refuseImage('png_damaged', 'The PNG image is damaged: its first chunk is not its header (IHDR)');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const max = ACHIEVEMENT_IMAGE_LIMITS.maxSide;
  if (width < 1 || height < 1 || width > max || height > max)
    refuseImage(
      'png_dimensions',
      `The PNG image is ${width}×${height} pixels; each side must be 1 to ${max} pixels`,
      `${width}×${height}`,
    );
  try {
    PNG.sync.read(bytes);
  } catch (error) {
    refuseImage(
      'png_damaged',
      `The PNG image is damaged and cannot be read (${error instanceof Error ? error.message : 'unreadable'})`,
    );
  }
}

/**
 * An uploaded image checked and made safe: base64 decoded, at most {@link ACHIEVEMENT_IMAGE_LIMITS}.maxBytes, a real
 * PNG (signature, dimensions, decodable) or an SVG that {@link sanitizeSvg} accepts (its sanitized text is what is
 * kept). Throws a 400/413 `AppError` naming the problem; nothing is returned for a refused file.
 */
export async function checkUploadedImage(
  mediaType: AchievementImageType,
  contentBase64: string,
): Promise<Buffer> {
  const b64 = contentBase64.replace(/\s+/g, '');
  if (!BASE64.test(b64) || b64.length % 4 !== 0) refuseImage('not_base64', 'The image is not valid base64');
  // The decoded size is checked before decoding (3 bytes per 4 characters, less padding).
  const size = (b64.length / 4) * 3 - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);
  if (size === 0) refuseImage('empty', 'The image is empty');
  if (size > ACHIEVEMENT_IMAGE_LIMITS.maxBytes) refuseTooLarge(size);
  const bytes = Buffer.from(b64, 'base64');
  if (mediaType === 'image/png') {
    checkPng(bytes);
    return bytes;
  }
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE))
    refuseImage('not_svg', 'The file is a PNG image, not an SVG: upload it as a PNG');
  const svg = Buffer.from(await sanitizeSvg(bytes), 'utf8');
  // NOTE: sanitizing can lengthen a file a little (declared namespaces, escaped characters).
  if (svg.length > ACHIEVEMENT_IMAGE_LIMITS.maxBytes) refuseTooLarge(svg.length);
  return svg;
}
