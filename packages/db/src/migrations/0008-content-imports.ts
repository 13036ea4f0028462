import { type Kysely, sql } from 'kysely';

/**
 * Content imports as runs that report their progress: `import_runs` (status, done/total, the final report),
 * the items a run has checked and staged (`import_run_items`, moved into `items` by one final transaction, so a
 * failed import writes nothing), and the figures of imported content (`content_figures`), stored once per
 * organization by the SHA-256 of their bytes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table import_runs (
      id uuid primary key default gen_random_uuid(),
      org_id uuid not null references organizations(id) on delete cascade,
      format text not null check (format in ('oatutor','mathcamps','gsm8k')),
      accept_partial boolean not null default false,
      status text not null default 'queued'
        check (status in ('queued','parsing','writing','done','failed')),
      done integer not null default 0 check (done >= 0),
      total integer not null default 0 check (total >= 0),
      report jsonb,
      error text,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index import_runs_org_idx on import_runs (org_id, created_at desc);
    create table import_run_items (
      run_id uuid not null references import_runs(id) on delete cascade,
      id text not null check (length(id) between 1 and 300),
      skill_id text not null,
      difficulty smallint not null check (difficulty between 1 and 3),
      content jsonb not null,
      primary key (run_id, id)
    );
    create table content_figures (
      org_id uuid not null references organizations(id) on delete cascade,
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      media_type text not null check (media_type in ('image/gif','image/png','image/jpeg','image/webp')),
      bytes bytea not null,
      alt text,
      created_at timestamptz not null default now(),
      primary key (org_id, sha256)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table content_figures, import_run_items, import_runs`.execute(db);
}
