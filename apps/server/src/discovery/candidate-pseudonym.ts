import { createHmac, randomBytes } from 'node:crypto';

/** A new secret for a learner who turns discovery on: every pseudonym of theirs is derived from it. */
export function newDiscoveryHandle(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * How one employer knows a discoverable learner: an HMAC of the employer under the learner's secret handle, so
 * it names nobody, differs from one employer to the next (two employers cannot link their lists), stays the same
 * across one employer's searches, and dies when the learner turns discovery off (the next handle is new).
 *
 * @example
 * candidatePseudonym(handle, orgId, employerId); // 'cand_3f9a0c1b7e2d4a5f6b8c'
 */
export function candidatePseudonym(handle: string, orgId: string, employerId: string): string {
  const mac = createHmac('sha256', handle)
    .update(`pathwise candidate v1|${orgId}|${employerId}`)
    .digest('hex');
  return `cand_${mac.slice(0, 20)}`;
}
