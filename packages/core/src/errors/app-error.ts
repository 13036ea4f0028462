/**
 * The closed list of error codes Pathwise answers with. Each maps to one HTTP status in {@link statusOf}.
 * Clients (the web app, the CLI, integrators) switch on the code, never on the message.
 */
export const ERROR_CODES = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  slug_taken: 409,
  last_admin: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  misdirected_request: 421,
  invalid_framework: 422,
  too_complex: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** One problem with one input field, named by its path (e.g. `body/email`). */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The one error class of the domain. Thrown anywhere, turned into `application/problem+json` at the HTTP edge.
 *
 * @example
 * throw new AppError('not_found', 'No organization with that id');
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly errors: FieldProblem[] | undefined;
  /** Further members of the problem document (e.g. `cycle`: the skill ids of a refused cycle). */
  readonly extensions: Readonly<Record<string, unknown>> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    errors?: FieldProblem[],
    extensions?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.errors = errors;
    this.extensions = extensions;
  }

  get status(): number {
    return statusOf(this.code);
  }
}

/** The HTTP status for an error code. */
export function statusOf(code: ErrorCode): number {
  return ERROR_CODES[code];
}
