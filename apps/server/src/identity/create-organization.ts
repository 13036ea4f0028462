import { AppError } from '@pathwise/core';
import {
  addMembership,
  createOrganization,
  type Database,
  isUniqueViolation,
  type Organization,
  recordAudit,
} from '@pathwise/db';
import type { Kysely } from 'kysely';

/** A URL-safe slug from a name: "Escuela Río Claro" → "escuela-rio-claro". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
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
  const base = slug ?? slugify(name);
  for (let n = 1; n <= 50; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const existing = await db
      .selectFrom('organizations')
      .select('id')
      .where('slug', '=', candidate)
      .executeTakeFirst();
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
