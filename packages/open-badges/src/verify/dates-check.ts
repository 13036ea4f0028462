import type { CredentialView, VerificationCheck } from './verification-check.ts';

/**
 * How far in the future a proof's `created` may be (5 minutes): the issuer's clock may run a little ahead of the
 * verifier's, but a proof dated later than that was not made when it says.
 */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Checks `validFrom` ≤ now < `validUntil` against the injected clock, and that no proof was `created` more than
 * {@link MAX_CLOCK_SKEW_MS} after now.
 */
export function checkValidityDates(view: CredentialView, now: Date): VerificationCheck {
  const name = 'validity-dates';
  if (view.validFrom && Date.parse(view.validFrom) > now.getTime()) {
    return {
      name,
      ok: false,
      message: `not valid yet: valid from ${view.validFrom}`,
      reason: 'not-yet-valid',
    };
  }
  if (view.validUntil && Date.parse(view.validUntil) <= now.getTime()) {
    return { name, ok: false, message: `expired on ${view.validUntil}`, reason: 'expired' };
  }
  for (const proof of view.proofs) {
    const raw: unknown = proof.created;
    if (raw === undefined) continue;
    const created = typeof raw === 'string' ? Date.parse(raw) : Number.NaN;
    if (Number.isNaN(created)) {
      return {
        name,
        ok: false,
        message: `the proof's "created" is not a date: ${JSON.stringify(raw)}`,
        reason: 'proof-date',
      };
    }
    if (created > now.getTime() + MAX_CLOCK_SKEW_MS) {
      return {
        name,
        ok: false,
        message: `the proof was created in the future (${proof.created}, more than 5 minutes after ${now.toISOString()})`,
        reason: 'proof-date',
      };
    }
  }
  const from = view.validFrom ? `from ${view.validFrom}` : 'with no start date';
  const until = view.validUntil ? ` until ${view.validUntil}` : ', with no end date';
  return { name, ok: true, message: `valid ${from}${until}` };
}
