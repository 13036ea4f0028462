import { verifyProof } from '../data-integrity.ts';
import type { DocumentLoader } from '../document-loader.ts';
import { StatusBitstring } from '../status-list.ts';
import type { CheckReason, CredentialView, VerificationCheck } from './verification-check.ts';

/** Returns the status list credential published at `url`, or null when unknown. Supplied by the platform. */
export type StatusListSource = (url: string) => Promise<unknown> | unknown;

/** Why a status entry does not pass. */
interface Problem {
  message: string;
  reason: CheckReason;
}

/** The status cannot be confirmed: the list is missing, not the issuer's, not signed, or unreadable. */
const unavailable = (message: string): Problem => ({ message, reason: 'status-unavailable' });

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
    const problem = await checkEntry(view, entry, context).catch((error: Error) =>
      unavailable(`the status could not be read: ${error.message}`),
    );
    if (problem) return { name, ok: false, ...problem };
  }
  return { name, ok: true, message: 'not revoked: the status list bit is 0' };
}

async function checkEntry(
  view: CredentialView,
  entry: Record<string, unknown>,
  context: StatusContext,
): Promise<Problem | null> {
  const { statusListCredential: url, statusListIndex, statusPurpose, type } = entry;
  if (type !== 'BitstringStatusListEntry') return unavailable(`unsupported status type ${String(type)}`);
  const index = Number(statusListIndex);
  if (
    typeof url !== 'string' ||
    typeof statusListIndex !== 'string' ||
    !Number.isInteger(index) ||
    index < 0
  ) {
    return unavailable('the status entry needs statusListCredential and an integer statusListIndex');
  }
  if (!context.getStatusListCredential)
    return unavailable(`no status list source is configured to read ${url}`);
  const list = (await context.getStatusListCredential(url)) as Record<string, unknown> | null;
  if (!list || typeof list !== 'object') return unavailable(`the status list ${url} is not available`);
  const subject = list.credentialSubject as Record<string, unknown> | undefined;
  const listIssuer = typeof list.issuer === 'object' ? (list.issuer as { id?: unknown })?.id : list.issuer;
  if (list.id !== url || subject?.type !== 'BitstringStatusList' || typeof subject.encodedList !== 'string') {
    return unavailable(`the document at ${url} is not a BitstringStatusListCredential`);
  }
  if (listIssuer !== view.issuerId)
    return unavailable(`the status list is issued by ${String(listIssuer)}, not by ${view.issuerId}`);
  if (subject.statusPurpose !== statusPurpose)
    return unavailable(
      `the status list purpose is ${String(subject.statusPurpose)}, not ${String(statusPurpose)}`,
    );
  if (typeof list.validUntil === 'string' && Date.parse(list.validUntil) <= context.now.getTime()) {
    return unavailable(`the status list expired on ${list.validUntil}`);
  }
  const signature = await verifyProof(list, context.documentLoader);
  if (!signature.verified) return unavailable(`the status list signature is not valid: ${signature.error}`);
  let bit: boolean;
  try {
    bit = StatusBitstring.decode(subject.encodedList).getStatus(index);
  } catch (error) {
    return unavailable(`the status list cannot be read: ${(error as Error).message}`);
  }
  if (!bit) return null;
  const reason = String(statusPurpose) === 'revocation' ? 'revoked' : 'suspended';
  return { message: `${reason} (status list bit ${index} is set)`, reason };
}
