import { type Kysely, sql } from 'kysely';

/**
 * Classes (teachers, learners, assigned pathways), the teacher's intervention log, and the analytics that
 * dashboards read: daily activity per learner (maintained incrementally from `xapi_statements` by a background
 * job, up to a watermark), the early-warning models per organization, the latest risk score per learner and one
 * risk point per learner and week. Learners opt in to risk scoring (`analytics_consents`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table classes (
      org_id uuid not null references organizations(id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      name text not null check (length(name) between 1 and 200),
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      primary key (org_id, id)
    );
    create table class_members (
      org_id uuid not null,
      class_id uuid not null,
      user_id uuid not null references users(id) on delete cascade,
      role text not null check (role in ('teacher','learner')),
      added_at timestamptz not null default now(),
      primary key (org_id, class_id, user_id),
      foreign key (org_id, class_id) references classes(org_id, id) on delete cascade
    );
    create index class_members_user_idx on class_members (org_id, user_id);
    create table class_pathways (
      org_id uuid not null,
      class_id uuid not null,
      pathway_id text not null,
      assigned_at timestamptz not null default now(),
      primary key (org_id, class_id, pathway_id),
      foreign key (org_id, class_id) references classes(org_id, id) on delete cascade,
      foreign key (org_id, pathway_id) references pathways(org_id, id) on delete cascade
    );
    create table interventions (
      id uuid primary key default gen_random_uuid(),
      org_id uuid not null,
      class_id uuid not null,
      learner_id uuid not null references users(id) on delete cascade,
      teacher_id uuid references users(id) on delete set null,
      action text not null check (action in ('message','meeting','review-session','goal-setting','family-contact','other')),
      note text not null default '' check (length(note) <= 2000),
      created_at timestamptz not null default now(),
      foreign key (org_id, class_id) references classes(org_id, id) on delete cascade
    );
    create index interventions_class_idx on interventions (org_id, class_id, created_at desc);
    create table learner_activity_daily (
      org_id uuid not null references organizations(id) on delete cascade,
      user_id uuid not null,
      day date not null,
      statements integer not null default 0,
      attempts integer not null default 0,
      correct integer not null default 0,
      hints integer not null default 0,
      tutor_turns integer not null default 0,
      credentials integer not null default 0,
      active_seconds integer not null default 0,
      primary key (org_id, user_id, day)
    );
    create index learner_activity_daily_day_idx on learner_activity_daily (org_id, day);
    create table analytics_watermarks (
      org_id uuid primary key references organizations(id) on delete cascade,
      last_seq bigint not null default 0,
      refreshed_at timestamptz not null default now()
    );
    create table analytics_consents (
      org_id uuid not null references organizations(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      risk_scoring boolean not null,
      updated_at timestamptz not null default now(),
      primary key (org_id, user_id)
    );
    create table risk_models (
      org_id uuid not null references organizations(id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      trained_at timestamptz not null,
      model jsonb not null,
      metrics jsonb not null,
      primary key (org_id, id)
    );
    create index risk_models_latest_idx on risk_models (org_id, trained_at desc);
    create table risk_scores (
      org_id uuid not null references organizations(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      scored_at timestamptz not null,
      probability real not null,
      at_risk boolean not null,
      features jsonb not null,
      reasons jsonb not null,
      primary key (org_id, user_id)
    );
    create table risk_history (
      org_id uuid not null references organizations(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      week date not null,
      probability real not null,
      at_risk boolean not null,
      primary key (org_id, user_id, week)
    );
    create index risk_history_week_idx on risk_history (org_id, week);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table risk_history; drop table risk_scores; drop table risk_models; drop table analytics_consents;
    drop table analytics_watermarks; drop table learner_activity_daily; drop table interventions;
    drop table class_pathways; drop table class_members; drop table classes;
  `.execute(db);
}
