import { driver } from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';

const didKeyDriver = driver();
didKeyDriver.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from });

/**
 * Resolves a `did:key` (Ed25519) DID or DID URL by computation: the DID document for a bare DID, the
 * verification method for a DID URL with a fragment.
 */
export async function resolveDidKey(url: string): Promise<Record<string, unknown>> {
  return didKeyDriver.get({ url });
}
