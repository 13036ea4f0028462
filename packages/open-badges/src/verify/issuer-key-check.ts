import type { DocumentLoader } from '../document-loader.ts';
import type { CredentialView, VerificationCheck } from './verification-check.ts';

/**
 * Checks that every proof's verification method belongs to the credential's issuer and is an `assertionMethod`
 * of the issuer's DID document (the active key or a retired one; revoked keys are not in the document).
 */
export async function checkIssuerKey(
  view: CredentialView,
  documentLoader: DocumentLoader,
): Promise<VerificationCheck> {
  const name = 'issuer-key';
  let didDocument: Record<string, unknown>;
  try {
    didDocument = (await documentLoader(view.issuerId)).document;
  } catch (error) {
    return {
      name,
      ok: false,
      message: `the issuer ${view.issuerId} could not be resolved: ${(error as Error).message}`,
      reason: 'issuer-unresolved',
    };
  }
  const assertionMethods = (
    Array.isArray(didDocument.assertionMethod) ? didDocument.assertionMethod : []
  ).map((method: unknown) => (typeof method === 'string' ? method : (method as { id?: string })?.id));
  for (const proof of view.proofs) {
    const method = proof.verificationMethod;
    if (!method.startsWith(`${view.issuerId}#`)) {
      return {
        name,
        ok: false,
        message: `the proof key ${method} does not belong to the issuer ${view.issuerId}`,
        reason: 'key-not-issuers',
      };
    }
    if (!assertionMethods.includes(method)) {
      return {
        name,
        ok: false,
        message: `the key ${method} is not an assertion key in the DID document of ${view.issuerId}`,
        reason: 'key-not-issuers',
      };
    }
  }
  const keys = view.proofs.map((proof) => proof.verificationMethod.split('#')[1]).join(', ');
  return { name, ok: true, message: `signed by ${view.issuerId} with its key ${keys}` };
}
