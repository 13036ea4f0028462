import type { Role } from '@pathwise/core';
import type { Database } from '@pathwise/db';
import type { Kysely } from 'kysely';
import { CliError } from '../kit/cli-error.ts';
import { type Command, parseOptions, required } from '../kit/command.ts';
import { PASSWORD_MIN, parseEmail, parseName, parsePassword, parseRole, parseSlug } from '../kit/input.ts';
import type { Io } from '../kit/io.ts';
import { withDatabase } from '../kit/with-database.ts';

/** `pathwise user create`: an account, optionally a member of an organization with a role. */
export const userCreate: Command = {
  words: ['user', 'create'],
  summary: 'Create an account, optionally in an organization',
  help: `Usage: pathwise user create --email EMAIL --name NAME (--password-stdin | --password PASSWORD)
                           [--org SLUG [--role ROLE]]

  --email EMAIL       the account's email address (must not be taken)
  --name NAME         the person's name (1 to 100 characters)
  --password-stdin    read the password from standard input (one trailing newline is dropped)
  --password PASSWORD the password on the command line (other users of this machine can see it; prefer stdin)
                      at least ${PASSWORD_MIN} characters either way
  --org SLUG          add the account to this organization
  --role ROLE         its role there: learner, teacher, admin or employer (default learner)

Example: printf '%s' "$PASSWORD" | pathwise user create --email ana@example.org --name Ana --password-stdin \\
           --org demo --role teacher`,
  async run(args, io) {
    const values = parseOptions(userCreate, args, {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      org: { type: 'string' },
      role: { type: 'string' },
    });
    const email = parseEmail(required(userCreate, values.email, 'email'));
    const name = parseName(required(userCreate, values.name, 'name'), 'name');
    const orgSlug = values.org === undefined ? undefined : parseSlug(values.org, 'org');
    if (values.role !== undefined && orgSlug === undefined)
      throw new CliError('--role needs --org: a role is held in an organization');
    const role = parseRole(values.role ?? 'learner');
    const password = parsePassword(await passwordFrom(values, io));
    const { addMembership, findOrganizationBySlug, findUserByEmail, recordAudit } = await import(
      '@pathwise/db'
    );
    const { assertNewPassword, hashPassword } = await import('@pathwise/server');
    await assertNewPassword(password, 'password', [email, name]);
    await withDatabase(io.env, async ({ db, config }) => {
      if (await findUserByEmail(db.kysely, email))
        throw new CliError(`--email: an account with the email ${email} exists`);
      const passwordHash = await hashPassword(password, config.passwordHashCost);
      const user = await db.kysely.transaction().execute(async (trx) => {
        const org = orgSlug ? await findOrganizationBySlug(trx, orgSlug) : null;
        if (orgSlug && !org) throw new CliError(`--org: no organization with the slug ${orgSlug}`);
        const created = await insertUser(trx, email, name, passwordHash, role);
        await recordAudit(trx, {
          orgId: null,
          action: 'user.created',
          targetType: 'user',
          targetId: created.id,
          details: { via: 'cli' },
        });
        if (org) {
          await addMembership(trx, { orgId: org.id, userId: created.id, role });
          await recordAudit(trx, {
            orgId: org.id,
            action: 'membership.added',
            targetType: 'user',
            targetId: created.id,
            details: { role, via: 'cli' },
          });
        }
        return created;
      });
      io.out(`Created account ${user.email} (id ${user.id})${orgSlug ? ` as ${role} of ${orgSlug}` : ''}.`);
    });
  },
};

async function passwordFrom(
  values: { password?: string | undefined; 'password-stdin'?: boolean | undefined },
  io: Io,
) {
  if (values.password !== undefined && values['password-stdin']) {
    throw new CliError('Give the password one way: --password-stdin or --password, not both');
  }
  if (values['password-stdin']) return (await io.readStdin()).replace(/\r?\n$/, '');
  if (values.password !== undefined) return values.password;
  throw new CliError('A password is required: pipe it in with --password-stdin, or give --password');
}

async function insertUser(
  trx: Kysely<Database>,
  email: string,
  name: string,
  passwordHash: string,
  role: Role,
) {
  const { createUser, isUniqueViolation } = await import('@pathwise/db');
  try {
    return await createUser(trx, {
      email,
      name,
      passwordHash,
      kind: role === 'employer' ? 'employer' : 'learner',
      // An operator with shell access vouches for the address they typed.
      emailVerifiedAt: new Date(),
    });
  } catch (error) {
    // Someone else took the address between our check and this insert.
    if (isUniqueViolation(error)) throw new CliError(`--email: an account with the email ${email} exists`);
    throw error;
  }
}
