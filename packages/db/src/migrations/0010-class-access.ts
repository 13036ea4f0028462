import { type Kysely, sql } from 'kysely';

/**
 * Teachers reach the learners of their own classes only (issue 9). Learners come into a class by a class code
 * (`join_codes.class_id`: whoever joins with it lands in that class as a learner; the code goes with its class)
 * or an administrator adds them; `organizations.teachers_enrol_any_learner` (off by default, set by an
 * administrator) lets teachers add any learner of the organization to the classes they teach.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table organizations add column teachers_enrol_any_learner boolean not null default false;
    alter table join_codes add column class_id uuid;
    alter table join_codes add constraint join_codes_class_fk
      foreign key (org_id, class_id) references classes(org_id, id) on delete cascade;
    alter table join_codes add constraint join_codes_class_role_check check (class_id is null or role = 'learner');
    create index join_codes_class_idx on join_codes (org_id, class_id) where class_id is not null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table join_codes drop column class_id;
    alter table organizations drop column teachers_enrol_any_learner;
  `.execute(db);
}
