import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { seedDemo } from '../../demo/seed-demo.ts';
import { loadConfig } from '../../runtime/config.ts';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';

const PUBLIC_URL = 'http://127.0.0.1:3000';
type Alignment = { targetUrl: string; targetName: string; targetCode: string; targetFramework: string };

// Every alignment inside an issued credential must resolve: the page a person opens (the web app, served here
// from a stand-in build folder) and the data that page shows.
for (const backend of await testBackends()) {
  describe(`alignment targetUrls resolve to a public skill page on ${backend.kind}`, () => {
    let t: TestApp;
    let alignments: Alignment[];
    const webDist = mkdtempSync(join(tmpdir(), 'pathwise-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Pathwise</title><div id="root"></div>');
    before(async () => {
      const env = { PUBLIC_URL, WEB_DIST: webDist };
      t = await buildTestApp(backend, env);
      const config = loadConfig({ NODE_ENV: 'test', PASSWORD_HASH_COST: '1024', ...env });
      const seeded = await seedDemo(t.db, {
        password: 'demo-password-1',
        passwordHashCost: 1024,
        credentials: config,
      });
      const shared = await t.app.inject({
        method: 'GET',
        url: `/api/share/${seeded.shareUrl!.split('/').pop()}`,
      });
      assert.equal(shared.statusCode, 200, shared.body);
      alignments = shared
        .json()
        .credentials.flatMap(
          (c: { document: { credentialSubject: { achievement: { alignment?: Alignment[] } } } }) =>
            c.document.credentialSubject.achievement.alignment ?? [],
        );
    });
    after(async () => {
      await t.close();
      rmSync(webDist, { recursive: true, force: true });
    });

    test('every alignment targetUrl of the demo credentials answers 200: the page and its data', async () => {
      assert.ok(alignments.length >= 3, `the demo credentials align to skills (${alignments.length})`);
      for (const a of alignments) {
        assert.ok(a.targetUrl.startsWith(`${PUBLIC_URL}/skills/`), a.targetUrl);
        const path = a.targetUrl.slice(PUBLIC_URL.length);
        const page = await t.app.inject({ method: 'GET', url: path });
        assert.equal(page.statusCode, 200, `${a.targetUrl}: ${page.body}`);
        assert.match(String(page.headers['content-type']), /text\/html/);
        const [, , slug, id] = path.split('/');
        const data = await t.app.inject({ method: 'GET', url: `/api/public/orgs/${slug}/skills/${id}` });
        assert.equal(data.statusCode, 200, data.body);
        const skill = data.json();
        assert.equal(skill.id, a.targetCode);
        assert.equal(skill.name.en, a.targetName);
        assert.equal(skill.framework, a.targetFramework);
        assert.ok(skill.name.es && skill.description.en, 'names and description in both languages');
        assert.equal(skill.organization.slug, slug);
      }
    });

    test('an unknown skill or organization is a 404 problem, and its page says so with a 404', async () => {
      const slug = alignments[0]!.targetUrl.split('/')[4]!;
      for (const url of [
        `/api/public/orgs/${slug}/skills/no.such-skill`,
        '/api/public/orgs/no-such-org/skills/x',
      ]) {
        const res = await t.app.inject({ method: 'GET', url });
        assert.equal(res.statusCode, 404, res.body);
        assert.match(String(res.headers['content-type']), /application\/problem\+json/);
        assert.equal(res.json().code, 'not_found');
      }
      const page = await t.app.inject({ method: 'GET', url: `/skills/${slug}/no.such-skill` });
      assert.equal(page.statusCode, 404);
      assert.match(String(page.headers['content-type']), /text\/html/);
    });
  });
}
