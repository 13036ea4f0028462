import { AppError } from '@pathwise/core/errors';
import { normalizeEmail } from '@pathwise/core/identity';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../runtime/types.ts';
import { checkOrgSignup } from './create-organization.ts';
import { hashPassword } from './password.ts';
import { assertNewPassword } from './password-strength.ts';
import { signUp } from './sign-up.ts';

/** A sign-up as the form sends it. */
export interface PasswordSignUp {
  email: string;
  password: string;
  name: string;
  locale?: 'en' | 'es' | undefined;
  role?: 'learner' | 'employer' | undefined;
  joinCode?: string | undefined;
  invitationToken?: string | undefined;
  organizationName?: string | undefined;
}

/** The address as accounts are keyed, or a 400 naming `field`. */
export function emailOrThrow(input: string, field = 'body/email'): string {
  const email = normalizeEmail(input);
  if (!email)
    throw new AppError('validation_failed', `${field} is not an email address`, [
      { field, message: 'is not an email address' },
    ]);
  return email;
}

/**
 * Signs a person up with a password: at most one way in (join code, invitation or a new organization, as
 * ORG_SIGNUP allows), a password strong enough, then `signUp`, which answers alike for a free and a taken address.
 */
export async function signUpWithPassword(
  ctx: AppContext,
  input: PasswordSignUp,
  log: FastifyBaseLogger,
): Promise<void> {
  const email = emailOrThrow(input.email);
  const joins = [input.joinCode, input.invitationToken, input.organizationName].filter(
    (v) => v !== undefined,
  );
  if (joins.length > 1) {
    throw new AppError(
      'validation_failed',
      'Give at most one of joinCode, invitationToken, organizationName',
      [{ field: 'body', message: 'has more than one of joinCode, invitationToken, organizationName' }],
    );
  }
  // ORG_SIGNUP: a sign-up creates an organization only when anyone may (with a code: sign up, then create it).
  if (input.organizationName) checkOrgSignup(ctx.config.orgSignup, undefined, 'body/organizationName');
  await assertNewPassword(input.password, 'body/password', [email, input.name]);
  const passwordHash = await hashPassword(input.password, ctx.config.passwordHashCost);
  await signUp(
    ctx,
    {
      email,
      name: input.name.trim(),
      passwordHash,
      locale: input.locale ?? 'en',
      kind: input.role ?? 'learner',
      joinCode: input.joinCode,
      invitationToken: input.invitationToken,
      organizationName: input.organizationName,
    },
    log,
  );
}
