/** One problem with one input field, as the server names it (`body/email`). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** An `application/problem+json` answer, or a network failure (`code: 'network'`). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: FieldProblem[];
  /** The problem's other members (e.g. `cycle`, the skill ids of a refused framework cycle). */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(
    status: number,
    code: string,
    detail: string,
    errors: FieldProblem[] = [],
    extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.errors = errors;
    this.extensions = extensions;
  }

  /** The fields this error names, by their last path segment (`body/email` → `email`). */
  fieldNames(): string[] {
    return this.errors.map((e) => e.field.split('/').pop() ?? e.field).filter((f) => f !== 'body');
  }
}

/** Reads a failed response into an {@link ApiError}, whatever its body. */
export async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      code?: string;
      detail?: string;
      errors?: FieldProblem[];
      [extension: string]: unknown;
    };
    const { code, detail, errors, type: _type, title: _title, status: _status, ...extensions } = body;
    return new ApiError(
      response.status,
      code ?? 'internal',
      detail ?? response.statusText,
      errors ?? [],
      extensions,
    );
  } catch {
    return new ApiError(response.status, response.status >= 500 ? 'internal' : 'bad_request', '');
  }
}
