import { AppError } from '@pathwise/core/errors';
import { findOrganizationById, type Organization } from '@pathwise/db';
import type { OrgActor } from '../identity/actor.ts';
import { createOrganizationAsPerson } from '../identity/create-organization.ts';
import type { AppContext } from '../runtime/types.ts';

/**
 * Creates an organization asked for by a signed-in person, as ORG_SIGNUP allows; they become its administrator.
 * One transaction: a refusal or a taken slug leaves nothing written and the creation code unused.
 */
export function createOrganizationOf(
  ctx: AppContext,
  userId: string,
  input: { name: string; slug?: string | undefined; creationCode?: string | undefined },
): Promise<Organization> {
  return ctx.db.kysely
    .transaction()
    .execute((trx) =>
      createOrganizationAsPerson(trx, ctx.config.orgSignup, { ...input, userId, now: ctx.now() }),
    );
}

/** The caller's organization (404 when it is gone). */
export async function getOrganization(ctx: AppContext, actor: OrgActor): Promise<Organization> {
  const org = await findOrganizationById(ctx.db.kysely, actor.orgId);
  if (!org) throw new AppError('not_found', 'No such organization');
  return org;
}
