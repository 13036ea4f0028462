import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

test('the configuration lists every problem at once', () => {
  assert.throws(
    () =>
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        PASSWORD_HASH_COST: '3000',
        DEMO_PASSWORD: 'short',
        COOKIE_SECURE: 'maybe',
      }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.problems.length, 5, error.message);
      for (const name of ['PORT', 'DATABASE_URL', 'PASSWORD_HASH_COST', 'DEMO_PASSWORD', 'COOKIE_SECURE']) {
        assert.match(error.message, new RegExp(name));
      }
      return true;
    },
  );
});

test('defaults: port 3000 on 127.0.0.1, ./data, Secure cookies outside tests', () => {
  const config = loadConfig({});
  assert.equal(config.port, 3000);
  assert.equal(config.host, '127.0.0.1');
  assert.equal(config.dataDir, './data');
  assert.equal(config.databaseUrl, undefined);
  assert.equal(config.cookieSecure, true);
  assert.equal(loadConfig({ NODE_ENV: 'test' }).cookieSecure, false);
});
