import { AppError, type ErrorCode, type FieldProblem, statusOf } from '@pathwise/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../runtime/types.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  errors?: FieldProblem[];
  /** Extension members of the code (RFC 9457 §3.2), e.g. `cycle` for `invalid_framework`. */
  [extension: string]: unknown;
}

/** The problem document of an error code (for hooks that answer before any route, e.g. the Host check). */
export function toProblem(
  code: ErrorCode,
  detail: string,
  errors?: FieldProblem[],
  extensions?: Readonly<Record<string, unknown>>,
): Problem {
  const status = statusOf(code);
  return {
    ...extensions,
    type: `https://pathwise.dev/problems/${code.replaceAll('_', '-')}`,
    title: code.replaceAll('_', ' '),
    status,
    code,
    detail,
    ...(errors ? { errors } : {}),
  };
}

function fromFastifyError(error: FastifyError): Problem {
  if (error.validation) {
    const context = error.validationContext ?? 'body';
    const errors = error.validation
      .map((v) => {
        const missing = (v.params as { missingProperty?: string } | undefined)?.missingProperty;
        const extra = (v.params as { additionalProperty?: string } | undefined)?.additionalProperty;
        const path = `${context}${v.instancePath}${missing ? `/${missing}` : ''}${extra ? `/${extra}` : ''}`;
        const allowed = (v.params as { allowedValues?: unknown[] } | undefined)?.allowedValues;
        const message = extra
          ? 'is not an allowed property'
          : allowed
            ? `must be one of ${allowed.join(', ')}`
            : (v.message ?? 'is invalid');
        return { field: path, message };
      })
      .filter((e, i, all) => all.findIndex((o) => o.field === e.field && o.message === e.message) === i);
    const detail = errors.map((e) => `${e.field} ${e.message}`).join('; ');
    return toProblem('validation_failed', detail, errors);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return toProblem('payload_too_large', 'The request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return toProblem('unsupported_media_type', 'Send the body as application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return toProblem('bad_request', 'The JSON body is empty', [{ field: 'body', message: 'is empty' }]);
  }
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return toProblem('bad_request', `The body is not valid JSON: ${error.message}`, [
      { field: 'body', message: 'is not valid JSON' },
    ]);
  }
  if (error.statusCode === 429)
    return toProblem('rate_limited', 'Too many attempts; wait a minute and try again');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { ...toProblem('bad_request', error.message), status: error.statusCode };
  }
  return toProblem('internal', 'Something went wrong on our side');
}

/** Sends a problem document. */
export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

/**
 * Turns every error into `application/problem+json` with a stable `code`. Field problems name the
 * field (`body/email`). 5xx details are logged, never sent.
 */
export function registerProblemHandler(app: App, options: { spa: boolean }): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const problem =
      error instanceof AppError
        ? toProblem(error.code, error.message, error.errors, error.extensions)
        : fromFastifyError(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem);
  });
  // NOTE: fastify takes one not-found handler per instance, so the single-page app's fallback lives here too.
  app.setNotFoundHandler((request, reply) => {
    if (
      options.spa &&
      request.method === 'GET' &&
      !request.url.startsWith('/api') &&
      !(request.url.split('?')[0] ?? '').includes('.')
    ) {
      // Client-side routes (/sign-in, /o/demo/learner, …) all get the single-page app.
      return reply.type('text/html').sendFile('index.html');
    }
    return sendProblem(
      reply,
      toProblem('not_found', `No route ${request.method} ${request.url.split('?')[0]}`),
    );
  });
}
