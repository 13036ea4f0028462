import { CONTEXTS } from '../contexts.ts';
import type { CredentialView, ProofView } from './verification-check.ts';

/** The outcome of {@link readCredential}: a view, or the list of problems. */
export type ReadResult = { ok: true; view: CredentialView } | { ok: false; problems: string[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asArray = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * Reads untrusted input (a parsed JSON value or a JSON string) as a VC 2.0 credential with Data Integrity proofs,
 * listing every problem found. Never throws.
 */
export function readCredential(input: unknown): ReadResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, problems: ['the input is not valid JSON'] };
    }
  }
  if (!isObject(value))
    return { ok: false, problems: ['the input is not a JSON object, so it is not a credential'] };
  const problems: string[] = [];
  const context = value['@context'];
  if (!Array.isArray(context) || context[0] !== CONTEXTS.credentialsV2) {
    problems.push(`"@context" must be an array starting with ${CONTEXTS.credentialsV2}`);
  }
  if (!asArray(value.type).includes('VerifiableCredential'))
    problems.push('"type" must include "VerifiableCredential"');
  const issuerId = isObject(value.issuer) ? value.issuer.id : value.issuer;
  if (typeof issuerId !== 'string' || !issuerId.includes(':'))
    problems.push('"issuer" must be a URL or an object with an "id" URL');
  if (!isObject(value.credentialSubject) && !Array.isArray(value.credentialSubject)) {
    problems.push('"credentialSubject" is missing');
  }
  for (const field of ['validFrom', 'validUntil'] as const) {
    if (
      value[field] !== undefined &&
      (typeof value[field] !== 'string' || Number.isNaN(Date.parse(value[field])))
    ) {
      problems.push(`"${field}" must be an XSD dateTime`);
    }
  }
  const proofs = readProofs(value.proof, problems);
  const statusEntries = asArray(value.credentialStatus);
  if (!statusEntries.every(isObject))
    problems.push('"credentialStatus" must be an object or an array of objects');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    view: {
      document: value,
      id: typeof value.id === 'string' ? value.id : undefined,
      issuerId: issuerId as string,
      proofs,
      validFrom: value.validFrom as string | undefined,
      validUntil: value.validUntil as string | undefined,
      statusEntries: statusEntries as Record<string, unknown>[],
    },
  };
}

function readProofs(proof: unknown, problems: string[]): ProofView[] {
  const proofs = asArray(proof);
  if (proofs.length === 0) {
    problems.push('there is no "proof": the credential is not signed');
    return [];
  }
  const views: ProofView[] = [];
  for (const [i, item] of proofs.entries()) {
    const fields = ['type', 'cryptosuite', 'verificationMethod', 'proofValue'] as const;
    if (!isObject(item) || fields.some((field) => typeof item[field] !== 'string')) {
      problems.push(`proof ${i} needs the string fields ${fields.join(', ')}`);
      continue;
    }
    if (item.type !== 'DataIntegrityProof' || item.cryptosuite !== 'eddsa-rdfc-2022') {
      problems.push(
        `proof ${i} is ${item.type}/${item.cryptosuite}; only DataIntegrityProof/eddsa-rdfc-2022 is supported`,
      );
    }
    views.push(item as unknown as ProofView);
  }
  return views;
}
