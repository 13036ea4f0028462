import { type Kysely, sql } from 'kysely';

/**
 * Saved lessons of the teacher assistant (issue 12). A lesson belongs to an organization and its author; its
 * `status` is `draft`, `published` or `archived`. Each edit makes a new row of `lesson_versions` (the earlier ones
 * are kept): the whole composed lesson (`lesson`, jsonb, parsed once on read by `parseStoredLesson`), the form the
 * teacher confirmed, the request's words and the seed it was composed with, and the review of each block
 * (`reviews`, jsonb: block id → who reviewed it and when; an edit resets the edited block's review).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table lessons (
      org_id uuid not null references organizations(id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      author_id uuid references users(id) on delete set null,
      title text not null check (length(title) between 1 and 200),
      status text not null default 'draft' check (status in ('draft', 'published', 'archived')),
      latest_version integer not null default 1 check (latest_version >= 1),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      published_at timestamptz,
      primary key (org_id, id)
    );
    create index lessons_org_idx on lessons (org_id, updated_at desc);
    create table lesson_versions (
      org_id uuid not null,
      lesson_id uuid not null,
      version integer not null check (version >= 1),
      lesson jsonb not null,
      form jsonb not null,
      request text not null check (length(request) between 1 and 2000),
      seed integer not null,
      reviews jsonb not null default '{}'::jsonb,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      primary key (org_id, lesson_id, version),
      foreign key (org_id, lesson_id) references lessons(org_id, id) on delete cascade
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table lesson_versions;
    drop table lessons;
  `.execute(db);
}
