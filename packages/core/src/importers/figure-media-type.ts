/** The image types a figure may have. SVG is not among them: it can carry scripts and external references. */
export type FigureMediaType = 'image/gif' | 'image/png' | 'image/jpeg' | 'image/webp';

/** The largest figure accepted (OATutor's largest is about 300 KB). */
export const MAX_FIGURE_BYTES = 2 * 1024 * 1024;

const starts = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * The media type of a figure read from its first bytes (never from its name: OATutor's `.gif` files are
 * mostly PNG), or the problem that keeps it out.
 * @example
 * figureMediaType(pngBytes); // { mediaType: 'image/png' }
 */
export function figureMediaType(bytes: Uint8Array): { mediaType: FigureMediaType } | { problem: string } {
  if (bytes.length === 0) return { problem: 'the file is empty' };
  if (bytes.length > MAX_FIGURE_BYTES)
    return { problem: `larger than ${MAX_FIGURE_BYTES / 1024 / 1024} MB (${bytes.length} bytes)` };
  if (starts(bytes, [0x47, 0x49, 0x46, 0x38])) return { mediaType: 'image/gif' };
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mediaType: 'image/png' };
  if (starts(bytes, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg' };
  // RIFF, a 4-byte size, then WEBP (one OATutor figure is a WebP named .gif)
  if (starts(bytes, [0x52, 0x49, 0x46, 0x46]) && starts(bytes.subarray(8), [0x57, 0x45, 0x42, 0x50]))
    return { mediaType: 'image/webp' };
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).toLowerCase();
  if (head.includes('<svg')) return { problem: 'SVG figures are not allowed; use GIF, PNG, JPEG or WebP' };
  return { problem: 'not a GIF, PNG, JPEG or WebP image' };
}
