import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { hashToken } from '../identity/secret-token.ts';
import type { Config } from '../runtime/config.ts';
import { sealingKey } from './sealing-key.ts';

const VERSION = 'v1';
const keys = new WeakMap<Config, Buffer>();

// NOTE: a key of its own, derived from the sealing key (HKDF-SHA256 with a purpose label), so that the key that
// seals issuer keys encrypts nothing else; it is as safe at rest as the sealing key (ISSUER_KEY_SECRET).
function tokenKey(config: Config): Buffer {
  const known = keys.get(config);
  if (known) return known;
  const key = Buffer.from(
    hkdfSync('sha256', sealingKey(config), Buffer.alloc(0), 'pathwise share-link token v1', 32),
  );
  keys.set(config, key);
  return key;
}

/**
 * Seals a share link's token for its owner to copy again: AES-256-GCM under a key derived from the server's
 * sealing key, with the token's hash (the row's lookup key) bound as associated data, so a sealed token copied to
 * another row does not open.
 *
 * @example
 * const sealed = sealShareToken(config, token); // 'v1.<iv>.<tag>.<ciphertext>'
 * unsealShareToken(config, sealed, hashToken(token)); // token
 */
export function sealShareToken(config: Config, token: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', tokenKey(config), iv);
  cipher.setAAD(Buffer.from(hashToken(token), 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'));
  return `${VERSION}.${parts.join('.')}`;
}

/**
 * Opens a token sealed by {@link sealShareToken} and stored beside `tokenHash`. Null when it cannot be opened
 * (another sealing key, another row, an altered value): the link still works, it just cannot be copied again.
 */
export function unsealShareToken(config: Config, sealed: string, tokenHash: string): string | null {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', tokenKey(config), Buffer.from(iv, 'base64url'), {
      authTagLength: 16,
    });
    decipher.setAAD(Buffer.from(tokenHash, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const opened = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
    const token = opened.toString('utf8');
    return hashToken(token) === tokenHash ? token : null;
  } catch {
    return null;
  }
}
