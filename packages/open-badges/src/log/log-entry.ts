import { sha256 } from './merkle-hash.ts';

/**
 * One event of the issuance log. No personal data: credentials appear only as SHA-256 of their random
 * `urn:uuid` id and of their proof value; keys and status lists are organization data.
 */
export type LogEvent =
  | { type: 'credential-issued'; credential: string; proof: string; time: string }
  | { type: 'credential-revoked'; credential: string; time: string }
  | { type: 'status-list-published'; list: string; encodedList: string; time: string }
  | { type: 'key-rotated'; did: string; newKey: string; retiredKey?: string; time: string };

/** Hex SHA-256 of a UTF-8 string. */
export function hashText(text: string): string {
  return Buffer.from(sha256(new TextEncoder().encode(text))).toString('hex');
}

/** The bytes of a log entry (the leaf data): compact JSON with a version and the event's fields in fixed order. */
export function encodeLogEvent(event: LogEvent): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ v: 1, ...event }));
}

interface SignedCredentialLike {
  id?: unknown;
  proof?: unknown;
}

/**
 * The `credential-issued` event of a signed credential, derived from the credential alone (its id, first proof
 * value and proof `created`), so any verifier can recompute the leaf.
 */
export function credentialIssuedEvent(credential: SignedCredentialLike): LogEvent {
  const proofs = Array.isArray(credential.proof) ? credential.proof : [credential.proof];
  const proof = proofs[0] as { proofValue?: unknown; created?: unknown } | undefined;
  if (
    typeof credential.id !== 'string' ||
    typeof proof?.proofValue !== 'string' ||
    typeof proof.created !== 'string'
  ) {
    throw new Error('a logged credential needs an id and a proof with proofValue and created');
  }
  return {
    type: 'credential-issued',
    credential: hashText(credential.id),
    proof: hashText(proof.proofValue),
    time: proof.created,
  };
}

/** The `credential-revoked` event of a credential id at a time. */
export function credentialRevokedEvent(credentialId: string, time: Date): LogEvent {
  return { type: 'credential-revoked', credential: hashText(credentialId), time: time.toISOString() };
}

/** The `status-list-published` event: which list, and the SHA-256 of the bits published (detects split views). */
export function statusListPublishedEvent(listUrl: string, encodedList: string, time: Date): LogEvent {
  return {
    type: 'status-list-published',
    list: listUrl,
    encodedList: hashText(encodedList),
    time: time.toISOString(),
  };
}

/** The `key-rotated` event of an issuer DID: the new active key and the key it retired (public keys only). */
export function keyRotatedEvent(
  did: string,
  newKey: string,
  retiredKey: string | undefined,
  time: Date,
): LogEvent {
  const at = time.toISOString();
  // Field order is part of the leaf bytes: retiredKey, when present, comes before time.
  return retiredKey
    ? { type: 'key-rotated', did, newKey, retiredKey, time: at }
    : { type: 'key-rotated', did, newKey, time: at };
}
