import { PROJECT_FILE_LIMITS } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import type { NewProjectFile } from '@pathwise/db';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const PDF = Buffer.from('%PDF-', 'latin1');
// NOTE: a control character other than tab, newline, form feed and carriage return means binary, not text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must be found.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
// Markup a browser would render (HTML, SVG, XML) is refused even as text: it is never served as such, but the
// project accepts no markup at all, so a renamed page cannot be handed on.
const MARKUP = /^\s*</;

/**
 * The content type of a file from its bytes (magic numbers), never its name: PDF, PNG, JPEG, or UTF-8 plain text
 * that is not markup. Null: not an accepted type.
 */
export function sniffContentType(bytes: Buffer): string | null {
  if (bytes.subarray(0, PDF.length).equals(PDF)) return 'application/pdf';
  if (bytes.subarray(0, PNG.length).equals(PNG)) return 'image/png';
  if (bytes.subarray(0, JPEG.length).equals(JPEG)) return 'image/jpeg';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  if (CONTROL.test(text) || MARKUP.test(text.replace(/^\uFEFF/, ''))) return null;
  return 'text/plain; charset=utf-8';
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must be refused.
const BAD_NAME = /[\u0000-\u001f\u007f/\\]/;

/**
 * The files of a submission, decoded and checked: at most 5, each 1 byte to 5 MB decoded, of an accepted type by
 * content; a name without path separators or control characters. A refusal names the file (`body/files/<i>`).
 */
export function checkFiles(files: readonly { name: string; contentBase64: string }[]): NewProjectFile[] {
  const { maxBytes, maxFiles } = PROJECT_FILE_LIMITS;
  if (files.length > maxFiles) refuseFile('body/files', `At most ${maxFiles} files per submission`);
  return files.map((f, i) => {
    const field = `body/files/${i}`;
    if (BAD_NAME.test(f.name))
      refuseFile(`${field}/name`, `“${f.name}”: a file name without slashes or control characters`);
    const b64 = f.contentBase64.replace(/\s+/g, '');
    if (!BASE64.test(b64) || b64.length % 4 !== 0)
      refuseFile(`${field}/contentBase64`, `“${f.name}” is not valid base64`);
    // The decoded size is checked before decoding (3 bytes per 4 characters, less padding).
    const size = (b64.length / 4) * 3 - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);
    if (size === 0) refuseFile(field, `“${f.name}” is empty`);
    if (size > maxBytes) refuseFile(field, `“${f.name}” is larger than ${maxBytes / 1024 / 1024} MB`);
    const content = Buffer.from(b64, 'base64');
    const contentType = sniffContentType(content);
    if (!contentType)
      refuseFile(
        field,
        `“${f.name}” is not a PDF, PNG, JPEG or plain text file (HTML and SVG are not accepted)`,
      );
    return { name: f.name, contentType, content };
  });
}

function refuseFile(field: string, message: string): never {
  throw new AppError('validation_failed', message, [{ field, message }]);
}
