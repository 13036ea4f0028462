import { AppError } from '@pathwise/core';
import {
  createEmailVerificationToken,
  findEmailVerificationToken,
  findUserById,
  markEmailVerified,
  recordAudit,
  useEmailVerificationToken,
} from '@pathwise/db';
import { sendInBackground } from '../mail/mailer.ts';
import { verificationMail } from '../mail/messages.ts';
import type { AppContext } from '../runtime/types.ts';
import { hashToken, newSecretToken } from './secret-token.ts';

/** How long a verification link works. */
export const VERIFICATION_HOURS = 24;

/**
 * Mails the person a link that proves they hold their address: a random token, stored hashed, expiring after
 * {@link VERIFICATION_HOURS}, usable once. The mail leaves in the background.
 */
export async function sendVerificationLink(
  ctx: AppContext,
  user: { id: string; email: string; name: string; locale: string },
  log: { error(obj: object, msg: string): void },
): Promise<void> {
  const token = newSecretToken();
  await createEmailVerificationToken(ctx.db.kysely, {
    tokenHash: hashToken(token),
    userId: user.id,
    email: user.email,
    expiresAt: new Date(ctx.now().getTime() + VERIFICATION_HOURS * 3_600_000),
  });
  const url = `${ctx.config.publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
  sendInBackground(
    ctx.mailer,
    verificationMail({ to: user.email, name: user.name, locale: user.locale, url }),
    log,
  );
}

/** Mails the signed-in person their link again; 409 when the address is verified already. Answers the address. */
export async function resendVerificationLink(
  ctx: AppContext,
  userId: string,
  log: { error(obj: object, msg: string): void },
): Promise<string> {
  const user = await findUserById(ctx.db.kysely, userId);
  if (!user) throw new AppError('unauthenticated', 'Sign in first');
  if (user.email_verified_at) throw new AppError('conflict', 'Your address is already verified');
  await sendVerificationLink(ctx, user, log);
  return user.email;
}

/**
 * Follows a verification link: marks the address verified, in one transaction with the token's use and an audit
 * entry. Refused: an unknown token (404), a used or expired one, or one sent to an address the account no
 * longer has (410).
 */
export async function verifyEmail(ctx: AppContext, token: string): Promise<{ email: string }> {
  const now = ctx.now();
  const tokenHash = hashToken(token);
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const found = await findEmailVerificationToken(trx, tokenHash);
    if (!found) throw new AppError('not_found', 'That verification link is unknown');
    if (found.used_at) throw new AppError('gone', 'That verification link has already been used');
    if (found.expires_at <= now)
      throw new AppError('gone', 'That verification link has expired; ask for a new one');
    if (!(await useEmailVerificationToken(trx, tokenHash, now)))
      throw new AppError('gone', 'That verification link has already been used');
    if (!(await markEmailVerified(trx, found.user_id, found.email, now)))
      throw new AppError('gone', 'That link was sent to an address this account no longer has');
    await recordAudit(trx, {
      orgId: null,
      actorUserId: found.user_id,
      action: 'user.email_verified',
      targetType: 'user',
      targetId: found.user_id,
    });
    return { email: found.email };
  });
}
