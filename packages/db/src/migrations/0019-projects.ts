import { type Kysely, sql } from 'kysely';

/**
 * Projects (issue 12): an assignment of kind `project` asks for work the learner makes. Its `target` holds what may
 * be submitted (text, link, files), the achievement the project is evidence for (or null) and the rubric (criteria
 * with four level descriptions, and the pass rule). A learner has one submission per project; each (re)submission
 * is a new version with its text, link and files. Files are stored in the database (bytea), at most 5 MB each, of
 * a type checked by content (PDF, PNG, JPEG, plain text). An assessment belongs to one version: a level per
 * criterion, feedback, passed, by whom and when. A learner's submissions go with their account (users, cascade).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table assignments drop constraint assignments_kind_check;
    alter table assignments add constraint assignments_kind_check check (kind in ('pathway', 'skills', 'project'));
    create table project_submissions (
      org_id uuid not null,
      id uuid not null default gen_random_uuid(),
      assignment_id uuid not null,
      user_id uuid not null references users(id) on delete cascade,
      latest_version integer not null check (latest_version >= 1),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (org_id, id),
      unique (org_id, assignment_id, user_id),
      foreign key (org_id, assignment_id) references assignments(org_id, id) on delete cascade
    );
    create table project_submission_versions (
      org_id uuid not null,
      submission_id uuid not null,
      version integer not null check (version >= 1),
      body text check (body is null or length(body) <= 20000),
      link text check (link is null or length(link) <= 2000),
      submitted_at timestamptz not null,
      primary key (org_id, submission_id, version),
      foreign key (org_id, submission_id) references project_submissions(org_id, id) on delete cascade
    );
    create table project_files (
      org_id uuid not null,
      id uuid not null default gen_random_uuid(),
      submission_id uuid not null,
      version integer not null,
      position integer not null check (position between 0 and 4),
      name text not null check (length(name) between 1 and 200),
      content_type text not null
        check (content_type in ('application/pdf', 'image/png', 'image/jpeg', 'text/plain; charset=utf-8')),
      size integer not null check (size between 1 and 5242880),
      content bytea not null,
      primary key (org_id, id),
      unique (org_id, submission_id, version, position),
      foreign key (org_id, submission_id, version)
        references project_submission_versions(org_id, submission_id, version) on delete cascade
    );
    create table project_assessments (
      org_id uuid not null,
      submission_id uuid not null,
      version integer not null,
      levels jsonb not null,
      feedback text not null check (length(feedback) <= 4000),
      passed boolean not null,
      assessed_by uuid references users(id) on delete set null,
      assessed_at timestamptz not null,
      primary key (org_id, submission_id, version),
      foreign key (org_id, submission_id, version)
        references project_submission_versions(org_id, submission_id, version) on delete cascade
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table project_assessments; drop table project_files; drop table project_submission_versions;
    drop table project_submissions;
    alter table assignments drop constraint assignments_kind_check;
    alter table assignments add constraint assignments_kind_check check (kind in ('pathway', 'skills'));
  `.execute(db);
}
