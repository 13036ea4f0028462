import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { passwordHashing } from './hash-queue.ts';

const KEY_LENGTH = 32;

// Every derivation waits for a slot of the process-wide gate: a flood of sign-ins queues (then gets 503) instead of
// filling the libuv thread pool and memory (32 MiB each) and stalling everything else.
function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return passwordHashing.run(
    () =>
      new Promise<Buffer>((resolve, reject) => {
        // maxmem must cover 128 * N * r bytes, with room to spare.
        scrypt(password, salt, KEY_LENGTH, { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 }, (err, key) =>
          err ? reject(err) : resolve(key),
        );
      }),
  );
}

/**
 * Hashes a password with scrypt, a memory-hard KDF (N = cost, r = 8, p = 1; 32 MiB at the default cost).
 * The parameters travel in the hash, so the cost can be raised later without breaking old hashes.
 */
export async function hashPassword(password: string, cost: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost, 8, 1);
  return `scrypt$${cost}$8$1$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Checks a password against a hash from {@link hashPassword}, in constant time. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = hash.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
