import { randomBytes } from 'node:crypto';
import { AppError } from '@pathwise/core/errors';
import { slugify } from '@pathwise/core/identity';
import {
  addMembership,
  consumeOrgCreationCode,
  createOrganization,
  createOrgCreationCode,
  type Database,
  findOrganizationBySlug,
  isUniqueViolation,
  markOrgCreationCodeOrg,
  type Organization,
  recordAudit,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { OrgSignup } from '../runtime/org-signup.ts';
import { hashToken } from './secret-token.ts';

/** Days an organization-creation code stays valid by default. */
export const ORG_CODE_DAYS = 30;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A code as typed (any case, dashes or spaces) in the one form that is hashed. */
function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/**
 * Makes a single-use organization-creation code and stores only its hash; returns the code (16 characters
 * without look-alikes, 80 bits, shown once), e.g. `K7QM-2XWD-9RTB-HCEP`.
 */
export async function issueOrgCreationCode(
  db: Kysely<Database>,
  options: { now: Date; days?: number },
): Promise<string> {
  let code = '';
  for (const byte of randomBytes(16)) code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
  const days = options.days ?? ORG_CODE_DAYS;
  await createOrgCreationCode(db, {
    codeHash: hashToken(code),
    createdAt: options.now,
    expiresAt: new Date(options.now.getTime() + days * 24 * 3600 * 1000),
  });
  return code.match(/.{4}/g)!.join('-');
}

/**
 * Creates an organization asked for by a signed-in person (the web page, or sign-up with an organization name),
 * as the server's ORG_SIGNUP allows: `closed` refuses (403), `invite` needs a live code, used here once (403
 * naming `creationCode` without one or with a wrong, used or expired one), `open` needs nothing. Call inside the
 * transaction that creates the organization: a refusal or a taken slug leaves the code unused.
 */
export async function createOrganizationAsPerson(
  db: Kysely<Database>,
  policy: OrgSignup,
  input: {
    userId: string;
    name: string;
    slug?: string | undefined;
    creationCode?: string | undefined;
    now: Date;
  },
): Promise<Organization> {
  checkOrgSignup(policy, input.creationCode);
  let codeHash: string | null = null;
  if (policy === 'invite') {
    codeHash = hashToken(normalizeCode(input.creationCode!));
    if (!(await consumeOrgCreationCode(db, codeHash, input.now)))
      throw new AppError(
        'forbidden',
        'That organization-creation code is not valid: unknown, already used or expired',
        [{ field: 'body/creationCode', message: 'is not a valid code (unknown, already used or expired)' }],
        { orgSignup: policy },
      );
  }
  const org = await createOrganizationFor(db, input.userId, input.name, input.slug);
  if (codeHash) await markOrgCreationCodeOrg(db, codeHash, org.id);
  return org;
}

/**
 * Refuses, before anything is written, what ORG_SIGNUP does not allow whatever the code (closed; no code);
 * `field` names where the code was expected.
 */
export function checkOrgSignup(
  policy: OrgSignup,
  creationCode: string | undefined,
  field = 'body/creationCode',
): void {
  if (policy === 'closed')
    throw new AppError(
      'forbidden',
      'Creating organizations is closed on this server: the operator creates them (pathwise org create)',
      undefined,
      { orgSignup: policy },
    );
  if (policy === 'invite' && !creationCode?.trim())
    throw new AppError(
      'forbidden',
      'Creating an organization on this server needs an organization-creation code from its operator',
      [{ field, message: 'an organization-creation code is required' }],
      { orgSignup: policy },
    );
}

/** The slug made from a name when none is given; a name of fewer than 2 letters or digits gets `org-`. */
function slugOfName(name: string): string {
  const slug = slugify(name);
  return slug.length >= 2 ? slug : `org-${slug}`.replace(/-$/, '');
}

/**
 * Creates an organization whose first administrator is the given person. Without a slug, one is made from the
 * name (with a number added when taken). Call inside a transaction.
 */
export async function createOrganizationFor(
  db: Kysely<Database>,
  userId: string,
  name: string,
  slug?: string,
): Promise<Organization> {
  const base = slug ?? slugOfName(name);
  for (let n = 1; n <= 50; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const existing = await findOrganizationBySlug(db, candidate);
    if (existing) {
      if (slug)
        throw new AppError('slug_taken', `The address ${slug} is taken`, [
          { field: 'body/slug', message: 'is taken' },
        ]);
      continue;
    }
    try {
      const org = await createOrganization(db, { slug: candidate, name: name.trim() });
      await addMembership(db, { orgId: org.id, userId, role: 'admin' });
      await recordAudit(db, {
        orgId: org.id,
        actorUserId: userId,
        action: 'organization.created',
        targetType: 'organization',
        targetId: org.id,
      });
      return org;
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('slug_taken', `The address ${candidate} is taken`, [
          { field: 'body/slug', message: 'is taken' },
        ]);
      throw error;
    }
  }
  throw new AppError('slug_taken', 'Could not find a free address for this name; give a slug', [
    { field: 'body/slug', message: 'is required' },
  ]);
}
