import { createHash, randomBytes } from 'node:crypto';

/** A new unguessable token (256 bits), with an optional readable prefix such as `pw_`. */
export function newSecretToken(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** The hash under which a token is stored: tokens themselves are never kept. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const JOIN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A short join code people can type (8 characters without look-alikes, about 40 bits). */
export function newJoinCode(): string {
  const bytes = randomBytes(8);
  let code = '';
  for (const byte of bytes) code += JOIN_ALPHABET[byte % JOIN_ALPHABET.length];
  return code;
}
