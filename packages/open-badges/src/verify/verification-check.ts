/** The checks a verification reports, in order. */
export type CheckName =
  | 'well-formed'
  | 'signature'
  | 'issuer-key'
  | 'issuer-known'
  | 'revocation-status'
  | 'validity-dates'
  | 'log-inclusion';

/**
 * Why a check failed, as a closed code a page can word for people (the `message` stays the technical account):
 * `malformed` (well-formed); `signature-mismatch` (signature: the signed content was changed, or the key that
 * signed it cannot be read); `issuer-unresolved`, `key-not-issuers` (issuer-key: the issuer's DID document cannot
 * be read; a proof key is not one of the issuer's assertion keys); `issuer-unknown` (issuer-known); `revoked`,
 * `suspended`, `status-unavailable` (revocation-status: the bit is set; or the status cannot be confirmed);
 * `not-yet-valid`, `expired`, `proof-date` (validity-dates: before `validFrom`; at or after `validUntil`; a proof
 * dated in the future or not dated at all); `not-logged`, `log-proof-invalid` (log-inclusion: no proof of an entry;
 * a proof that does not hold).
 */
export type CheckReason =
  | 'malformed'
  | 'signature-mismatch'
  | 'issuer-unresolved'
  | 'key-not-issuers'
  | 'issuer-unknown'
  | 'revoked'
  | 'suspended'
  | 'status-unavailable'
  | 'not-yet-valid'
  | 'expired'
  | 'proof-date'
  | 'not-logged'
  | 'log-proof-invalid';

/**
 * One check of a verification: its name, whether it passed, and why, in words a person can read; a failed check
 * also says why as a {@link CheckReason}.
 */
export interface VerificationCheck {
  name: CheckName;
  ok: boolean;
  message: string;
  reason?: CheckReason;
}

/**
 * The overall answer: `verified` when every check passed; `unknown_issuer` when every check passed except
 * `issuer-known` (the signature is valid, but nobody this verifier trusts vouches for the issuer, so its name is
 * only the credential's own claim); `failed` when any other check failed.
 */
export type Verdict = 'verified' | 'unknown_issuer' | 'failed';

/** The answer of `verifyCredential`: `verified` is true only when every check passed (`verdict` is `verified`). */
export interface VerificationResult {
  verdict: Verdict;
  verified: boolean;
  checks: VerificationCheck[];
}

/** The verdict of a list of checks (see {@link Verdict}). */
export function verdictOf(checks: readonly VerificationCheck[]): Verdict {
  const failed = checks.filter((check) => !check.ok).map((check) => check.name);
  if (failed.length === 0) return 'verified';
  return failed.every((name) => name === 'issuer-known') ? 'unknown_issuer' : 'failed';
}

/** A proof, as the checks read it after the well-formed check. */
export interface ProofView {
  type: string;
  cryptosuite: string;
  verificationMethod: string;
  proofValue: string;
  created?: string;
}

/** A credential that passed the well-formed check, with the parts the other checks read. */
export interface CredentialView {
  document: Record<string, unknown>;
  id?: string;
  issuerId: string;
  proofs: ProofView[];
  validFrom?: string;
  validUntil?: string;
  statusEntries: Record<string, unknown>[];
}
