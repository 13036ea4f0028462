/** Where a credential stands now. */
export type CredentialState = 'active' | 'revoked' | 'expired';

/**
 * A credential's state at `now`: revoked wins over expired (a revocation is final and says why); a credential
 * with no end date never expires.
 *
 * @example
 * credentialState({ revokedAt: null, validUntil: new Date('2026-01-01') }, new Date('2026-06-01')); // 'expired'
 */
export function credentialState(
  credential: { revokedAt: Date | null; validUntil: Date | null },
  now: Date,
): CredentialState {
  if (credential.revokedAt) return 'revoked';
  if (credential.validUntil && credential.validUntil <= now) return 'expired';
  return 'active';
}
