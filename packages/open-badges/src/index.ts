/**
 * @pathwise/open-badges: Open Badges 3.0 / VC 2.0 credentials with Data Integrity (eddsa-rdfc-2022) proofs,
 * did:web issuer keys with rotation, Bitstring Status Lists, an RFC 9162 issuance log, CLR 2.0 records and one
 * verifier. No database, no network: clock, key store, status lists and log storage are injected.
 */

export { type Clock, fixedClock, systemClock } from './clock.ts';
export { CLR_CONTEXT, CLR_CONTEXT_URL } from './clr-context.ts';
export { buildClrCredential, type ClrInput } from './clr-credential.ts';
export { CONTEXTS, STATIC_CONTEXTS } from './contexts.ts';
export {
  type DataIntegrityProofValue,
  type JsonObject,
  type ProofVerification,
  type SignOptions,
  signCredential,
  verifyProof,
} from './data-integrity.ts';
export { resolveDidKey } from './did-key.ts';
export {
  buildDidWebDocument,
  type DidDocument,
  didWebDocumentUrl,
  didWebFromUrl,
  type IssuerKeyHistoryEntry,
  type VerificationMethod,
  verificationMethodId,
} from './did-web.ts';
export {
  createDocumentLoader,
  type DidWebResolver,
  type DocumentLoader,
  type DocumentLoaderOptions,
  type RemoteDocument,
} from './document-loader.ts';
export {
  exportIssuerKey,
  exportPublicKey,
  generateIssuerKey,
  type IssuerKeyPair,
  importIssuerKey,
  type MultikeyJson,
  redactable,
  signBytes,
  verifyWithPublicKey,
} from './issuer-key.ts';
export {
  parseConfigurationKey,
  type SealedIssuerKey,
  sealIssuerKey,
  unsealIssuerKey,
} from './key-encryption.ts';
export {
  type CheckpointInput,
  checkpointBody,
  type SignedCheckpoint,
  signCheckpoint,
  verifyCheckpoint,
} from './log/checkpoint.ts';
export { verifyCheckpointConsistency } from './log/checkpoint-consistency.ts';
export { IssuanceLog, type IssuanceLogOptions } from './log/issuance-log.ts';
export {
  credentialIssuedEvent,
  credentialRevokedEvent,
  encodeLogEvent,
  hashText,
  keyRotatedEvent,
  type LogEvent,
  statusListPublishedEvent,
} from './log/log-entry.ts';
export { type LogInclusionProof, type LogInclusionResult, verifyLogInclusion } from './log/log-inclusion.ts';
export { type LogStore, MemoryLogStore, type MerkleNode } from './log/log-store.ts';
export { EMPTY_TREE_ROOT, leafHash, nodeHash } from './log/merkle-hash.ts';
export { MerkleLog } from './log/merkle-log.ts';
export { verifyConsistency, verifyInclusion } from './log/merkle-verify.ts';
export {
  type AchievementEdition,
  type AchievementInput,
  buildOpenBadgeCredential,
  type EvidenceInput,
  type ImageInput,
  type IssuerProfile,
  OB3_SCHEMA_ID,
  type OpenBadgeInput,
  type RecipientInput,
  type SkillAlignment,
  type UnsignedCredential,
  xsdDateTime,
} from './open-badge-credential.ts';
export {
  hashedEmailIdentifier,
  matchesEmailIdentifier,
  type RecipientIdentifier,
} from './recipient-identifier.ts';
export { StatusBitstring } from './status-list.ts';
export {
  issueStatusListCredential,
  type StatusListCredential,
  type StatusListCredentialInput,
} from './status-list-credential.ts';
export {
  buildStatusEntry,
  randomStatusIndex,
  STATUS_LIST_LENGTH,
  type StatusEntry,
} from './status-list-entry.ts';
export { MAX_CLOCK_SKEW_MS } from './verify/dates-check.ts';
export type { KnownIssuer, KnownIssuerSource } from './verify/issuer-known-check.ts';
export type { StatusListSource } from './verify/status-check.ts';
export {
  type CheckName,
  type CheckReason,
  type Verdict,
  type VerificationCheck,
  type VerificationResult,
  verdictOf,
} from './verify/verification-check.ts';
export { type VerifyDeps, type VerifyOptions, verifyCredential } from './verify/verify-credential.ts';
