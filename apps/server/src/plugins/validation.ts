import { Ajv, type Options, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { App } from '../runtime/types.ts';

// NOTE: ajv-formats is CommonJS; under ESM its default import is the module object with the function on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/** Fastify's own Ajv options, with every problem listed (bodies are capped, arrays have maxItems). */
const BASE: Options = {
  useDefaults: true,
  removeAdditional: false,
  addUsedSchema: false,
  allErrors: true,
};

function validator(options: Options): Ajv {
  const ajv = new Ajv({ ...BASE, ...options });
  addFormats(ajv);
  return ajv;
}

/**
 * Schema validation per part of a request. A JSON body is validated as sent: no type coercion, because coercion
 * read `validityDays: 0` as null (never expires) against `integer ≥ 1 | null`, `true` as 1 and `123` as "123".
 * Path parameters, query strings and headers arrive as text, so they are coerced to the schema's types (and a
 * single query value to a one-element array).
 */
export function registerValidation(app: App): void {
  const parts = {
    body: validator({ coerceTypes: false }),
    text: validator({ coerceTypes: 'array' }),
  };
  app.setValidatorCompiler(({ schema, httpPart }): ValidateFunction => {
    const ajv = httpPart === 'body' ? parts.body : parts.text;
    const id = (schema as { $id?: string }).$id;
    const stored = id ? ajv.getSchema(id) : undefined;
    return stored ?? ajv.compile(schema);
  });
}
