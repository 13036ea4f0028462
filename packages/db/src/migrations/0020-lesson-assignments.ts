import { type Kysely, sql } from 'kysely';

/**
 * A published lesson can be assigned (issue 12): `assignments.kind` gains `lesson`, whose `target` is
 * `{lessonId, title, skills}` (the lesson's quiz skills, fixed at assignment time: a published lesson no longer
 * changes). The check is dropped and added again listing every kind, so that it holds the union with the
 * `project` kind of migration 0019 whichever ran before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table assignments drop constraint if exists assignments_kind_check;
    alter table assignments add constraint assignments_kind_check
      check (kind in ('pathway', 'skills', 'project', 'lesson'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from assignments where kind = 'lesson';
    alter table assignments drop constraint if exists assignments_kind_check;
    alter table assignments add constraint assignments_kind_check
      check (kind in ('pathway', 'skills', 'project'));
  `.execute(db);
}
