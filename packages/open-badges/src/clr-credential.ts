import { CONTEXTS } from './contexts.ts';
import { type IssuerProfile, type UnsignedCredential, xsdDateTime } from './open-badge-credential.ts';

/** What {@link buildClrCredential} bundles. */
export interface ClrInput {
  /** A `urn:uuid:` for the record. */
  id: string;
  issuer: IssuerProfile;
  /** The learner (DID or URL), the same subject as in the bundled credentials. */
  learnerId: string;
  name: string;
  description?: string;
  /** Signed credentials to bundle, unchanged (each keeps its own proof). */
  credentials: readonly Record<string, unknown>[];
  validFrom: Date;
}

/**
 * Builds an unsigned CLR 2.0 `ClrCredential` (the learner record export) that embeds the learner's signed
 * credentials in `credentialSubject.verifiableCredential`; sign it with {@link signCredential}.
 *
 * NOTE: the CLR 2.0 JSON-LD context is published by 1EdTech but in no npm package, so it cannot be loaded
 * offline. The record uses the VC 2.0 and OB 3.0.3 contexts; `ClrCredential` and `ClrSubject` then expand under
 * VC 2.0's issuer-dependent vocabulary, and `association` (not defined there) is left out.
 */
export function buildClrCredential(input: ClrInput): UnsignedCredential {
  if (input.credentials.length === 0) throw new Error('a learner record needs at least one credential');
  const credential: UnsignedCredential = {
    '@context': [CONTEXTS.credentialsV2, CONTEXTS.openBadges303],
    id: input.id,
    type: ['VerifiableCredential', 'ClrCredential'],
    name: input.name,
    issuer: { type: ['Profile'], ...input.issuer },
    validFrom: xsdDateTime(input.validFrom),
    credentialSubject: {
      type: ['ClrSubject'],
      id: input.learnerId,
      verifiableCredential: input.credentials.map((item) => structuredClone(item)),
    },
  };
  if (input.description) credential.description = input.description;
  return credential;
}
