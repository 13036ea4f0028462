import { type Kysely, sql } from 'kysely';

/**
 * Messages inside the app (issue 12): announcements to a class, read marks per learner; threads between one staff
 * member and one learner of a class, their messages numbered by `seq` (each side's read mark is the last `seq`
 * they saw, so unread counts need no clock); and each person's setting "e-mail me new messages and
 * announcements" (off unless they turn it on). Bodies are plain text as typed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table announcements (
      org_id uuid not null,
      id uuid not null default gen_random_uuid(),
      class_id uuid not null,
      author_id uuid references users(id) on delete set null,
      subject text not null default '' check (length(subject) <= 200),
      body text not null check (length(body) between 1 and 5000),
      created_at timestamptz not null default now(),
      primary key (org_id, id),
      foreign key (org_id, class_id) references classes(org_id, id) on delete cascade
    );
    create index announcements_class_idx on announcements (org_id, class_id, created_at desc);
    create table announcement_reads (
      org_id uuid not null,
      announcement_id uuid not null,
      user_id uuid not null references users(id) on delete cascade,
      read_at timestamptz not null default now(),
      primary key (org_id, announcement_id, user_id),
      foreign key (org_id, announcement_id) references announcements(org_id, id) on delete cascade
    );
    create table message_threads (
      org_id uuid not null,
      id uuid not null default gen_random_uuid(),
      class_id uuid not null,
      teacher_id uuid not null references users(id) on delete cascade,
      learner_id uuid not null references users(id) on delete cascade,
      teacher_read_seq bigint not null default 0,
      learner_read_seq bigint not null default 0,
      created_at timestamptz not null default now(),
      last_message_at timestamptz not null default now(),
      primary key (org_id, id),
      unique (org_id, class_id, teacher_id, learner_id),
      foreign key (org_id, class_id) references classes(org_id, id) on delete cascade
    );
    create index message_threads_learner_idx on message_threads (org_id, learner_id);
    create index message_threads_teacher_idx on message_threads (org_id, teacher_id);
    create table messages (
      org_id uuid not null,
      seq bigint generated always as identity,
      thread_id uuid not null,
      sender_id uuid references users(id) on delete set null,
      body text not null check (length(body) between 1 and 5000),
      created_at timestamptz not null default now(),
      primary key (org_id, seq),
      foreign key (org_id, thread_id) references message_threads(org_id, id) on delete cascade
    );
    create index messages_thread_idx on messages (org_id, thread_id, seq);
    create table user_settings (
      user_id uuid primary key references users(id) on delete cascade,
      email_messages boolean not null default false,
      updated_at timestamptz not null default now()
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table user_settings;
    drop table messages;
    drop table message_threads;
    drop table announcement_reads;
    drop table announcements;
  `.execute(db);
}
