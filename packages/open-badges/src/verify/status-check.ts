import { verifyProof } from '../data-integrity.ts';
import type { DocumentLoader } from '../document-loader.ts';
import { StatusBitstring } from '../status-list.ts';
import type { CredentialView, VerificationCheck } from './verification-check.ts';

/** Returns the status list credential published at `url`, or null when unknown. Supplied by the platform. */
export type StatusListSource = (url: string) => Promise<unknown> | unknown;

interface StatusContext {
  documentLoader: DocumentLoader;
  now: Date;
  getStatusListCredential?: StatusListSource;
}

/**
 * Reads each `BitstringStatusListEntry` bit itself (a library "verified" does not mean "not revoked"): the list
 * credential must be signed by the same issuer, be within its validity, have the entry's purpose, and the bit
 * must be 0.
 */
export async function checkRevocationStatus(
  view: CredentialView,
  context: StatusContext,
): Promise<VerificationCheck> {
  const name = 'revocation-status';
  if (view.statusEntries.length === 0)
    return { name, ok: true, message: 'the credential has no status entry (it cannot be revoked)' };
  for (const entry of view.statusEntries) {
    const problem = await checkEntry(view, entry, context).catch(
      (error: Error) => `the status could not be read: ${error.message}`,
    );
    if (problem) return { name, ok: false, message: problem };
  }
  return { name, ok: true, message: 'not revoked: the status list bit is 0' };
}

async function checkEntry(
  view: CredentialView,
  entry: Record<string, unknown>,
  context: StatusContext,
): Promise<string | null> {
  const { statusListCredential: url, statusListIndex, statusPurpose, type } = entry;
  if (type !== 'BitstringStatusListEntry') return `unsupported status type ${String(type)}`;
  const index = Number(statusListIndex);
  if (
    typeof url !== 'string' ||
    typeof statusListIndex !== 'string' ||
    !Number.isInteger(index) ||
    index < 0
  ) {
    return 'the status entry needs statusListCredential and an integer statusListIndex';
  }
  if (!context.getStatusListCredential) return `no status list source is configured to read ${url}`;
  const list = (await context.getStatusListCredential(url)) as Record<string, unknown> | null;
  if (!list || typeof list !== 'object') return `the status list ${url} is not available`;
  const subject = list.credentialSubject as Record<string, unknown> | undefined;
  const listIssuer = typeof list.issuer === 'object' ? (list.issuer as { id?: unknown })?.id : list.issuer;
  if (list.id !== url || subject?.type !== 'BitstringStatusList' || typeof subject.encodedList !== 'string') {
    return `the document at ${url} is not a BitstringStatusListCredential`;
  }
  if (listIssuer !== view.issuerId)
    return `the status list is issued by ${String(listIssuer)}, not by ${view.issuerId}`;
  if (subject.statusPurpose !== statusPurpose)
    return `the status list purpose is ${String(subject.statusPurpose)}, not ${String(statusPurpose)}`;
  if (typeof list.validUntil === 'string' && Date.parse(list.validUntil) <= context.now.getTime()) {
    return `the status list expired on ${list.validUntil}`;
  }
  const signature = await verifyProof(list, context.documentLoader);
  if (!signature.verified) return `the status list signature is not valid: ${signature.error}`;
  let bit: boolean;
  try {
    bit = StatusBitstring.decode(subject.encodedList).getStatus(index);
  } catch (error) {
    return `the status list cannot be read: ${(error as Error).message}`;
  }
  return bit
    ? `${String(statusPurpose) === 'revocation' ? 'revoked' : 'suspended'} (status list bit ${index} is set)`
    : null;
}
