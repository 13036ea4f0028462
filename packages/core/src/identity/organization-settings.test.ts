import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseOrganizationSettings } from './organization-settings.ts';

test('stored settings read back keeping the known ones; none chosen reads as none', () => {
  assert.deepEqual(parseOrganizationSettings({ earlyWarning: { enabled: true }, legacy: 1 }), {
    earlyWarning: { enabled: true },
  });
  assert.deepEqual(parseOrganizationSettings({}), {});
});

test('bad stored settings throw naming the column and the setting', () => {
  assert.throws(() => parseOrganizationSettings({ earlyWarning: { enabled: 'yes' } }), {
    message: 'organizations.settings: earlyWarning.enabled must be true or false',
  });
  assert.throws(() => parseOrganizationSettings([]), {
    message: 'organizations.settings: must be an object',
  });
});
