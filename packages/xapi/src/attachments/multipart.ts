import { randomBytes } from 'node:crypto';
import { fail, ok, type Problem, type Result } from '../model/result.ts';

/** One body part of a multipart message: lower-cased header names and the raw octets. */
export interface MultipartPart {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

const CRLF = Buffer.from('\r\n');

/**
 * Reads the `boundary` parameter of a `multipart/mixed` Content-Type, or null when the header is not
 * multipart/mixed or has no boundary.
 * @example multipartBoundary('multipart/mixed; boundary="abc"') // 'abc'
 */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (!contentType || !/^\s*multipart\/mixed\s*(;|$)/i.test(contentType)) return null;
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/**
 * Parses a `multipart/mixed` body (RFC 2046): preamble and epilogue are ignored, each part's headers are
 * read up to the blank line, and each body runs to the CRLF before the next delimiter. Reports a missing
 * boundary, a missing first delimiter, parts without a header block and a missing close delimiter.
 */
export function parseMultipartMixed(
  body: Uint8Array,
  contentType: string | undefined,
): Result<MultipartPart[]> {
  const boundary = multipartBoundary(contentType);
  if (boundary === null)
    return fail([{ path: 'Content-Type', message: 'must be multipart/mixed with a boundary' }]);
  const data = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundary}`);
  const problems: Problem[] = [];
  const first = data.subarray(0, delimiter.length).equals(delimiter)
    ? -CRLF.length
    : indexOfDelimiter(data, delimiter, 0);
  if (first === -1) return fail([{ path: 'multipart', message: 'has no delimiter line for its boundary' }]);
  let delimiterAt = first + CRLF.length;
  const parts: MultipartPart[] = [];
  for (;;) {
    let cursor = delimiterAt + delimiter.length;
    if (data.subarray(cursor, cursor + 2).toString() === '--') return ok(parts);
    cursor = skipLineEnd(data, cursor);
    const next = indexOfDelimiter(data, delimiter, cursor);
    if (next < 0) {
      problems.push({ path: `multipart[${parts.length}]`, message: 'is not followed by a close delimiter' });
      return fail(problems);
    }
    const part = readPart(data.subarray(cursor, next));
    if (part === null) {
      problems.push({
        path: `multipart[${parts.length}]`,
        message: 'has no header block ending with a blank line',
      });
      return fail(problems);
    }
    parts.push(part);
    delimiterAt = next + CRLF.length;
  }
}

/** The index of the CRLF that starts the next delimiter line at or after `from`, or -1. */
function indexOfDelimiter(data: Buffer, delimiter: Buffer, from: number): number {
  return data.indexOf(Buffer.concat([CRLF, delimiter]), from);
}

function skipLineEnd(data: Buffer, from: number): number {
  let cursor = from;
  while (data[cursor] === 0x20 || data[cursor] === 0x09) cursor++;
  if (data[cursor] === 0x0d && data[cursor + 1] === 0x0a) return cursor + 2;
  return cursor;
}

function readPart(raw: Buffer): MultipartPart | null {
  if (raw.subarray(0, 2).equals(CRLF)) return { headers: {}, body: raw.subarray(2) };
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const headers: Record<string, string> = {};
  for (const line of raw.subarray(0, end).toString('latin1').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body: raw.subarray(end + 4) };
}

/** A part to put in a multipart message. */
export interface OutgoingPart {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array | string;
}

/**
 * Builds a `multipart/mixed` message with CRLF line ends and a random boundary that does not occur in any
 * part, returning the Content-Type to send with it.
 */
export function buildMultipartMixed(
  parts: readonly OutgoingPart[],
  boundary?: string,
): { contentType: string; body: Buffer } {
  const bodies = parts.map((part) =>
    typeof part.body === 'string' ? Buffer.from(part.body, 'utf8') : Buffer.from(part.body),
  );
  let chosen = boundary ?? `xapi-${randomBytes(12).toString('hex')}`;
  while (bodies.some((b) => b.includes(chosen))) chosen = `xapi-${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];
  parts.forEach((part, index) => {
    const headerLines = Object.entries(part.headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    chunks.push(Buffer.from(`--${chosen}\r\n${headerLines}\r\n`, 'latin1'), bodies[index]!, CRLF);
  });
  chunks.push(Buffer.from(`--${chosen}--\r\n`));
  return { contentType: `multipart/mixed; boundary="${chosen}"`, body: Buffer.concat(chunks) };
}
