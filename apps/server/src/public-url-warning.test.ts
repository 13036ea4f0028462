import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadConfig } from './runtime/config.ts';
import { type RunningServer, startBanner } from './server.ts';

function bannerFor(publicUrl: string): string {
  const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: publicUrl, SEED_DEMO: 'false' });
  const server = { url: 'http://127.0.0.1:3000', db: { kind: 'pglite' } } as unknown as RunningServer;
  return startBanner(server, config, false);
}

const warning = (banner: string) => banner.split('\n').filter((line) => line.includes('did:web'));

describe('the start banner says when credentials cannot be verified elsewhere', () => {
  for (const url of [
    'http://127.0.0.1:3000',
    'http://localhost:3000',
    'https://127.0.0.1:8443',
    'https://[::1]:8443',
    'https://localhost',
    'http://school.example.org',
  ]) {
    test(`PUBLIC_URL=${url}: one line naming the reason`, () => {
      const lines = warning(bannerFor(url));
      assert.equal(lines.length, 1, bannerFor(url));
      assert.match(lines[0]!, /PUBLIC_URL/);
      assert.match(lines[0]!, url.startsWith('http:') ? /https/ : /domain name/);
    });
  }
  test('PUBLIC_URL=https://school.example.org: no warning', () => {
    assert.deepEqual(warning(bannerFor('https://school.example.org')), []);
  });
});
