import type { SourceAttribution } from '@pathwise/contracts';
import { type Database, listItems } from '@pathwise/db';
import type { Kysely } from 'kysely';

/** The attribution stored with an imported source's items (null when the organization has none of them). */
export async function findSourceAttribution(
  db: Kysely<Database>,
  orgId: string,
  source: string,
): Promise<SourceAttribution> {
  const page = await listItems(db, orgId, { source, limit: 1, offset: 0 });
  return { source, attribution: page.items[0]?.content?.attribution ?? null };
}
