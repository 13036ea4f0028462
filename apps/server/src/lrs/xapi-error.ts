import type { Problem } from '@pathwise/xapi';

/**
 * The one error of the LRS: an HTTP status the xAPI specification names, a message, and the problems behind
 * it. The `/xapi` error handler turns it into a JSON response (xAPI errors are not problem+json).
 */
export class XapiError extends Error {
  readonly status: number;
  readonly problems: readonly Problem[];
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    message: string,
    problems: readonly Problem[] = [],
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'XapiError';
    this.status = status;
    this.problems = problems;
    this.headers = headers;
  }
}

/** A 400 listing every problem found. */
export function badRequest(problems: readonly Problem[], message = 'The request is not valid'): XapiError {
  const detail = problems.map((p) => `${p.path} ${p.message}`).join('; ');
  return new XapiError(400, detail ? `${message}: ${detail}` : message, problems);
}
