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

  constructor(status: number, code: string, detail: string, errors: FieldProblem[] = []) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.errors = errors;
  }

  /** The fields this error names, by their last path segment (`body/email` → `email`). */
  fieldNames(): string[] {
    return this.errors.map((e) => e.field.split('/').pop() ?? e.field).filter((f) => f !== 'body');
  }
}

/** Reads a failed response into an {@link ApiError}, whatever its body. */
export async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { code?: string; detail?: string; errors?: FieldProblem[] };
    return new ApiError(
      response.status,
      body.code ?? 'internal',
      body.detail ?? response.statusText,
      body.errors ?? [],
    );
  } catch {
    return new ApiError(response.status, response.status >= 500 ? 'internal' : 'bad_request', '');
  }
}
