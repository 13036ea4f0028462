/** The checks a verification reports, in order. */
export type CheckName =
  | 'well-formed'
  | 'signature'
  | 'issuer-key'
  | 'revocation-status'
  | 'validity-dates'
  | 'log-inclusion';

/** One check of a verification: its name, whether it passed, and why, in words a person can read. */
export interface VerificationCheck {
  name: CheckName;
  ok: boolean;
  message: string;
}

/** The answer of `verifyCredential`: `verified` is true only when every check passed. */
export interface VerificationResult {
  verified: boolean;
  checks: VerificationCheck[];
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
