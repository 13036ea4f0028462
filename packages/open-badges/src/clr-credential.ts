import { CONTEXTS } from './contexts.ts';
import { type IssuerProfile, type UnsignedCredential, xsdDateTime } from './open-badge-credential.ts';

const CLR_VOCAB = 'https://purl.imsglobal.org/spec/vc/clr/vocab.html#';

/** The CLR terms the record uses, as an embedded JSON-LD context (see the note on {@link buildClrCredential}). */
export const CLR_INLINE_CONTEXT = {
  ClrCredential: { '@id': `${CLR_VOCAB}ClrCredential` },
  ClrSubject: {
    '@id': `${CLR_VOCAB}ClrSubject`,
    '@context': {
      '@protected': true,
      id: '@id',
      type: '@type',
      verifiableCredential: {
        '@id': 'https://www.w3.org/2018/credentials#verifiableCredential',
        '@type': '@id',
        '@container': '@graph',
      },
    },
  },
} as const;

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
 * NOTE: the CLR 2.0 JSON-LD context (`…/clr/v2p0/context-2.0.1.json`) is in no npm package, so it cannot be
 * loaded offline. The record carries {@link CLR_INLINE_CONTEXT} instead: the few CLR terms it uses, defined in the
 * CLR vocabulary namespace, embedded in the credential so that any verifier can check it offline.
 */
export function buildClrCredential(input: ClrInput): UnsignedCredential {
  if (input.credentials.length === 0) throw new Error('a learner record needs at least one credential');
  const credential: UnsignedCredential = {
    '@context': [CONTEXTS.credentialsV2, CONTEXTS.openBadges303, CLR_INLINE_CONTEXT],
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
