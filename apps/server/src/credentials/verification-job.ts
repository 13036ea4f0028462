import {
  createDocumentLoader,
  type DidDocument,
  fixedClock,
  type KnownIssuer,
  type LogInclusionProof,
  type VerificationResult,
  verifyCredential,
} from '@pathwise/open-badges';

/**
 * One verification as plain data: the credential and everything of this installation it may need (DID
 * documents, status lists, log keys and proof, who vouches for its issuer), read from the database beforehand,
 * so that the CPU-heavy part (JSON-LD canonicalization, signatures) runs in a worker thread with no database.
 */
export interface VerificationJob {
  credential: unknown;
  /** The verifier's "now", ISO 8601. */
  now: string;
  /** This installation's DID documents the credential may name, by DID. */
  didDocuments: Record<string, DidDocument>;
  /** This installation's status list credentials the credential points at, by URL. */
  statusLists: Record<string, unknown>;
  /** Trusted issuance-log keys: verification method id, public key multibase. */
  trustedLogKeys: [string, string][];
  /** The credential's issuer DID as read here, and who vouches for it (null: nobody). */
  issuerId: string | null;
  knownIssuer: KnownIssuer | null;
  logProof?: LogInclusionProof;
  /** The issuer is an organization of this installation, which logs every credential it issues. */
  logRequired: boolean;
}

/**
 * Runs a prepared verification: pure computation over the job's data (no database, no network), in a worker
 * thread or in-line.
 *
 * @example
 * const result = await runVerificationJob(await prepareVerification(ctx, body));
 */
export function runVerificationJob(job: VerificationJob): Promise<VerificationResult> {
  const documentLoader = createDocumentLoader({ resolveDidWeb: (did) => job.didDocuments[did] ?? null });
  return verifyCredential(
    job.credential,
    {
      documentLoader,
      clock: fixedClock(job.now),
      getStatusListCredential: (url) => job.statusLists[url] ?? null,
      trustedLogKeys: new Map(job.trustedLogKeys),
      findKnownIssuer: (did) => (did === job.issuerId ? job.knownIssuer : null),
    },
    { ...(job.logProof ? { logProof: job.logProof } : {}), logRequired: job.logRequired },
  );
}
