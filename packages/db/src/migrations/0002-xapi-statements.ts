import { type Kysely, sql } from 'kysely';

/**
 * The statement store of the Learning Record Store, shared by Pathwise's own events and external activity
 * providers. The filter values of GET /statements are derived once at write time (`indexStatement` in
 * @pathwise/xapi) into indexed columns, so queries never dig through the JSON.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table xapi_statements (
      org_id uuid not null references organizations(id) on delete cascade,
      id uuid not null,
      seq bigint generated always as identity,
      stored timestamptz not null,
      verb_id text not null,
      registration uuid,
      agents text[] not null default '{}',
      related_agents text[] not null default '{}',
      activities text[] not null default '{}',
      related_activities text[] not null default '{}',
      statement_ref_target uuid,
      voids uuid,
      voided boolean not null default false,
      statement jsonb not null,
      primary key (org_id, id)
    );
    create index xapi_statements_stored_idx on xapi_statements (org_id, stored desc, seq desc);
    create index xapi_statements_verb_idx on xapi_statements (org_id, verb_id, stored desc);
    create index xapi_statements_agents_idx on xapi_statements using gin (agents);
    create index xapi_statements_activities_idx on xapi_statements using gin (activities);
    create index xapi_statements_registration_idx on xapi_statements (org_id, registration) where registration is not null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table xapi_statements`.execute(db);
}
