import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';

/** The verb ids the daily aggregate counts (passed in: the vocabulary belongs to the xAPI package). */
export interface ActivityVerbs {
  attempt: string;
  hint: string;
  tutor: readonly string[];
  credential: string;
}

/** Time between two events of a learner counts as time on task up to this many seconds; longer is a break. */
export const SESSION_GAP_SECONDS = 600;

/**
 * Folds the organization's statements stored since the last run (by `seq`, up to `batch` of them) into the daily
 * activity aggregate of each learner (`learner_activity_daily`) and moves the watermark, in the caller's
 * transaction. Only statements whose actor is an account named by the id of a member count. Time on task is the
 * sum of gaps under {@link SESSION_GAP_SECONDS} between a learner's consecutive events of the batch.
 * Returns how many statements were read (0 when up to date).
 */
export async function refreshActivityAggregates(
  db: Kysely<Database>,
  input: { orgId: string; verbs: ActivityVerbs; batch?: number; now: Date },
): Promise<number> {
  const mark = await db
    .selectFrom('analytics_watermarks')
    .select('last_seq')
    .where('org_id', '=', input.orgId)
    .forUpdate()
    .executeTakeFirst();
  const from = Number(mark?.last_seq ?? 0);
  const span = await sql<{ hi: number | null; n: number }>`
    select max(seq)::bigint as hi, count(*)::int as n from (
      select seq from xapi_statements where org_id = ${input.orgId} and seq > ${from}
      order by seq limit ${input.batch ?? 50_000}) b`.execute(db);
  const hi = span.rows[0]?.hi;
  if (hi === null || hi === undefined) return 0;
  const v = input.verbs;
  await sql`
    with ev as (
      select (s.statement->'actor'->'account'->>'name')::uuid as user_id, s.verb_id,
        (s.statement->'result'->>'success') = 'true' as success,
        coalesce((s.statement->>'timestamp')::timestamptz, s.stored) as at
      from xapi_statements s
      where s.org_id = ${input.orgId} and s.seq > ${from} and s.seq <= ${hi} and not s.voided
        and s.statement->'actor'->'account'->>'name' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
    ), gaps as (
      select ev.*, extract(epoch from at - lag(at) over (partition by user_id order by at)) as gap
      from ev
    )
    insert into learner_activity_daily
      (org_id, user_id, day, statements, attempts, correct, hints, tutor_turns, credentials, active_seconds)
    select ${input.orgId}, g.user_id, (g.at at time zone 'UTC')::date, count(*),
      count(*) filter (where g.verb_id = ${v.attempt}),
      count(*) filter (where g.verb_id = ${v.attempt} and g.success),
      count(*) filter (where g.verb_id = ${v.hint}),
      count(*) filter (where g.verb_id = any(${sql.val([...v.tutor])}::text[])),
      count(*) filter (where g.verb_id = ${v.credential}),
      coalesce(sum(g.gap) filter (where g.gap > 0 and g.gap <= ${SESSION_GAP_SECONDS}), 0)::int
    from gaps g
    join memberships m on m.org_id = ${input.orgId} and m.user_id = g.user_id
    group by g.user_id, (g.at at time zone 'UTC')::date
    on conflict (org_id, user_id, day) do update set
      statements = learner_activity_daily.statements + excluded.statements,
      attempts = learner_activity_daily.attempts + excluded.attempts,
      correct = learner_activity_daily.correct + excluded.correct,
      hints = learner_activity_daily.hints + excluded.hints,
      tutor_turns = learner_activity_daily.tutor_turns + excluded.tutor_turns,
      credentials = learner_activity_daily.credentials + excluded.credentials,
      active_seconds = learner_activity_daily.active_seconds + excluded.active_seconds
  `.execute(db);
  await db
    .insertInto('analytics_watermarks')
    .values({ org_id: input.orgId, last_seq: hi, refreshed_at: input.now })
    .onConflict((oc) => oc.column('org_id').doUpdateSet({ last_seq: hi, refreshed_at: input.now }))
    .execute();
  return span.rows[0]?.n ?? 0;
}

/** Drops an organization's daily aggregate and watermark, so the next refreshes rebuild it from the statements. */
export async function resetActivityAggregates(db: Kysely<Database>, orgId: string): Promise<void> {
  await db.deleteFrom('learner_activity_daily').where('org_id', '=', orgId).execute();
  await db.deleteFrom('analytics_watermarks').where('org_id', '=', orgId).execute();
}

/** Organizations with statements the aggregate has not read yet. */
export async function listOrgsBehind(db: Kysely<Database>): Promise<string[]> {
  const rows = await sql<{ org_id: string }>`
    select o.id as org_id from organizations o
    left join analytics_watermarks w on w.org_id = o.id
    where exists (select 1 from xapi_statements s where s.org_id = o.id and s.seq > coalesce(w.last_seq, 0))`.execute(
    db,
  );
  return rows.rows.map((r) => r.org_id);
}

/** When the aggregate last caught up, or null. */
export async function findAggregatesFreshness(db: Kysely<Database>, orgId: string): Promise<Date | null> {
  const row = await db
    .selectFrom('analytics_watermarks')
    .select('refreshed_at')
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return row?.refreshed_at ?? null;
}

/** One week of activity of a group of learners. */
export interface WeeklyEngagement {
  week: string;
  activeLearners: number;
  attempts: number;
  correct: number;
  minutes: number;
}

/**
 * Activity per ISO week (weeks start on Monday) since `from`, for the learners of a class, or of the whole
 * organization when no class is given.
 */
export async function weeklyEngagement(
  db: Kysely<Database>,
  input: { orgId: string; classId?: string; from: string },
): Promise<WeeklyEngagement[]> {
  const scope = input.classId
    ? sql`join class_members m on m.org_id = d.org_id and m.user_id = d.user_id and m.class_id = ${input.classId} and m.role = 'learner'`
    : sql`join memberships m on m.org_id = d.org_id and m.user_id = d.user_id and m.role = 'learner'`;
  const rows = await sql<{
    week: string;
    active: number;
    attempts: number;
    correct: number;
    seconds: number;
  }>`
    select to_char(date_trunc('week', d.day), 'YYYY-MM-DD') as week, count(distinct d.user_id)::int as active,
      sum(d.attempts)::int as attempts, sum(d.correct)::int as correct, sum(d.active_seconds)::bigint as seconds
    from learner_activity_daily d ${scope}
    where d.org_id = ${input.orgId} and d.day >= ${input.from}::date
    group by 1 order by 1`.execute(db);
  return rows.rows.map((r) => ({
    week: r.week,
    activeLearners: r.active,
    attempts: r.attempts,
    correct: r.correct,
    minutes: Math.round(Number(r.seconds) / 60),
  }));
}
