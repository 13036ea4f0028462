/** Whether a share link still opens. */
export type ShareLinkState = 'active' | 'revoked' | 'expired';

/**
 * A share link's state at `now`: revoked wins over expired, and a link expires at the instant it reaches
 * `expiresAt` (the learner's list and opening the link read the same rule).
 *
 * @example
 * shareLinkState({ revokedAt: null, expiresAt: new Date('2026-01-01') }, new Date('2026-01-01')); // 'expired'
 */
export function shareLinkState(link: { revokedAt: Date | null; expiresAt: Date }, now: Date): ShareLinkState {
  if (link.revokedAt) return 'revoked';
  if (link.expiresAt <= now) return 'expired';
  return 'active';
}
