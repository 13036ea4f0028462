import { CONTEXTS } from './contexts.ts';

/** A Multikey verification method as it appears in a DID document. */
export interface VerificationMethod {
  id: string;
  type: 'Multikey';
  controller: string;
  publicKeyMultibase: string;
}

/** The DID documents this package builds and reads. */
export interface DidDocument {
  '@context': string[];
  id: string;
  verificationMethod: VerificationMethod[];
  assertionMethod: string[];
}

/**
 * One key of an issuer's key history. `active` signs new credentials; `retired` keys were rotated out and stay
 * in the DID document so that old credentials still verify; `revoked` (compromised) keys are left out, so
 * everything they signed fails.
 */
export interface IssuerKeyHistoryEntry {
  publicKeyMultibase: string;
  status: 'active' | 'retired' | 'revoked';
}

/**
 * Turns an HTTPS URL of a DID document location into a `did:web` DID (RFC-style: host with `%3A` port, path
 * segments joined by `:`; `/.well-known` means the bare host).
 *
 * @example didWebFromUrl('https://pathwise.example/orgs/acme') // 'did:web:pathwise.example:orgs:acme'
 */
export function didWebFromUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:') throw new Error(`did:web needs an https URL, got ${url}`);
  const host = parsed.port ? `${parsed.hostname}%3A${parsed.port}` : parsed.hostname;
  const path = parsed.pathname.replace(/\/did\.json$/, '').replace(/^\/\.well-known\/?$/, '');
  const segments = path.split('/').filter((segment) => segment.length > 0);
  return ['did:web', host, ...segments.map(encodeURIComponent)].join(':');
}

/**
 * The HTTPS URL where the DID document of a `did:web` DID is published (`/.well-known/did.json` for a bare host,
 * `<path>/did.json` otherwise).
 */
export function didWebDocumentUrl(did: string): string {
  if (!did.startsWith('did:web:')) throw new Error(`not a did:web DID: ${did}`);
  const [host = '', ...segments] = did.slice('did:web:'.length).split(':');
  const origin = `https://${decodeURIComponent(host)}`;
  if (segments.length === 0) return `${origin}/.well-known/did.json`;
  return `${origin}/${segments.map(decodeURIComponent).join('/')}/did.json`;
}

/** The verification method id of a key under a DID (the key's multibase is its fragment). */
export function verificationMethodId(did: string, publicKeyMultibase: string): string {
  return `${did}#${publicKeyMultibase}`;
}

/**
 * Builds the `did:web` DID document of an organization from its key history: the active key first, then the
 * retired keys; revoked keys are omitted. Exactly one key must be active.
 */
export function buildDidWebDocument(did: string, keys: readonly IssuerKeyHistoryEntry[]): DidDocument {
  if (!did.startsWith('did:web:')) throw new Error(`not a did:web DID: ${did}`);
  const active = keys.filter((key) => key.status === 'active');
  if (active.length !== 1)
    throw new Error(`a key history needs exactly one active key, found ${active.length}`);
  const published = [...active, ...keys.filter((key) => key.status === 'retired')];
  const verificationMethod = published.map((key) => ({
    id: verificationMethodId(did, key.publicKeyMultibase),
    type: 'Multikey' as const,
    controller: did,
    publicKeyMultibase: key.publicKeyMultibase,
  }));
  return {
    '@context': [CONTEXTS.didV1, CONTEXTS.multikeyV1],
    id: did,
    verificationMethod,
    assertionMethod: verificationMethod.map((method) => method.id),
  };
}
