import type { CredentialVerification, VerifiedIssuer } from '@pathwise/contracts';
import type { VerificationJob } from './verification-job.ts';

/** What a verification says besides its checks: who the issuer is, the dates read, a revocation's date, "now". */
export type VerificationFacts = Omit<CredentialVerification, 'verdict' | 'verified' | 'checks'>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const dateOf = (value: unknown): string | null =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;

function issuerOf(credential: Record<string, unknown>, job: VerificationJob): VerifiedIssuer | null {
  if (!job.issuerId) return null;
  const profile = isObject(credential.issuer) ? credential.issuer : {};
  const claimed = typeof profile.name === 'string' && profile.name.trim() !== '' ? profile.name.trim() : null;
  // NOTE: only a web address: a page may offer it as a link.
  const url = typeof profile.url === 'string' && /^https?:\/\//i.test(profile.url) ? profile.url : null;
  const known = job.knownIssuer;
  return { id: job.issuerId, name: known?.name ?? claimed, url, known: known !== null };
}

/**
 * The facts a page needs to say a verification in words, from the job the checks ran on: the issuer (the name
 * its voucher gives when it is known, else the credential's own claim), `validFrom` / `validUntil` as stated,
 * when this installation's issuer revoked it (`revokedAt`, from its records), and the verifier's "now".
 *
 * @example
 * const result = { ...(await pool.run(job)), ...verificationFacts(job, row?.revoked_at ?? null) };
 */
export function verificationFacts(job: VerificationJob, revokedAt: Date | null): VerificationFacts {
  const credential = isObject(job.credential) ? job.credential : {};
  return {
    issuer: issuerOf(credential, job),
    validFrom: dateOf(credential.validFrom),
    validUntil: dateOf(credential.validUntil),
    revokedAt: revokedAt?.toISOString() ?? null,
    checkedAt: job.now,
  };
}
