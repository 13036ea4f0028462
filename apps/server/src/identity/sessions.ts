import { randomBytes } from 'node:crypto';
import { createSession } from '@pathwise/db';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../runtime/types.ts';
import { hashToken, newSecretToken } from './secret-token.ts';

/** The name of the cookie that carries a session token. */
export const SESSION_COOKIE = 'pw_session';
const SESSION_DAYS = 30;

/** Starts a session for a user: stores its hash, sets the cookie, returns the CSRF token for the client. */
export async function startSession(ctx: AppContext, reply: FastifyReply, userId: string): Promise<string> {
  const token = newSecretToken();
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(ctx.now().getTime() + SESSION_DAYS * 86_400_000);
  await createSession(ctx.db.kysely, { tokenHash: hashToken(token), userId, csrfToken, expiresAt });
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.cookieSecure,
    expires: expiresAt,
  });
  return csrfToken;
}

/** Clears the session cookie. */
export function clearSessionCookie(ctx: AppContext, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.cookieSecure,
  });
}
