import type { Db } from '@pathwise/db';
import { negotiateVersion, readAlternateRequest, VERSION_HEADER, type XapiVersion } from '@pathwise/xapi';
import type { FastifyRequest } from 'fastify';
import { authenticateLrsClient } from '../../lrs/lrs-client.ts';
import type { LrsRequest } from '../../lrs/lrs-request.ts';
import { type LrsResource, scopeAllows } from '../../lrs/lrs-scopes.ts';
import { badRequest, XapiError } from '../../lrs/xapi-error.ts';
import { jsonProblems, stringProblem } from '../../plugins/input-hygiene.ts';

const METHODS = ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'] as const;

function plainHeaders(request: FastifyRequest): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

// NOTE: a request without a version header gets a 400 that must still carry a version. The one a client spoke
// last (keyed by its Authorization header, in this process) is the best guess of what it understands.
const lastVersions = new Map<string, XapiVersion>();

function rememberVersion(authorization: string | undefined, version: XapiVersion): void {
  if (!authorization || lastVersions.get(authorization) === version) return;
  if (lastVersions.size >= 1000) lastVersions.clear();
  lastVersions.set(authorization, version);
}

/**
 * Turns an HTTP request under `/xapi` into the {@link LrsRequest} a resource handles: unwraps the alternate
 * request syntax (1.0.x), negotiates `X-Experience-API-Version` (400), authenticates the Basic credential
 * (401) and checks its scope for the resource (403). `onVersion` is told the version as soon as it is known,
 * so that even an error response carries it.
 */
export async function readLrsRequest(
  db: Db,
  publicUrl: string,
  request: FastifyRequest,
  resource: LrsResource,
  onVersion: (version: XapiVersion) => void,
): Promise<LrsRequest> {
  const url = new URL(request.url, 'http://lrs');
  const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
  let headers = plainHeaders(request);
  let params = url.searchParams;
  let method = request.method.toUpperCase() as LrsRequest['method'];
  let content = body;
  const headerVersion = negotiateVersion(request.headers['x-experience-api-version']);
  const alternate = readAlternateRequest({
    method,
    query: params,
    ...(headers['content-type'] !== undefined ? { contentType: headers['content-type'] } : {}),
    body: params.has('method') ? body.toString('utf8') : '',
    version: headerVersion.ok ? headerVersion.value : '1.0.3',
  });
  if (!alternate.ok) throw badRequest(alternate.problems, 'The alternate request is not valid');
  if (alternate.value) {
    // NOTE: the form's own Content-Type is the form's; the content is JSON unless a content-type field says otherwise.
    headers = { ...headers, 'content-type': 'application/json', ...alternate.value.headers };
    params = alternate.value.params;
    method = alternate.value.method;
    content = Buffer.from(alternate.value.content ?? '', 'utf8');
  }
  const version = negotiateVersion(headers[VERSION_HEADER.toLowerCase()]);
  if (!version.ok) {
    const previous = lastVersions.get(headers.authorization ?? '');
    if (previous) onVersion(previous);
    throw badRequest(version.problems, 'The xAPI version is missing or not supported');
  }
  onVersion(version.value);
  rememberVersion(headers.authorization, version.value);
  if (alternate.value && version.value === '2.0.0') {
    throw badRequest([{ path: 'method', message: 'the alternate request syntax is not part of xAPI 2.0' }]);
  }
  if (!METHODS.includes(method)) throw new XapiError(405, `${method} is not allowed`);
  const client = await authenticateLrsClient(db, headers.authorization, publicUrl);
  if (!scopeAllows(client.scopes, resource, method)) {
    throw new XapiError(
      403,
      `This credential's scopes (${client.scopes.join(', ')}) do not allow ${method} ${resource}`,
    );
  }
  checkInputHygiene(params, headers['content-type'], content);
  return { method, params, headers, body: content, version: version.value, client };
}

/**
 * The app-wide input check (plugins/input-hygiene.ts) in the LRS's own terms: parameters and JSON bodies with a NUL
 * character, a lone surrogate or nesting deeper than the limit are a 400 in the xAPI error format, never a 500 from
 * the database or a stack overflow. Non-JSON document bodies are stored as bytes and need no check.
 */
function checkInputHygiene(params: URLSearchParams, contentType: string | undefined, body: Buffer): void {
  const problems = [...params].flatMap(([name, value]) => {
    const problem = stringProblem(value);
    return problem ? [{ path: name, message: problem }] : [];
  });
  for (const [name, value] of params) {
    if (!/^\s*[[{]/.test(value)) continue;
    try {
      const found = jsonProblems(JSON.parse(value), name);
      problems.push(...found.map((p) => ({ path: p.field, message: p.message })));
    } catch {
      // not JSON: the resource says what is wrong with it
    }
  }
  if (/^application\/json\s*(;|$)/i.test(contentType ?? '') && body.length > 0) {
    try {
      const found = jsonProblems(JSON.parse(body.toString('utf8')), 'body');
      problems.push(...found.map((p) => ({ path: p.field, message: p.message })));
    } catch {
      // not JSON: the resource answers its own 400
    }
  }
  if (problems.length > 0) throw badRequest(problems, 'The request cannot be accepted');
}
