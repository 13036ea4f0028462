import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { basic } from '../routes/xapi/lrs-test-support.ts';
import { buildTestApp, type TestApp } from '../test/test-app.ts';
import { seedDemo } from './seed-demo.ts';

const [backend] = await testBackends();

describe('the demo LRS credential', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(backend!);
  });
  after(() => t.close());

  const status = async (key: string, secret: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: '/xapi/statements',
        headers: { authorization: basic(key, secret), 'x-experience-api-version': '2.0.0' },
      })
    ).statusCode;

  test('uses DEMO_LRS_KEY / DEMO_LRS_SECRET when given, else generates a pair; each start replaces the last', async () => {
    const options = { password: 'demo-password-long', passwordHashCost: 1024 };
    const fromEnv = await seedDemo(t.db, {
      ...options,
      lrs: { key: 'demo-key', secret: 'demo-secret-value' },
    });
    assert.deepEqual(fromEnv.lrs, { key: 'demo-key', secret: 'demo-secret-value' });
    assert.equal(await status('demo-key', 'demo-secret-value'), 200);
    const generated = await seedDemo(t.db, { ...options, lrs: {} });
    assert.ok(generated.lrs && generated.lrs.key !== 'demo-key' && generated.lrs.secret.length >= 40);
    assert.equal(generated.orgId, fromEnv.orgId);
    assert.equal(await status(generated.lrs.key, generated.lrs.secret), 200);
    const again = await seedDemo(t.db, { ...options, lrs: { key: 'demo-key', secret: 'demo-secret-value' } });
    assert.equal(again.lrs?.key, 'demo-key');
    assert.equal(
      await status(generated.lrs.key, generated.lrs.secret),
      401,
      'the generated pair was replaced',
    );
  });
});
