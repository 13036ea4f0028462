import assert from 'node:assert/strict';
import { test } from 'node:test';
import { credentialState } from './credential-state.ts';
import { shareLinkState } from './share-link-state.ts';

const now = new Date('2026-06-01T12:00:00Z');
const before = new Date('2026-06-01T11:59:59Z');
const after = new Date('2026-06-01T12:00:01Z');

test('a share link is active before it expires, expired from the instant it reaches its end', () => {
  assert.equal(shareLinkState({ revokedAt: null, expiresAt: after }, now), 'active');
  assert.equal(shareLinkState({ revokedAt: null, expiresAt: now }, now), 'expired');
  assert.equal(shareLinkState({ revokedAt: null, expiresAt: before }, now), 'expired');
});

test('a revoked share link says revoked, even once it has also expired', () => {
  assert.equal(shareLinkState({ revokedAt: before, expiresAt: after }, now), 'revoked');
  assert.equal(shareLinkState({ revokedAt: before, expiresAt: before }, now), 'revoked');
});

test('a credential with no end date never expires; revocation wins over expiry', () => {
  assert.equal(credentialState({ revokedAt: null, validUntil: null }, now), 'active');
  assert.equal(credentialState({ revokedAt: null, validUntil: now }, now), 'expired');
  assert.equal(credentialState({ revokedAt: before, validUntil: before }, now), 'revoked');
});
