import { AppError } from '@pathwise/core/errors';
import type { Locale } from '@pathwise/core/identity';
import {
  deleteSession,
  findUserByEmail,
  findUserById,
  listMembershipsOfUser,
  type MembershipView,
  type User,
  updateUser,
} from '@pathwise/db';
import type { AppContext } from '../runtime/types.ts';
import { hashPassword, verifyPassword } from './password.ts';

/** The signed-in person and the organizations they belong to (401 when the account is gone). */
export async function readMe(
  ctx: AppContext,
  userId: string,
): Promise<{ user: User; memberships: MembershipView[] }> {
  const user = await findUserById(ctx.db.kysely, userId);
  if (!user) throw new AppError('unauthenticated', 'Sign in first');
  return { user, memberships: await listMembershipsOfUser(ctx.db.kysely, userId) };
}

/** Changes the person's name or language. */
export async function updateProfile(
  ctx: AppContext,
  userId: string,
  input: { name?: string | undefined; locale?: Locale | undefined },
): Promise<void> {
  await updateUser(ctx.db.kysely, userId, { name: input.name?.trim(), locale: input.locale });
}

/**
 * A checker of email and password that takes as long for an unknown address as for a known one (it verifies
 * against a fixed hash then). Answers the account, or a 401 `invalid_credentials` either way.
 */
export function passwordChecker(ctx: AppContext) {
  const dummyHash = hashPassword('not-a-real-password', ctx.config.passwordHashCost);
  return async (email: string | null, password: string): Promise<User> => {
    const user = email ? await findUserByEmail(ctx.db.kysely, email) : null;
    const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHash));
    if (!user || !ok) throw new AppError('invalid_credentials', 'The email or the password is wrong');
    return user;
  };
}

/** Ends a session (its token hash). */
export async function signOut(ctx: AppContext, tokenHash: string): Promise<void> {
  await deleteSession(ctx.db.kysely, tokenHash);
}
