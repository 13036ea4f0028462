import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LATEST_XAPI_VERSION, negotiateVersion, XAPI_VERSIONS } from './version.ts';

describe('negotiateVersion', () => {
  it('speaks 1.0.3 to any 1.0.x request and 2.0.0 to any 2.0.x request', () => {
    for (const header of ['1.0', '1.0.0', '1.0.1', '1.0.3', ' 1.0.9 '])
      assert.deepEqual(negotiateVersion(header), { ok: true, value: '1.0.3' });
    for (const header of ['2.0', '2.0.0', '2.0.1'])
      assert.deepEqual(negotiateVersion(header), { ok: true, value: '2.0.0' });
  });
  it('rejects a missing header, prior versions, later versions and garbage', () => {
    for (const header of [
      undefined,
      null,
      '',
      '0.9',
      '0.95',
      '1.1.0',
      '1.1',
      '3.0.0',
      '1.0.x',
      'latest',
      ['1.0.3', '2.0.0'],
    ]) {
      const result = negotiateVersion(header);
      assert.equal(result.ok, false, String(header));
      assert.equal(!result.ok && result.problems[0]?.path, 'X-Experience-API-Version');
    }
  });
  it('lists the supported versions for the About resource, newest first', () => {
    assert.deepEqual(XAPI_VERSIONS, ['2.0.0', '1.0.3']);
    assert.equal(LATEST_XAPI_VERSION, '2.0.0');
  });
});
