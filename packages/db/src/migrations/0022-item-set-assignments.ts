import { type Kysely, sql } from 'kysely';

/**
 * An item set can be assigned (issue 12): `assignments.kind` gains `item_set`, whose `target` is
 * `{items: [{itemId, skillId}]}` (1 to 50 items of the organization's bank: a stored item by its id, a demo family
 * item by `familyId/seed/difficulty`, so every learner gets the same problem). `item_set_serves` says which served
 * item (`served_items`, answered through practice's answer code) a learner got for each position of the set; the
 * served item's first-try outcome is whether the position was answered right. A position is served once per
 * learner (the primary key), and its row goes with the served item, the assignment or the account (cascades).
 * The kind check is dropped and added again listing every kind, as migration 0020 does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table assignments drop constraint if exists assignments_kind_check;
    alter table assignments add constraint assignments_kind_check
      check (kind in ('pathway', 'skills', 'project', 'lesson', 'item_set'));
    create table item_set_serves (
      org_id uuid not null,
      assignment_id uuid not null,
      user_id uuid not null references users(id) on delete cascade,
      position integer not null check (position between 0 and 49),
      served_id uuid not null,
      created_at timestamptz not null default now(),
      primary key (org_id, assignment_id, user_id, position),
      unique (org_id, served_id),
      foreign key (org_id, assignment_id) references assignments(org_id, id) on delete cascade,
      foreign key (org_id, served_id) references served_items(org_id, id) on delete cascade
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table item_set_serves;
    delete from assignments where kind = 'item_set';
    alter table assignments drop constraint if exists assignments_kind_check;
    alter table assignments add constraint assignments_kind_check
      check (kind in ('pathway', 'skills', 'project', 'lesson'));
  `.execute(db);
}
