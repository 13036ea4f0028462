import type { CLR_CONTEXT } from './clr-context.ts';
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
 * Its `@context` starts with the VC 2.0, CLR 2.0.1 and OB 3.0.3 contexts, in the order CLR 2.0 requires; the CLR
 * context is loaded offline from {@link CLR_CONTEXT} (see `contexts.ts`).
 */
export function buildClrCredential(input: ClrInput): UnsignedCredential {
  if (input.credentials.length === 0) throw new Error('a learner record needs at least one credential');
  const credential: UnsignedCredential = {
    '@context': [CONTEXTS.credentialsV2, CONTEXTS.clr201, CONTEXTS.openBadges303],
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
