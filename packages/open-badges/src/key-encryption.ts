import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { type IssuerKeyPair, redactable } from './issuer-key.ts';

/** An issuer key as stored at rest: public parts in clear, the secret key sealed with AES-256-GCM. */
export interface SealedIssuerKey {
  id: string;
  controller: string;
  publicKeyMultibase: string;
  /** `v1.<iv>.<tag>.<ciphertext>`, base64url parts; the key id is bound as associated data. */
  sealedSecretKey: string;
}

/**
 * Parses the configuration key that seals issuer keys: 32 bytes, given as base64 / base64url (44 or 43
 * characters) or hex (64 characters). The error never contains the value.
 */
export function parseConfigurationKey(value: string): Buffer {
  const trimmed = value.trim();
  const bytes = /^[0-9a-f]{64}$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64url');
  if (bytes.length !== 32)
    throw new Error('the credential key-encryption key must be 32 bytes (base64 or hex)');
  return bytes;
}

/** Seals the secret half of an issuer key with AES-256-GCM under the configuration key. */
export function sealIssuerKey(key: IssuerKeyPair, configurationKey: Uint8Array): SealedIssuerKey {
  assertKeyLength(configurationKey);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', configurationKey, iv);
  cipher.setAAD(Buffer.from(key.id, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(key.secretKeyMultibase, 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'));
  return {
    id: key.id,
    controller: key.controller,
    publicKeyMultibase: key.publicKeyMultibase,
    sealedSecretKey: `v1.${parts.join('.')}`,
  };
}

/**
 * Opens a sealed issuer key. Throws `could not unseal issuer key <id>` when the configuration key is wrong or
 * the record was altered (including a changed key id).
 */
export function unsealIssuerKey(sealed: SealedIssuerKey, configurationKey: Uint8Array): IssuerKeyPair {
  assertKeyLength(configurationKey);
  const [version, iv, tag, ciphertext] = sealed.sealedSecretKey.split('.');
  if (version !== 'v1' || !iv || !tag || ciphertext === undefined) {
    throw new Error(`sealed issuer key ${sealed.id} has an unknown format`);
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', configurationKey, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(sealed.id, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const secret = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
    const { sealedSecretKey: _, ...publicParts } = sealed;
    return redactable({ ...publicParts, secretKeyMultibase: secret.toString('utf8') });
  } catch {
    throw new Error(`could not unseal issuer key ${sealed.id}`);
  }
}

function assertKeyLength(key: Uint8Array): void {
  if (key.length !== 32) throw new Error('the credential key-encryption key must be 32 bytes');
}
