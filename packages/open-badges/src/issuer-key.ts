import { inspect } from 'node:util';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { type VerificationMethod, verificationMethodId } from './did-web.ts';

/** An Ed25519 issuer key pair in Multikey form. `id` is the verification method id under `controller`. */
export interface IssuerKeyPair {
  id: string;
  controller: string;
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

/**
 * Generates a new Ed25519 key for an issuer DID (`did:web:…`). Pass no controller to get a self-contained
 * `did:key` issuer (for tests and offline demos: did:key cannot rotate).
 */
export async function generateIssuerKey(controller?: string): Promise<IssuerKeyPair> {
  const pair = await Ed25519Multikey.generate();
  const did = controller ?? `did:key:${pair.publicKeyMultibase}`;
  if (!pair.secretKeyMultibase) throw new Error('key generation returned no secret key');
  return redactable({
    id: verificationMethodId(did, pair.publicKeyMultibase),
    controller: did,
    publicKeyMultibase: pair.publicKeyMultibase,
    secretKeyMultibase: pair.secretKeyMultibase,
  });
}

/**
 * Makes `JSON.stringify`, `console.log` and `util.inspect` of a key show `[redacted]` instead of the secret, so a
 * stray log line cannot leak it. Store keys with `sealIssuerKey`, which reads the secret directly.
 */
export function redactable(key: IssuerKeyPair): IssuerKeyPair {
  const shown = () => ({ ...key, secretKeyMultibase: '[redacted]' });
  Object.defineProperty(key, 'toJSON', { value: shown, enumerable: false });
  Object.defineProperty(key, inspect.custom, { value: shown, enumerable: false });
  return key;
}

/** A key pair in the W3C Multikey JSON form, secret included. */
export interface MultikeyJson extends IssuerKeyPair {
  '@context': 'https://w3id.org/security/multikey/v1';
  type: 'Multikey';
}

/**
 * The full key pair as Multikey JSON, secret included: for an offline backup or another Multikey library only.
 * Never log it; at rest use `sealIssuerKey`.
 */
export function exportIssuerKey(key: IssuerKeyPair): MultikeyJson {
  const { id, controller, publicKeyMultibase, secretKeyMultibase } = key;
  return {
    '@context': 'https://w3id.org/security/multikey/v1',
    type: 'Multikey',
    id,
    controller,
    publicKeyMultibase,
    secretKeyMultibase,
  };
}

/** The public half of a key as a Multikey verification method (safe to publish). */
export function exportPublicKey(key: IssuerKeyPair): VerificationMethod {
  return {
    id: key.id,
    type: 'Multikey',
    controller: key.controller,
    publicKeyMultibase: key.publicKeyMultibase,
  };
}

/**
 * Reads an issuer key from its stored Multikey JSON and checks that the secret key matches the public key.
 * Throws (without echoing key material) when it does not.
 */
export async function importIssuerKey(stored: unknown): Promise<IssuerKeyPair> {
  const value = stored as Partial<IssuerKeyPair> | null;
  const fields = ['id', 'controller', 'publicKeyMultibase', 'secretKeyMultibase'] as const;
  if (!value || fields.some((field) => typeof value[field] !== 'string')) {
    throw new Error(`an issuer key needs the string fields ${fields.join(', ')}`);
  }
  const key = value as IssuerKeyPair;
  const signer = (await multikeyOf(key)).signer();
  const probe = new TextEncoder().encode('pathwise key check');
  const signature = await signer.sign({ data: probe });
  if (!(await verifyWithPublicKey(key.publicKeyMultibase, probe, signature))) {
    throw new Error(`issuer key ${key.id}: secret key does not match the public key`);
  }
  return {
    id: key.id,
    controller: key.controller,
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: key.secretKeyMultibase,
  };
}

const multikeys = new WeakMap<IssuerKeyPair, Promise<Ed25519Multikey.Ed25519MultikeyPair>>();

/** The library key pair behind an issuer key (cached per object). */
export function multikeyOf(key: IssuerKeyPair): Promise<Ed25519Multikey.Ed25519MultikeyPair> {
  let pair = multikeys.get(key);
  if (!pair) {
    pair = Ed25519Multikey.from({ type: 'Multikey', ...key });
    multikeys.set(key, pair);
  }
  return pair;
}

/** Signs bytes with an issuer key (Ed25519). */
export async function signBytes(key: IssuerKeyPair, data: Uint8Array): Promise<Uint8Array> {
  return (await multikeyOf(key)).signer().sign({ data });
}

/** Checks an Ed25519 signature against a Multikey public key. */
export async function verifyWithPublicKey(
  publicKeyMultibase: string,
  data: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  const pair = await Ed25519Multikey.from({ type: 'Multikey', publicKeyMultibase });
  return pair.verifier().verify({ data, signature });
}
