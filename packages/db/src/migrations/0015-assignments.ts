import { type Kysely, sql } from 'kysely';

/**
 * Assignments and the gradebook (issue 12). A teacher of a class sets work with a due date: `kind` says what, and
 * `target` (jsonb, parsed once on read by `parseAssignmentTarget`) holds the kind's own fields: `pathway`
 * `{pathwayId}`, `skills` `{skills: [{skillId, target}]}`. A later kind (a published lesson) is one more value in
 * `assignments_kind_check` and one more shape of `target`, without reshaping the table. Deleting archives
 * (`archived_at`), so the gradebook's history stays. A teacher's override of a gradebook cell is stored with its
 * reason; it belongs to the learner's place in the class and goes with it (`class_members`, on delete cascade).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table assignments (
      org_id uuid not null,
      id uuid not null default gen_random_uuid(),
      class_id uuid not null,
      kind text not null constraint assignments_kind_check check (kind in ('pathway', 'skills')),
      target jsonb not null,
      title text check (title is null or length(title) between 1 and 200),
      instructions text check (instructions is null or length(instructions) <= 4000),
      due_at timestamptz not null,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      archived_at timestamptz,
      primary key (org_id, id),
      foreign key (org_id, class_id) references classes(org_id, id) on delete cascade
    );
    create index assignments_class_idx on assignments (org_id, class_id, due_at) where archived_at is null;
    create table assignment_overrides (
      org_id uuid not null,
      assignment_id uuid not null,
      class_id uuid not null,
      user_id uuid not null,
      status text not null check (status in ('not_started', 'in_progress', 'done')),
      grade text check (grade is null or length(grade) between 1 and 20),
      reason text not null check (length(reason) between 1 and 500),
      set_by uuid references users(id) on delete set null,
      set_at timestamptz not null default now(),
      primary key (org_id, assignment_id, user_id),
      foreign key (org_id, assignment_id) references assignments(org_id, id) on delete cascade,
      foreign key (org_id, class_id, user_id) references class_members(org_id, class_id, user_id) on delete cascade
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table assignment_overrides; drop table assignments;`.execute(db);
}
