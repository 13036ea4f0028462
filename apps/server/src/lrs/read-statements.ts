import { type Db, xapiStatementRepository } from '@pathwise/db';
import {
  attachmentsOf,
  buildStatementMultipart,
  formatStatement,
  parseStatementQuery,
  type StatementQuery,
  type StoredStatement,
} from '@pathwise/xapi';
import type { LrsRequest, LrsResponse } from './lrs-request.ts';
import { badRequest, XapiError } from './xapi-error.ts';

interface MoreToken {
  /** The query string of the first request. */
  readonly q: string;
  /** The repository's cursor after the last statement sent. */
  readonly c: string;
}

/** In the `ids` format an Activity object is its id alone (the conformance suites count its properties). */
function withBareActivityIds(statement: StoredStatement): StoredStatement {
  const bare = (object: Record<string, unknown>) => {
    if (object.objectType === 'Activity') delete object.objectType;
    if (object.objectType === 'SubStatement') bare(object.object as Record<string, unknown>);
  };
  bare(statement.object as unknown as Record<string, unknown>);
  return statement;
}

function readMore(params: URLSearchParams): { params: URLSearchParams; cursor?: string } {
  if (!params.has('more')) return { params };
  if ([...params.keys()].length !== 1 || params.getAll('more').length !== 1) {
    throw badRequest([{ path: 'more', message: 'must be the only parameter' }]);
  }
  try {
    const token = JSON.parse(
      Buffer.from(params.get('more') ?? '', 'base64url').toString('utf8'),
    ) as MoreToken;
    if (typeof token.q !== 'string' || typeof token.c !== 'string') throw new Error('malformed');
    return { params: new URLSearchParams(token.q), cursor: token.c };
  } catch {
    throw badRequest([{ path: 'more', message: 'is not a more link this LRS gave' }]);
  }
}

function moreLink(params: URLSearchParams, cursor: string): string {
  const token: MoreToken = { q: params.toString(), c: cursor };
  return `/xapi/statements?more=${Buffer.from(JSON.stringify(token)).toString('base64url')}`;
}

function respond(
  json: unknown,
  statements: readonly StoredStatement[],
  query: StatementQuery,
  sha2s: () => Promise<import('@pathwise/xapi').AttachmentData[]>,
  headers: Record<string, string>,
): Promise<LrsResponse> | LrsResponse {
  if (!query.attachments || statements.every((s) => attachmentsOf(s).length === 0)) {
    return { status: 200, headers, body: json };
  }
  return sha2s().then((data) => {
    const multipart = buildStatementMultipart(json, data);
    return {
      status: 200,
      headers: { ...headers, 'Content-Type': multipart.contentType },
      body: multipart.body,
    };
  });
}

/**
 * GET /statements: one statement (statementId / voidedStatementId) or a StatementResult page with a `more`
 * link, in the requested format, as JSON or (attachments=true) multipart/mixed with the attachment data.
 */
export async function getStatements(db: Db, request: LrsRequest): Promise<LrsResponse> {
  const { params, cursor } = readMore(request.params);
  const parsed = parseStatementQuery(params, { version: request.version });
  if (!parsed.ok) throw badRequest(parsed.problems);
  const query = parsed.value;
  const repository = xapiStatementRepository(db.kysely, request.client.orgId);
  const format = (s: StoredStatement) => {
    // Rows are parsed fresh for this response: the exact format needs no defensive copy.
    if (query.format === 'exact') return s;
    const formatted = formatStatement(s, query.format, {
      acceptLanguage: request.headers['accept-language'],
    });
    return query.format === 'ids' ? withBareActivityIds(formatted) : formatted;
  };
  const attachmentData = (statements: readonly StoredStatement[]) => () =>
    repository.attachments(statements.flatMap((s) => attachmentsOf(s).map(([, a]) => a.sha2)));
  if (query.kind === 'single') {
    const statement = await repository.findOne(query.statementId, { voided: query.voided });
    if (!statement) throw new XapiError(404, 'No such statement');
    const headers = { 'Last-Modified': new Date(statement.stored).toUTCString() };
    return respond(format(statement), [statement], query, attachmentData([statement]), headers);
  }
  const page = await repository.query(query, { limit: query.limit, ...(cursor ? { cursor } : {}) });
  const latest = page.statements
    .map((s) => s.stored)
    .sort()
    .at(-1);
  const headers = { 'Last-Modified': (latest ? new Date(latest) : new Date()).toUTCString() };
  const result = {
    statements: page.statements.map(format),
    more: page.cursor ? moreLink(params, page.cursor) : '',
  };
  return respond(result, page.statements, query, attachmentData(page.statements), headers);
}
