import { randomUUID } from 'node:crypto';
import {
  createEmailVerificationToken,
  createUser,
  findUserByEmail,
  isUniqueViolation,
  recordAudit,
} from '@pathwise/db';
import { sendInBackground } from '../mail/mailer.ts';
import { signUpAttemptMail, verificationMail } from '../mail/messages.ts';
import type { AppContext } from '../runtime/types.ts';
import { createOrganizationFor } from './create-organization.ts';
import { VERIFICATION_HOURS } from './email-verification.ts';
import { acceptInvitation, joinWithCode } from './join.ts';
import { hashToken, newSecretToken } from './secret-token.ts';

export interface SignUpInput {
  /** Normalized. */
  email: string;
  name: string;
  passwordHash: string;
  locale: string;
  kind: string;
  joinCode?: string | undefined;
  invitationToken?: string | undefined;
  organizationName?: string | undefined;
}

/** Thrown to roll back the rehearsal of a sign-up with a taken address. */
class Rehearsal extends Error {}

/**
 * Signs a person up without telling anyone whether the address was free: the caller answers the same either way.
 *
 * - A free address: the account is created (unverified), joins what the input asks, and a verification link is
 *   mailed to it.
 * - A taken address: the same steps run on a stand-in account and are rolled back, so a bad join code or
 *   invitation is refused exactly as for a free address and the time taken is alike; the existing account is
 *   not touched, and its holder is told by mail that someone tried.
 *
 * Errors of the joins (unknown join code, invitation for another address…) are thrown in both cases.
 */
export async function signUp(
  ctx: AppContext,
  input: SignUpInput,
  log: { error(obj: object, msg: string): void },
): Promise<void> {
  const now = ctx.now();
  const token = newSecretToken();
  let existing: Awaited<ReturnType<typeof findUserByEmail>> = null;
  try {
    await ctx.db.kysely.transaction().execute(async (trx) => {
      existing = await findUserByEmail(trx, input.email);
      // NOTE: the stand-in's address can belong to nobody (.invalid); the invitation check still sees the real one.
      const email = existing ? `sign-up-${randomUUID()}@rehearsal.invalid` : input.email;
      const created = await createUser(trx, {
        email,
        name: input.name,
        passwordHash: input.passwordHash,
        locale: input.locale,
        kind: input.kind,
      });
      const person = { id: created.id, email: input.email };
      if (input.joinCode) await joinWithCode(trx, created.id, input.joinCode, now);
      if (input.invitationToken) await acceptInvitation(trx, person, input.invitationToken, now);
      if (input.organizationName) await createOrganizationFor(trx, created.id, input.organizationName);
      await createEmailVerificationToken(trx, {
        tokenHash: hashToken(token),
        userId: created.id,
        email,
        expiresAt: new Date(now.getTime() + VERIFICATION_HOURS * 3_600_000),
      });
      await recordAudit(trx, {
        orgId: null,
        actorUserId: created.id,
        action: 'user.signed_up',
        targetType: 'user',
        targetId: created.id,
      });
      if (existing) throw new Rehearsal();
    });
  } catch (error) {
    if (error instanceof Rehearsal) {
      // fall through: tell the holder of the address
    } else if (isUniqueViolation(error) && !existing) {
      // Two sign-ups raced for one free address and the other won: now it is taken.
      existing = await findUserByEmail(ctx.db.kysely, input.email);
      if (!existing) throw error;
    } else throw error;
  }
  const holder = existing as Awaited<ReturnType<typeof findUserByEmail>>;
  if (holder) {
    await recordAudit(ctx.db.kysely, {
      orgId: null,
      action: 'user.sign_up_attempted',
      targetType: 'user',
      targetId: holder.id,
    });
    const signInUrl = `${ctx.config.publicUrl}/sign-in`;
    sendInBackground(
      ctx.mailer,
      signUpAttemptMail({ to: holder.email, locale: holder.locale, signInUrl }),
      log,
    );
    return;
  }
  const url = `${ctx.config.publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
  sendInBackground(
    ctx.mailer,
    verificationMail({ to: input.email, name: input.name, locale: input.locale, url }),
    log,
  );
}
