import { type Kysely, sql } from 'kysely';

/**
 * The statement store of the Learning Record Store, shared by Pathwise's own events and external activity
 * providers. The filter values of GET /statements are derived once at write time (`indexStatement` in
 * @pathwise/xapi) into indexed columns, so queries never dig through the JSON.
 *
 * NOTE: `xapi_statements` is partitioned by month of `stored`, so that old months can be detached and archived
 * (`alter table xapi_statements detach partition …`) without touching live data. A partitioned table cannot have
 * a unique index without the partition key, so statement ids are kept unique per organization by the small
 * `xapi_statement_ids` table, written in the same transaction.
 *
 * NOTE: neither table has a foreign key to `organizations`: every insert would take a key-share lock on its
 * organization's row, and concurrent writers of one organization then contend on that one row (multixacts).
 * `org_id` always comes from an LRS credential or an event of an existing organization; deleting an
 * organization must delete its statements explicitly.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create sequence xapi_statements_seq;
    create table xapi_statements (
      org_id uuid not null,
      id uuid not null,
      seq bigint not null default nextval('xapi_statements_seq'),
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
      statement jsonb not null
    ) partition by range (stored);
    create table xapi_statements_default partition of xapi_statements default;
    create index xapi_statements_id_idx on xapi_statements (org_id, id);
    create index xapi_statements_stored_idx on xapi_statements (org_id, stored desc, seq desc);
    create index xapi_statements_verb_idx on xapi_statements (org_id, verb_id, stored desc);
    -- related_* contain agents / activities: one GIN index each serves both filters (queries recheck the
    -- narrower column), at half the write cost of four.
    create index xapi_statements_related_agents_idx on xapi_statements using gin (related_agents);
    create index xapi_statements_related_activities_idx on xapi_statements using gin (related_activities);
    create index xapi_statements_registration_idx on xapi_statements (org_id, registration, stored desc)
      where registration is not null;
    create index xapi_statements_ref_idx on xapi_statements (org_id, statement_ref_target)
      where statement_ref_target is not null;

    create table xapi_statement_ids (
      org_id uuid not null,
      id uuid not null,
      stored timestamptz not null,
      primary key (org_id, id)
    );

    -- Creates the monthly partitions from the month of from_day, for months months, where missing.
    create function xapi_ensure_partitions(from_day date, months int) returns void language plpgsql as $$
    declare
      first date := date_trunc('month', from_day)::date;
      m date;
      name text;
    begin
      for i in 0 .. months - 1 loop
        m := (first + make_interval(months => i))::date;
        name := 'xapi_statements_' || to_char(m, 'YYYY_MM');
        if to_regclass(name) is null then
          execute format(
            'create table %I partition of xapi_statements for values from (%L) to (%L)',
            name, m, (m + interval '1 month')::date);
        end if;
      end loop;
    end $$;
    select xapi_ensure_partitions((now() - interval '1 month')::date, 5);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop function xapi_ensure_partitions(date, int);
    drop table xapi_statement_ids;
    drop table xapi_statements;
    drop sequence xapi_statements_seq;
  `.execute(db);
}
