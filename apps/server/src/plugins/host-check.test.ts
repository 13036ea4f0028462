import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { ConfigError, loadConfig } from '../runtime/config.ts';
import { buildTestApp, type TestApp } from '../test/test-app.ts';

const [backend] = await testBackends();

/** A GET over a real socket with the Host header a browser would send for that name (as after DNS rebinding). */
function getWithHost(port: number, host: string, path = '/api/health') {
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the Host header must name this server (DNS rebinding)', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(backend!, {
      PUBLIC_URL: 'https://learn.example.org',
      ALLOWED_HOSTS: 'api.example.org:8443',
    });
  });
  after(() => t.close());

  const hosted = (host: string, url = '/api/health') =>
    t.app.inject({ method: 'GET', url, headers: { host } });

  test('another name gets 421 before any routing, as a problem document; the right one works', async () => {
    for (const host of ['evil.example', 'learn.example.org.evil.example', 'localhost', '127.0.0.1:3000']) {
      for (const url of ['/api/health', '/xapi/about', '/api/nowhere', '/']) {
        const res = await hosted(host, url);
        assert.equal(res.statusCode, 421, `${host} ${url}`);
        assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
        assert.equal(res.json().code, 'misdirected_request');
      }
    }
    for (const host of ['learn.example.org', 'LEARN.example.org:443', 'api.example.org:8443'])
      assert.equal((await hosted(host)).statusCode, 200, host);
    assert.equal((await hosted('learn.example.org:8080')).statusCode, 421);
    assert.equal((await hosted('api.example.org')).statusCode, 421, 'the entry names its port');
  });

  test('over a real socket too: a rebinding page on evil.example is refused', async () => {
    const local = await buildTestApp(backend!, { PUBLIC_URL: 'http://127.0.0.1:3000', ALLOWED_HOSTS: '' });
    try {
      await local.app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = local.app.server.address() as AddressInfo;
      const evil = await getWithHost(port, `evil.example:${port}`);
      assert.equal(evil.status, 421);
      assert.match(evil.type, /^application\/problem\+json/);
      // A loopback PUBLIC_URL accepts the loopback names at any port (a rebinding never arrives with one).
      assert.equal((await getWithHost(port, `127.0.0.1:${port}`)).status, 200);
      assert.equal((await getWithHost(port, `localhost:${port}`)).status, 200);
    } finally {
      await local.close();
    }
  });

  test('ALLOWED_HOSTS is parsed with the other settings', () => {
    assert.deepEqual(loadConfig({ ALLOWED_HOSTS: 'A.example.org, b.example.org:8080' }).allowedHosts, [
      'a.example.org',
      'b.example.org:8080',
    ]);
    assert.deepEqual(loadConfig({}).allowedHosts, []);
    assert.deepEqual(loadConfig({ NODE_ENV: 'test' }).allowedHosts, ['localhost']);
    assert.throws(
      () => loadConfig({ ALLOWED_HOSTS: 'http://x.example/', PORT: 'x' }),
      (e: unknown) =>
        e instanceof ConfigError && e.problems.length === 2 && /ALLOWED_HOSTS/.test(e.problems.join()),
    );
  });
});
