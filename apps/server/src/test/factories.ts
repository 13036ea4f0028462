import { randomBytes } from 'node:crypto';
import { type Role, slugify } from '@pathwise/core/identity';
import {
  addClassMembers,
  addMembership,
  createClass,
  createOrganization,
  createSession,
  createUser,
  type Database,
  findOrganizationBySlug,
  type Organization,
  type User,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { hashPassword } from '../identity/password.ts';
import { hashToken, newSecretToken } from '../identity/secret-token.ts';
import { SESSION_COOKIE } from '../plugins/access.ts';
import { type Session, uniqueEmail } from './test-app.ts';

// Factories insert rows straight through the repositories of packages/db, so a test sets up in one line and in
// milliseconds; sign-up and sign-in over HTTP stay in the tests of those routes. Each takes a Kysely (the test
// app's `db.kysely`, or a transaction).

/** The password of every factory-made person, for the tests that sign in with it. */
export const TEST_PASSWORD = 'correct horse battery';

let passwordHash: Promise<string> | undefined;

/** A person (verified address by default) whose password is {@link TEST_PASSWORD}. */
export async function buildUser(
  db: Kysely<Database>,
  input: { email?: string; name?: string; locale?: string; kind?: string; verified?: boolean } = {},
): Promise<User> {
  // NOTE: one hash per process at the test configuration's cost (PASSWORD_HASH_COST 1024): scrypt is the point of
  // sign-in tests, not of these.
  passwordHash ??= hashPassword(TEST_PASSWORD, 1024);
  return createUser(db, {
    email: input.email ?? uniqueEmail(input.kind ?? 'user'),
    name: input.name ?? 'Test Person',
    passwordHash: await passwordHash,
    locale: input.locale ?? 'en',
    kind: input.kind ?? 'learner',
    emailVerifiedAt: input.verified === false ? null : new Date(),
  });
}

/** A signed-in session of `user`, as sign-in would start it: the cookie and CSRF token an `app.inject` call sends. */
export async function buildSession(
  db: Kysely<Database>,
  user: Pick<User, 'id' | 'email'>,
  options: { expiresAt?: Date } = {},
): Promise<Session> {
  const token = newSecretToken();
  const csrf = randomBytes(24).toString('base64url');
  await createSession(db, {
    tokenHash: hashToken(token),
    userId: user.id,
    csrfToken: csrf,
    // NOTE: ten years, so that tests which move the app's clock forward (expiry of credentials) stay signed in.
    expiresAt: options.expiresAt ?? new Date(Date.now() + 10 * 365 * 86_400_000),
  });
  const cookie = `${SESSION_COOKIE}=${token}`;
  return { userId: user.id, email: user.email, cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

/** A signed-in person with no organization. */
export async function buildSignedIn(
  db: Kysely<Database>,
  input: Parameters<typeof buildUser>[1] = {},
): Promise<Session> {
  return buildSession(db, await buildUser(db, input));
}

/** A signed-in member of an organization, with a role. */
export interface Member extends Session {
  orgId: string;
  role: Role;
}

/** A new person who is a member of `orgId` with `role`, signed in. */
export async function buildMember(
  db: Kysely<Database>,
  orgId: string,
  role: Role,
  input: Parameters<typeof buildUser>[1] = {},
): Promise<Member> {
  const user = await buildUser(db, { ...input, email: input.email ?? uniqueEmail(role) });
  await addMembership(db, { orgId, userId: user.id, role });
  return { ...(await buildSession(db, user)), orgId, role };
}

/** An organization and its first administrator (signed in), as creating one makes it. */
export interface BuiltOrg {
  org: Organization;
  orgId: string;
  admin: Member;
}

/** The slug that creating an organization of this name would get: from the name, numbered when taken. */
async function freeSlug(db: Kysely<Database>, name: string): Promise<string> {
  const base = slugify(name);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await findOrganizationBySlug(db, candidate))) return candidate;
  }
}

/** An organization with the slug its name gives (or the one given) and a signed-in administrator. */
export async function buildOrg(
  db: Kysely<Database>,
  input: { name?: string; slug?: string; admin?: Parameters<typeof buildUser>[1] } = {},
): Promise<BuiltOrg> {
  const name = input.name ?? 'Test School';
  const org = await createOrganization(db, { name, slug: input.slug ?? (await freeSlug(db, name)) });
  return { org, orgId: org.id, admin: await buildMember(db, org.id, 'admin', input.admin) };
}

/** A class of an organization with its teachers and learners (user ids, or members). */
export async function buildClass(
  db: Kysely<Database>,
  orgId: string,
  input: {
    name?: string;
    teachers?: readonly (string | { userId: string })[];
    learners?: readonly (string | { userId: string })[];
  } = {},
): Promise<{ id: string }> {
  const ids = (people: readonly (string | { userId: string })[] = []) =>
    people.map((p) => (typeof p === 'string' ? p : p.userId));
  const teachers = ids(input.teachers);
  const made = await createClass(db, {
    orgId,
    name: input.name ?? `Class ${randomBytes(3).toString('hex')}`,
    createdBy: teachers[0] ?? null,
  });
  await addClassMembers(db, { orgId, classId: made.id, userIds: teachers, role: 'teacher' });
  await addClassMembers(db, { orgId, classId: made.id, userIds: ids(input.learners), role: 'learner' });
  return made;
}
