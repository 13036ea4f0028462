import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';

type Text = { en: string; es: string };

export interface SkillRow {
  id: string;
  framework: string;
  parentId: string | null;
  name: Text;
  description: Text;
  prerequisites: string[];
}

/** The credit of an imported dataset. */
export interface PathwayAttribution {
  dataset: string;
  text: string;
  license: string;
  url: string;
}

export interface PathwayRow {
  id: string;
  framework: string;
  name: Text;
  description: Text;
  goalSkillIds: string[];
  /** A draft is not shown to learners; written only when a pathway is created (default published). */
  status?: 'draft' | 'published';
  attribution?: PathwayAttribution | null;
}

/** The version of an organization's skills and pathways; it grows with every write, so caches can follow. */
export async function findContentVersion(db: Kysely<Database>, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('learning_content_versions')
    .select('version')
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

/**
 * Moves the organization's content version on, so every catalog cache reloads. Called first in a framework edit's
 * transaction, it also holds the version row's lock until commit: concurrent edits of one framework take turns.
 */
export async function bumpContentVersion(db: Kysely<Database>, orgId: string): Promise<void> {
  await db
    .insertInto('learning_content_versions')
    .values({ org_id: orgId })
    .onConflict((oc) =>
      oc.column('org_id').doUpdateSet({ version: sql`learning_content_versions.version + 1` }),
    )
    .execute();
}

/** A skill as a row of the `skills` table, at `position` in the organization's framework. */
export function skillsTableRow(orgId: string, s: SkillRow, position: number) {
  return {
    org_id: orgId,
    id: s.id,
    framework: s.framework,
    parent_id: s.parentId,
    name: JSON.stringify(s.name),
    description: JSON.stringify(s.description),
    prerequisites: s.prerequisites,
    position,
  };
}

/** Inserts or replaces skills of a framework (in the given order). Validate the graph before calling. */
export async function upsertSkills(db: Kysely<Database>, orgId: string, skills: readonly SkillRow[]) {
  if (skills.length === 0) return;
  for (let start = 0; start < skills.length; start += 1000) {
    const rows = skills.slice(start, start + 1000).map((s, i) => skillsTableRow(orgId, s, start + i));
    await db
      .insertInto('skills')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['org_id', 'id']).doUpdateSet((eb) => ({
          framework: eb.ref('excluded.framework'),
          parent_id: eb.ref('excluded.parent_id'),
          name: eb.ref('excluded.name'),
          description: eb.ref('excluded.description'),
          prerequisites: eb.ref('excluded.prerequisites'),
          position: eb.ref('excluded.position'),
        })),
      )
      .execute();
  }
  await bumpContentVersion(db, orgId);
}

/** Inserts or replaces pathways. */
export async function upsertPathways(db: Kysely<Database>, orgId: string, pathways: readonly PathwayRow[]) {
  if (pathways.length === 0) return;
  await db
    .insertInto('pathways')
    .values(
      pathways.map((p, i) => ({
        org_id: orgId,
        id: p.id,
        framework: p.framework,
        name: JSON.stringify(p.name),
        description: JSON.stringify(p.description),
        goal_skill_ids: p.goalSkillIds,
        position: i,
        ...(p.status ? { status: p.status } : {}),
        attribution: p.attribution ? JSON.stringify(p.attribution) : null,
      })),
    )
    // NOTE: the status is not replaced: importing a published pathway again keeps it published.
    .onConflict((oc) =>
      oc.columns(['org_id', 'id']).doUpdateSet((eb) => ({
        framework: eb.ref('excluded.framework'),
        name: eb.ref('excluded.name'),
        description: eb.ref('excluded.description'),
        goal_skill_ids: eb.ref('excluded.goal_skill_ids'),
        attribution: eb.ref('excluded.attribution'),
      })),
    )
    .execute();
  await bumpContentVersion(db, orgId);
}

/** Every skill of an organization, in stored order. */
export async function listSkills(db: Kysely<Database>, orgId: string): Promise<SkillRow[]> {
  const rows = await db
    .selectFrom('skills')
    .select(['id', 'framework', 'parent_id', 'name', 'description', 'prerequisites'])
    .where('org_id', '=', orgId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    framework: r.framework,
    parentId: r.parent_id,
    name: r.name,
    description: r.description,
    prerequisites: r.prerequisites,
  }));
}

/** Every pathway of an organization (with `published`, drafts left out), in stored order. */
export async function listPathways(
  db: Kysely<Database>,
  orgId: string,
  options: { published?: boolean } = {},
): Promise<PathwayRow[]> {
  const rows = await db
    .selectFrom('pathways')
    .select(['id', 'framework', 'name', 'description', 'goal_skill_ids', 'status', 'attribution'])
    .where('org_id', '=', orgId)
    .$if(options.published === true, (q) => q.where('status', '=', 'published'))
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    framework: r.framework,
    name: r.name,
    description: r.description,
    goalSkillIds: r.goal_skill_ids,
    status: r.status,
    attribution: r.attribution,
  }));
}

/**
 * Publishes a draft pathway (learners see it from now on); false when the organization has no such pathway.
 * Moves the content version on, so catalogs reload.
 */
export async function publishPathway(
  db: Kysely<Database>,
  orgId: string,
  pathwayId: string,
): Promise<boolean> {
  const row = await db
    .updateTable('pathways')
    .set({ status: 'published' })
    .where('org_id', '=', orgId)
    .where('id', '=', pathwayId)
    .returning('id')
    .executeTakeFirst();
  if (row) await bumpContentVersion(db, orgId);
  return row !== undefined;
}
