import { CONTEXTS } from './contexts.ts';
import { type DataIntegrityProofValue, signCredential } from './data-integrity.ts';
import type { DocumentLoader } from './document-loader.ts';
import type { IssuerKeyPair } from './issuer-key.ts';
import { xsdDateTime } from './open-badge-credential.ts';
import type { StatusBitstring } from './status-list.ts';
import type { StatusEntry } from './status-list-entry.ts';

/** A signed `BitstringStatusListCredential`. */
export interface StatusListCredential extends Record<string, unknown> {
  id: string;
  issuer: string;
  credentialSubject: {
    id: string;
    type: 'BitstringStatusList';
    statusPurpose: StatusEntry['statusPurpose'];
    encodedList: string;
  };
  proof: DataIntegrityProofValue[];
}

/** What {@link issueStatusListCredential} needs. */
export interface StatusListCredentialInput {
  /** The public URL where the list credential is served (also its id). */
  url: string;
  list: StatusBitstring;
  statusPurpose?: StatusEntry['statusPurpose'];
  key: IssuerKeyPair;
  documentLoader: DocumentLoader;
  /** From the injected clock; becomes `validFrom` and the proof's `created`. */
  now: Date;
  /** Optional end of validity, so caches know when to refresh. */
  validUntil?: Date;
}

/**
 * Builds and signs the status list credential for `list` (call again after every change of a bit: revocation is
 * set bit + re-sign + publish).
 */
export async function issueStatusListCredential(
  input: StatusListCredentialInput,
): Promise<StatusListCredential> {
  const credential: Record<string, unknown> = {
    '@context': [CONTEXTS.credentialsV2],
    id: input.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.key.controller,
    validFrom: xsdDateTime(input.now),
    credentialSubject: {
      id: `${input.url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: input.statusPurpose ?? 'revocation',
      encodedList: input.list.encode(),
    },
  };
  if (input.validUntil) credential.validUntil = xsdDateTime(input.validUntil);
  const signed = await signCredential(credential, {
    key: input.key,
    documentLoader: input.documentLoader,
    created: input.now,
  });
  return signed as unknown as StatusListCredential;
}
