import { type Kysely, sql } from 'kysely';

/**
 * The adaptive learning loop, per organization: the skills framework and pathways, the item bank, enrolments,
 * the learner model (per learner and per learner × skill), mastery history, served items, attempts, review
 * cards and tutor turns. Skill, pathway and item ids are text chosen by the content (`alg.slope`,
 * `slope/123/2`), unique within an organization.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table learning_content_versions (
      org_id uuid primary key references organizations(id) on delete cascade,
      version bigint not null default 1
    );
    create table skills (
      org_id uuid not null references organizations(id) on delete cascade,
      id text not null check (length(id) between 1 and 200),
      framework text not null,
      parent_id text,
      name jsonb not null,
      description jsonb not null,
      prerequisites text[] not null default '{}',
      position integer not null default 0,
      primary key (org_id, id)
    );
    create table pathways (
      org_id uuid not null references organizations(id) on delete cascade,
      id text not null check (length(id) between 1 and 200),
      framework text not null,
      name jsonb not null,
      description jsonb not null,
      goal_skill_ids text[] not null,
      position integer not null default 0,
      created_at timestamptz not null default now(),
      primary key (org_id, id)
    );
    create table items (
      org_id uuid not null references organizations(id) on delete cascade,
      id text not null check (length(id) between 1 and 300),
      skill_id text not null,
      source text not null,
      difficulty smallint not null default 2 check (difficulty between 1 and 3),
      family_id text,
      seed integer,
      content jsonb,
      created_at timestamptz not null default now(),
      primary key (org_id, id),
      check (content is not null or family_id is not null)
    );
    create index items_skill_idx on items (org_id, skill_id, difficulty);
    create index items_source_idx on items (org_id, source, id);
    create table enrollments (
      org_id uuid not null references organizations(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      pathway_id text not null,
      status text not null check (status in ('placement','active','paused','completed')),
      placement jsonb not null default '{}',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (org_id, user_id, pathway_id),
      foreign key (org_id, pathway_id) references pathways(org_id, id) on delete cascade
    );
    create table learner_states (
      org_id uuid not null references organizations(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      state jsonb not null,
      updated_at timestamptz not null default now(),
      primary key (org_id, user_id)
    );
    create table learner_skill_states (
      org_id uuid not null references organizations(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      skill_id text not null,
      state jsonb not null,
      estimate real not null,
      mastered boolean not null default false,
      mastered_via text check (mastered_via in ('practice','placement')),
      mastered_at timestamptz,
      updated_at timestamptz not null default now(),
      primary key (org_id, user_id, skill_id)
    );
    create table mastery_history (
      id bigint generated always as identity primary key,
      org_id uuid not null references organizations(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      skill_id text not null,
      at timestamptz not null,
      estimate real not null,
      mastered boolean not null
    );
    create index mastery_history_learner_idx on mastery_history (org_id, user_id, skill_id, at);
    create table served_items (
      org_id uuid not null references organizations(id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      pathway_id text not null,
      item_id text not null,
      skill_id text not null,
      source text not null,
      mode text not null check (mode in ('placement','practice','review')),
      item jsonb not null,
      predicted real,
      step_index integer not null default 0,
      outcome boolean,
      completed_at timestamptz,
      created_at timestamptz not null default now(),
      primary key (org_id, id)
    );
    create index served_items_learner_idx on served_items (org_id, user_id, created_at desc);
    create table attempts (
      id bigint generated always as identity primary key,
      org_id uuid not null references organizations(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      served_id uuid not null,
      item_id text not null,
      skill_id text not null,
      step_id text not null,
      answer text not null,
      correct boolean not null,
      misconception text,
      statement_id uuid not null,
      created_at timestamptz not null default now(),
      foreign key (org_id, served_id) references served_items(org_id, id) on delete cascade
    );
    create index attempts_served_idx on attempts (org_id, served_id, step_id);
    create index attempts_learner_idx on attempts (org_id, user_id, created_at);
    create table review_cards (
      org_id uuid not null references organizations(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      skill_id text not null,
      card jsonb not null,
      due timestamptz not null,
      updated_at timestamptz not null default now(),
      primary key (org_id, user_id, skill_id)
    );
    create index review_cards_due_idx on review_cards (org_id, user_id, due);
    create table tutor_turns (
      id bigint generated always as identity primary key,
      org_id uuid not null references organizations(id) on delete cascade,
      served_id uuid not null,
      user_id uuid not null references users(id) on delete cascade,
      step_id text not null,
      speaker text not null check (speaker in ('learner','tutor')),
      text text not null,
      turn jsonb not null,
      source text check (source in ('engine','model')),
      created_at timestamptz not null default now(),
      foreign key (org_id, served_id) references served_items(org_id, id) on delete cascade
    );
    create index tutor_turns_served_idx on tutor_turns (org_id, served_id, step_id, id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table tutor_turns; drop table review_cards; drop table attempts; drop table served_items;
    drop table mastery_history; drop table learner_skill_states; drop table learner_states;
    drop table enrollments; drop table items; drop table pathways; drop table skills;
    drop table learning_content_versions;
  `.execute(db);
}
