import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { buildTestApp, type TestApp } from '../test/test-app.ts';

/** The directives of a CSP header, by name. */
function directives(header: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of String(header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name, values);
  }
  return out;
}

const [backend] = await testBackends();

describe('security headers on every response', () => {
  let t: TestApp;
  let webDist: string;
  before(async () => {
    webDist = await mkdtemp(join(tmpdir(), 'pathwise-web-'));
    await writeFile(
      join(webDist, 'index.html'),
      '<!doctype html><title>Pathwise</title><div id="root"></div>',
    );
    t = await buildTestApp(backend!, { WEB_DIST: webDist });
  });
  after(async () => {
    await t.close();
    await rm(webDist, { recursive: true, force: true });
  });

  test('the web app, the API and errors: CSP without inline script, frame-ancestors self, nosniff, no referrer', async () => {
    const answers = await Promise.all([
      t.app.inject({ method: 'GET', url: '/' }),
      t.app.inject({ method: 'GET', url: '/verify/share/some-token' }),
      t.app.inject({ method: 'GET', url: '/api/health' }),
      t.app.inject({ method: 'GET', url: '/api/nowhere' }),
      t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: '{',
        headers: { 'content-type': 'application/json' },
      }),
    ]);
    assert.deepEqual(
      answers.map((a) => a.statusCode),
      [200, 200, 200, 404, 400],
    );
    for (const answer of answers) {
      const csp = directives(answer.headers['content-security-policy']);
      assert.deepEqual(
        csp.get('script-src'),
        ["'self'"],
        answer.headers['content-security-policy'] as string,
      );
      assert.deepEqual(csp.get('frame-ancestors'), ["'self'"]);
      assert.deepEqual(csp.get('object-src'), ["'none'"]);
      assert.equal(answer.headers['x-content-type-options'], 'nosniff');
      assert.equal(answer.headers['referrer-policy'], 'no-referrer');
    }
  });

  test('the Swagger UI has its own policy, still without inline script', async () => {
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs' });
    assert.equal(docs.statusCode, 200);
    const csp = directives(docs.headers['content-security-policy']);
    assert.deepEqual(csp.get('script-src'), ["'self'"]);
    assert.ok(csp.get('style-src')?.includes("'unsafe-inline'"));
    assert.equal(docs.headers['x-content-type-options'], 'nosniff');
  });

  test('the LRS keeps its sandbox', async () => {
    const about = await t.app.inject({ method: 'GET', url: '/xapi/about' });
    assert.equal(about.headers['content-security-policy'], "sandbox; default-src 'none'");
    assert.equal(about.headers['x-content-type-options'], 'nosniff');
  });
});
