import type { Clock } from '../clock.ts';
import { verifyProof } from '../data-integrity.ts';
import type { DocumentLoader } from '../document-loader.ts';
import { credentialIssuedEvent } from '../log/log-entry.ts';
import { type LogInclusionProof, verifyLogInclusion } from '../log/log-inclusion.ts';
import { checkValidityDates } from './dates-check.ts';
import { checkIssuerKey } from './issuer-key-check.ts';
import { checkIssuerKnown, type KnownIssuerSource } from './issuer-known-check.ts';
import { checkRevocationStatus, type StatusListSource } from './status-check.ts';
import {
  type CredentialView,
  type VerificationCheck,
  type VerificationResult,
  verdictOf,
} from './verification-check.ts';
import { readCredential } from './well-formed.ts';

/** What the verifier needs from the platform, wired once. */
export interface VerifyDeps {
  /** Offline loader (contexts, did:key, the platform's did:web documents). */
  documentLoader: DocumentLoader;
  clock: Clock;
  /** Status list credentials by URL (the platform's store or a verifier's cache). */
  getStatusListCredential?: StatusListSource;
  /** Trusted issuance-log keys: verification method id → public key multibase. */
  trustedLogKeys?: ReadonlyMap<string, string>;
  /** Who vouches for an issuer (the platform's own organizations, an operator's registry); without it, nobody. */
  findKnownIssuer?: KnownIssuerSource;
}

/** Per-call extras. */
export interface VerifyOptions {
  /** The inclusion proof delivered with the credential; when given, a `log-inclusion` check is added. */
  logProof?: LogInclusionProof;
  /**
   * The issuer logs every credential it issues: the `log-inclusion` check is added even without a proof, and
   * then fails (a credential signed with the issuer's key but never issued).
   */
  logRequired?: boolean;
}

/**
 * Verifies a credential check by check: well-formed, signature, issuer & key, known issuer, revocation status,
 * validity dates, and log inclusion (when a proof is given or the log is required). Malformed input gives one
 * failed `well-formed` check; it never throws. The `verdict` tells a valid signature by an unknown issuer
 * (`unknown_issuer`) from a credential that passed everything (`verified`).
 *
 * @example
 * const { verified, checks } = await verifyCredential(JSON.parse(body), deps);
 */
export async function verifyCredential(
  input: unknown,
  deps: VerifyDeps,
  options: VerifyOptions = {},
): Promise<VerificationResult> {
  const read = readCredential(input);
  if (!read.ok) {
    return {
      verdict: 'failed',
      verified: false,
      checks: [{ name: 'well-formed', ok: false, message: read.problems.join('; '), reason: 'malformed' }],
    };
  }
  const { view } = read;
  const now = deps.clock.now();
  const checks: VerificationCheck[] = [
    { name: 'well-formed', ok: true, message: 'a VC 2.0 credential with a Data Integrity proof' },
  ];
  checks.push(await signatureCheck(view, deps.documentLoader));
  checks.push(await checkIssuerKey(view, deps.documentLoader));
  checks.push(await checkIssuerKnown(view, deps.findKnownIssuer));
  checks.push(await checkRevocationStatus(view, { ...deps, now }));
  checks.push(checkValidityDates(view, now));
  if (options.logProof) checks.push(await logCheck(view, options.logProof, deps.trustedLogKeys ?? new Map()));
  else if (options.logRequired) checks.push(NOT_LOGGED);
  const verdict = verdictOf(checks);
  return { verdict, verified: verdict === 'verified', checks };
}

const NOT_LOGGED: VerificationCheck = {
  name: 'log-inclusion',
  ok: false,
  message: 'not in the issuance log: its issuer never issued this credential (or not as it is now)',
  reason: 'not-logged',
};

async function signatureCheck(
  view: CredentialView,
  documentLoader: DocumentLoader,
): Promise<VerificationCheck> {
  const result = await verifyProof(view.document, documentLoader);
  if (result.verified)
    return { name: 'signature', ok: true, message: 'the eddsa-rdfc-2022 signature is valid' };
  return {
    name: 'signature',
    ok: false,
    message: `the signature is not valid: ${result.error}`,
    reason: 'signature-mismatch',
  };
}

async function logCheck(
  view: CredentialView,
  proof: LogInclusionProof,
  trustedLogKeys: ReadonlyMap<string, string>,
): Promise<VerificationCheck> {
  try {
    const result = await verifyLogInclusion(credentialIssuedEvent(view.document), proof, trustedLogKeys);
    return { name: 'log-inclusion', ...result, ...(result.ok ? {} : { reason: 'log-proof-invalid' }) };
  } catch (error) {
    return {
      name: 'log-inclusion',
      ok: false,
      message: (error as Error).message,
      reason: 'log-proof-invalid',
    };
  }
}
