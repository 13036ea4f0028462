import { fail, ok, type Problem, type Result } from './model/result.ts';
import type { XapiVersion } from './model/statement-types.ts';

/** The request an alternate-syntax POST stands for (Communication 1.3, xAPI 1.0.x only). */
export interface AlternateRequest {
  readonly method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';
  /** Header parameters sent as form fields (lower-case names); they take the place of the HTTP headers. */
  readonly headers: Readonly<Record<string, string>>;
  /** The query parameters of the intended request, sent as form fields. */
  readonly params: URLSearchParams;
  /** The `content` form field: the intended request body, as UTF-8 text. */
  readonly content?: string;
}

/** What {@link readAlternateRequest} looks at. */
export interface AlternateRequestInput {
  readonly method: string;
  readonly query: URLSearchParams;
  /** The HTTP Content-Type header. */
  readonly contentType?: string;
  /** The raw request body. */
  readonly body: string;
  readonly version: XapiVersion;
}

const HEADER_FIELDS = [
  'authorization',
  'x-experience-api-version',
  'content-type',
  'content-length',
  'if-match',
  'if-none-match',
];
const METHODS = ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'] as const;

/**
 * Recognizes the alternate request syntax: a POST whose only query parameter is `method`, with headers,
 * parameters and `content` as form fields. Returns `ok(null)` for an ordinary request (no `method` parameter).
 * Under 1.0.x the syntax must be supported; anything malformed (not a POST, other query parameters, a body
 * that is not a form, a PUT or POST without `content`) is a 400. xAPI 2.0 dropped the syntax, so under 2.0
 * any `method` parameter is a 400. The route should merge `headers` over the HTTP headers before negotiating
 * the version and authenticating.
 */
export function readAlternateRequest(input: AlternateRequestInput): Result<AlternateRequest | null> {
  if (!input.query.has('method')) return ok(null);
  if (input.version === '2.0.0')
    return fail([{ path: 'method', message: 'the alternate request syntax is not part of xAPI 2.0' }]);
  const problems: Problem[] = [];
  const method = input.query.get('method')?.toUpperCase() as AlternateRequest['method'];
  if (input.method.toUpperCase() !== 'POST')
    problems.push({ path: 'method', message: 'an alternate request must be sent as a POST' });
  if (!METHODS.includes(method))
    problems.push({ path: 'method', message: `must be one of ${METHODS.join(', ')}` });
  for (const name of new Set(input.query.keys())) {
    if (name !== 'method')
      problems.push({ path: name, message: 'must be sent as a form field in an alternate request' });
  }
  if (input.query.getAll('method').length > 1)
    problems.push({ path: 'method', message: 'must be given only once' });
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(input.contentType ?? '')) {
    problems.push({
      path: 'Content-Type',
      message: 'an alternate request must be application/x-www-form-urlencoded',
    });
  }
  const form = new URLSearchParams(input.body);
  const headers: Record<string, string> = {};
  const params = new URLSearchParams();
  let content: string | undefined;
  for (const [name, value] of form) {
    if (name === 'content') content = value;
    else if (HEADER_FIELDS.includes(name.toLowerCase())) headers[name.toLowerCase()] = value;
    else params.append(name, value);
  }
  if ((method === 'PUT' || method === 'POST') && content === undefined) {
    problems.push({ path: 'content', message: `is required for an alternate ${method}` });
  }
  return problems.length === 0
    ? ok({ method, headers, params, ...(content !== undefined ? { content } : {}) })
    : fail(problems);
}
