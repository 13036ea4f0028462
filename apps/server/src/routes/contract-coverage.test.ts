import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { pgliteBackend } from '@pathwise/db/testing';
import { buildTestApp, type TestApp } from '../test/test-app.ts';

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

/** Success answers that are not JSON, with why: a file, an image or a page, so no JSON schema describes them. */
const NOT_JSON: Record<string, string> = {
  'GET /api/orgs/{orgId}/figures/{sha256}': 'an image of imported content (GIF, PNG, JPEG, WebP)',
  'GET /api/orgs/{orgId}/classes/{classId}/dashboard.csv': 'a text/csv download of one class dashboard table',
  'GET /api/orgs/{orgId}/analytics/program.csv': 'a text/csv download of one program dashboard table',
  'GET /api/orgs/{orgId}/classes/{classId}/gradebook.csv': 'a text/csv download of a class gradebook',
  'POST /api/orgs/{orgId}/lessons/export': 'a DOCX or PDF download of a composed lesson',
  'GET /api/orgs/{orgId}/lessons/{lessonId}/export': 'a DOCX or PDF download of a saved lesson',
  'GET /api/orgs/{orgId}/project-files/{fileId}': 'a file a learner handed in (PDF, PNG, JPEG, plain text)',
  'GET /api/orgs/{orgId}/record/credentials/{credentialId}/certificate':
    "a PDF certificate of a learner's credential",
  'GET /api/share/{token}/badges/{credentialId}': "a shared credential's badge image (PNG, JPEG, SVG)",
};

let t: TestApp;
before(async () => {
  t = await buildTestApp(pgliteBackend);
});
after(() => t.close());

/** A schema that says nothing: `{}` or `Type.Any()`/`Type.Unknown()` (no type, no properties, no combinator). */
function saysNothing(schema: unknown): boolean {
  if (!schema || typeof schema !== 'object') return true;
  const s = schema as Record<string, unknown>;
  return !(
    'type' in s ||
    'anyOf' in s ||
    'oneOf' in s ||
    'allOf' in s ||
    'enum' in s ||
    'const' in s ||
    '$ref' in s
  );
}

/** Every `any` hidden inside a schema: the paths of properties and items whose schema says nothing. */
function vaguePaths(schema: unknown, path = ''): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as Record<string, unknown>;
  const found: string[] = [];
  const properties = (s.properties ?? {}) as Record<string, unknown>;
  for (const [name, child] of Object.entries(properties)) {
    if (saysNothing(child)) found.push(`${path}/${name}`);
    else found.push(...vaguePaths(child, `${path}/${name}`));
  }
  if (s.items) {
    if (saysNothing(s.items)) found.push(`${path}[]`);
    else found.push(...vaguePaths(s.items, `${path}[]`));
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    for (const child of (s[key] as unknown[] | undefined) ?? []) found.push(...vaguePaths(child, path));
  }
  return found;
}

test('every /api route declares the schema of each success answer, and no schema hides an `any`', () => {
  const doc = t.app.swagger() as { paths: Record<string, Record<string, Operation>> };
  const problems: string[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api')) continue;
    for (const [method, operation] of Object.entries(operations)) {
      const name = `${method.toUpperCase()} ${path}`;
      if (NOT_JSON[name]) continue;
      const success = Object.entries(operation.responses ?? {}).filter(([status]) => /^2/.test(status));
      if (success.length === 0) {
        problems.push(`${name}: no success response schema`);
        continue;
      }
      for (const [status, response] of success) {
        if (status === '204') continue;
        const schema = response.content?.['application/json']?.schema;
        if (saysNothing(schema)) problems.push(`${name} ${status}: the schema says nothing`);
        else for (const vague of vaguePaths(schema)) problems.push(`${name} ${status}: ${vague} is any`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('the exemptions name routes that exist', () => {
  const doc = t.app.swagger() as { paths: Record<string, Record<string, Operation>> };
  const names = new Set(
    Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    ),
  );
  for (const name of Object.keys(NOT_JSON)) assert.ok(names.has(name), `${name} is exempt but no such route`);
});
