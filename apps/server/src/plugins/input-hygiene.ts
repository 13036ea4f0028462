import { AppError, type FieldProblem } from '@pathwise/core';
import type { FastifyRequest } from 'fastify';
import type { App } from '../runtime/types.ts';

/** How deep a JSON body may nest (objects and arrays); no Pathwise body comes near it. */
export const MAX_JSON_DEPTH = 64;

/** The most problems one answer lists (a body full of NULs must not make a huge answer). */
const MAX_PROBLEMS = 20;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored or passed on, or null when it can. */
export function stringProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(value)) return 'contains a lone UTF-16 surrogate (not valid Unicode)';
  return null;
}

/**
 * Every problem of a parsed JSON value: strings (values and keys) that PostgreSQL cannot store (NUL) or that are not
 * valid Unicode (lone surrogates), and nesting deeper than `maxDepth`. Iterative, so any depth is safe to walk.
 * Paths are `root/key/0/…`.
 */
export function jsonProblems(value: unknown, root: string, maxDepth = MAX_JSON_DEPTH): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const { value: v, path, depth } = stack.pop()!;
    if (typeof v === 'string') {
      const problem = stringProblem(v);
      if (problem) problems.push({ field: path, message: problem });
    } else if (v !== null && typeof v === 'object') {
      if (depth >= maxDepth) {
        problems.push({ field: path, message: `nests deeper than ${maxDepth} levels` });
        continue;
      }
      const entries = Array.isArray(v) ? v.map((item, i) => [String(i), item] as const) : Object.entries(v);
      for (const [key, item] of entries) {
        const keyProblem = stringProblem(key);
        const shownKey = keyProblem ? '(key)' : key;
        if (keyProblem)
          problems.push({ field: `${path}/${shownKey}`, message: `has a key that ${keyProblem}` });
        stack.push({ value: item, path: `${path}/${shownKey}`, depth: depth + 1 });
      }
    }
  }
  return problems;
}

/** The problems of a request's query, route parameters and (parsed JSON) body. */
export function requestProblems(request: Pick<FastifyRequest, 'query' | 'params' | 'body'>): FieldProblem[] {
  return [
    ...jsonProblems(request.params ?? {}, 'params'),
    ...jsonProblems(request.query ?? {}, 'querystring'),
    ...(Buffer.isBuffer(request.body) ? [] : jsonProblems(request.body, 'body')),
  ];
}

/**
 * One check for every route, before its schema and handler: NUL characters, lone surrogates and JSON nested deeper
 * than {@link MAX_JSON_DEPTH} get a 400 naming the field, instead of a database error or a stack overflow (500).
 * The LRS (/xapi) reads raw bodies and answers in its own format: lrs-request-reader.ts checks its requests.
 */
export function registerInputHygiene(app: App): void {
  app.addHook('preValidation', async (request) => {
    if (request.url.startsWith('/xapi')) return;
    const problems = requestProblems(request);
    if (problems.length > 0) {
      throw new AppError(
        'bad_request',
        `The request cannot be accepted: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
        problems,
      );
    }
  });
}
