import type { CredentialView, VerificationCheck } from './verification-check.ts';

/** Checks `validFrom` ≤ now < `validUntil` against the injected clock. */
export function checkValidityDates(view: CredentialView, now: Date): VerificationCheck {
  const name = 'validity-dates';
  if (view.validFrom && Date.parse(view.validFrom) > now.getTime()) {
    return { name, ok: false, message: `not valid yet: valid from ${view.validFrom}` };
  }
  if (view.validUntil && Date.parse(view.validUntil) <= now.getTime()) {
    return { name, ok: false, message: `expired on ${view.validUntil}` };
  }
  const from = view.validFrom ? `from ${view.validFrom}` : 'with no start date';
  const until = view.validUntil ? ` until ${view.validUntil}` : ', with no end date';
  return { name, ok: true, message: `valid ${from}${until}` };
}
