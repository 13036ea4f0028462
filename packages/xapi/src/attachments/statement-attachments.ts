import { createHash } from 'node:crypto';
import { childPath, fail, isPlainObject, ok, type Problem, type Result } from '../model/result.ts';
import type { Attachment, Statement } from '../model/statement-types.ts';
import { buildMultipartMixed, parseMultipartMixed } from './multipart.ts';

/** The raw data of one attachment received in a multipart request, keyed by its SHA-2 (lower-case hex). */
export interface AttachmentData {
  readonly sha2: string;
  readonly contentType: string | undefined;
  readonly data: Buffer;
}

/** A statement request body split into its JSON part and its attachment parts. */
export interface StatementRequestBody {
  /** The parsed JSON of the first part: one statement or an array of statements (not yet validated). */
  readonly json: unknown;
  readonly attachments: AttachmentData[];
}

const HASH_BY_LENGTH: Record<number, string> = { 56: 'sha224', 64: 'sha256', 96: 'sha384', 128: 'sha512' };

/**
 * Reads a `multipart/mixed` statement request (Communication 1.5.2): the first part must be
 * `application/json` statements; every other part must carry `X-Experience-API-Hash`, and its data must hash
 * to that value (SHA-224/256/384/512 chosen by the digest length).
 */
export function readStatementMultipart(
  body: Uint8Array,
  contentType: string | undefined,
): Result<StatementRequestBody> {
  const parsed = parseMultipartMixed(body, contentType);
  if (!parsed.ok) return parsed;
  const [first, ...rest] = parsed.value;
  if (!first) return fail([{ path: 'multipart', message: 'must contain the statements as its first part' }]);
  const problems: Problem[] = [];
  if (!/^application\/json\s*(;|$)/i.test(first.headers['content-type'] ?? '')) {
    problems.push({ path: 'multipart[0]', message: 'must have Content-Type application/json' });
  }
  let json: unknown;
  try {
    json = JSON.parse(first.body.toString('utf8'));
  } catch {
    problems.push({ path: 'multipart[0]', message: 'is not valid JSON' });
  }
  const attachments = rest.flatMap((part, index) => {
    const path = `multipart[${index + 1}]`;
    const declared = part.headers['x-experience-api-hash']?.toLowerCase();
    const encoding = part.headers['content-transfer-encoding'];
    if (encoding !== undefined && encoding.toLowerCase() !== 'binary') {
      problems.push({ path, message: 'must use Content-Transfer-Encoding binary' });
    }
    if (declared === undefined) {
      problems.push({ path, message: 'must have an X-Experience-API-Hash header' });
      return [];
    }
    const algorithm = HASH_BY_LENGTH[declared.length];
    if (!algorithm || !/^[0-9a-f]+$/.test(declared)) {
      problems.push({ path, message: 'X-Experience-API-Hash must be a hex SHA-2 digest' });
      return [];
    }
    if (createHash(algorithm).update(part.body).digest('hex') !== declared) {
      problems.push({ path, message: 'data does not match its X-Experience-API-Hash' });
      return [];
    }
    return [{ sha2: declared, contentType: part.headers['content-type'], data: part.body }];
  });
  return problems.length === 0 ? ok({ json, attachments }) : fail(problems);
}

/**
 * Matches statements' attachment metadata with received attachment data by SHA-2: every attachment without a
 * `fileUrl` needs a part, and every part must belong to some attachment (missing and extra parts are both
 * errors). Pass no data for an `application/json` request. Returns the data keyed by SHA-2.
 */
export function matchAttachments(
  statements: readonly Statement[],
  received: readonly AttachmentData[],
  paths: readonly string[] = statements.map((_, i) => (statements.length === 1 ? '$' : `$[${i}]`)),
): Result<Map<string, AttachmentData>> {
  const bySha = new Map(received.map((part) => [part.sha2, part]));
  const used = new Set<string>();
  const problems: Problem[] = [];
  statements.forEach((statement, index) => {
    for (const [path, attachment] of attachmentsOf(statement, paths[index] ?? '$')) {
      const sha2 = attachment.sha2.toLowerCase();
      if (bySha.has(sha2)) used.add(sha2);
      else if (attachment.fileUrl === undefined) {
        problems.push({ path, message: 'has no fileUrl and no multipart part with its sha2' });
      }
    }
  });
  received.forEach((part, index) => {
    if (!used.has(part.sha2))
      problems.push({ path: `multipart[${index + 1}]`, message: 'matches no attachment of the statements' });
  });
  return problems.length === 0 ? ok(bySha) : fail(problems);
}

/** Every attachment of a statement and of its SubStatement, with its JSON path. */
export function attachmentsOf(statement: Statement, path = '$'): [string, Attachment][] {
  const own = (statement.attachments ?? []).map((a, i): [string, Attachment] => [
    childPath(childPath(path, 'attachments'), i),
    a,
  ]);
  const object = statement.object as unknown;
  if (isPlainObject(object) && object.objectType === 'SubStatement') {
    return [...own, ...attachmentsOf(object as unknown as Statement, childPath(path, 'object'))];
  }
  return own;
}

/**
 * Builds the multipart/mixed response of GET /statements with `attachments=true`: the JSON first, then one
 * part per distinct attachment with its hash header.
 */
export function buildStatementMultipart(
  json: unknown,
  attachments: readonly AttachmentData[],
): { contentType: string; body: Buffer } {
  const distinct = [...new Map(attachments.map((a) => [a.sha2, a])).values()];
  return buildMultipartMixed([
    { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(json) },
    ...distinct.map((a) => ({
      headers: {
        'Content-Type': a.contentType ?? 'application/octet-stream',
        'Content-Transfer-Encoding': 'binary',
        'X-Experience-API-Hash': a.sha2,
      },
      body: a.data,
    })),
  ]);
}
