import { type Kysely, sql } from 'kysely';

/**
 * Crosswalks: how a framework skill maps to skills of external frameworks (O*NET elements, ESCO skills), with a
 * SKOS relation. Employer matching reads them to explain which held skill backs a required O*NET or ESCO skill.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table skill_crosswalks (
      org_id uuid not null,
      skill_id text not null,
      target_framework text not null check (length(target_framework) between 1 and 50),
      target_code text not null check (length(target_code) between 1 and 300),
      target_name text not null check (length(target_name) between 1 and 300),
      relation text not null check (relation in ('exactMatch','closeMatch','narrowMatch','broadMatch')),
      primary key (org_id, skill_id, target_framework, target_code),
      foreign key (org_id, skill_id) references skills (org_id, id) on delete cascade
    );
    create index skill_crosswalks_target_idx on skill_crosswalks (org_id, target_framework, target_code);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table skill_crosswalks`.execute(db);
}
