import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import jsigs from 'jsonld-signatures';
import type { DocumentLoader } from './document-loader.ts';
import { type IssuerKeyPair, multikeyOf } from './issuer-key.ts';

/** A Data Integrity proof as it appears on a signed credential. */
export interface DataIntegrityProofValue {
  type: 'DataIntegrityProof';
  cryptosuite: 'eddsa-rdfc-2022';
  created?: string;
  verificationMethod: string;
  proofPurpose: 'assertionMethod';
  proofValue: string;
}

/** A JSON object that carries a VC data model shape. */
export type JsonObject = Record<string, unknown>;

/** Options of {@link signCredential}. */
export interface SignOptions {
  key: IssuerKeyPair;
  documentLoader: DocumentLoader;
  /** `created` of the proof; from the injected clock. */
  created: Date;
}

/**
 * Signs an unsigned verifiable credential with `DataIntegrityProof` / `eddsa-rdfc-2022` and returns a copy with
 * `proof` as an array (the OB 3.0 JSON Schema requires an array; verifiers accept both).
 */
export async function signCredential<T extends JsonObject>(
  credential: T,
  options: SignOptions,
): Promise<T & { proof: DataIntegrityProofValue[] }> {
  const signer = (await multikeyOf(options.key)).signer();
  const suite = new DataIntegrityProof({ signer, cryptosuite: eddsaRdfc2022, date: options.created });
  const signed = await vc.issue({
    credential: structuredClone(credential),
    suite,
    documentLoader: options.documentLoader,
    now: options.created,
  });
  const proof = signed.proof as DataIntegrityProofValue | DataIntegrityProofValue[];
  return { ...(signed as T), proof: Array.isArray(proof) ? proof : [proof] };
}

/** The outcome of {@link verifyProof}: `error` says why when `verified` is false. */
export interface ProofVerification {
  verified: boolean;
  error?: string;
}

/**
 * Checks the Data Integrity proof(s) of a credential, and that the verification method is an `assertionMethod`
 * of its controller document. Dates and status are not looked at here. Never throws.
 */
export async function verifyProof(
  credential: JsonObject,
  documentLoader: DocumentLoader,
): Promise<ProofVerification> {
  try {
    const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
    const purpose = new vc.CredentialIssuancePurpose();
    const result = await jsigs.verify(credential, { suite, purpose, documentLoader });
    if (result.verified === true) return { verified: true };
    return { verified: false, error: describeError(result.error) };
  } catch (error) {
    return { verified: false, error: describeError(error) };
  }
}

function describeError(error: unknown): string {
  const nested = (error as { errors?: unknown[] } | undefined)?.errors;
  const first = Array.isArray(nested) && nested.length > 0 ? nested[0] : error;
  return first instanceof Error ? first.message : String(first ?? 'unknown verification error');
}
