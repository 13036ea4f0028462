import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';

/** What the aggregates say about one learner up to a cut-off day, as the early-warning features need it. */
export interface RiskInputRow {
  userId: string;
  firstDay: string | null;
  lastDay: string | null;
  activeDays14: number;
  attempts7: number;
  attemptsPrev7: number;
  attempts14: number;
  correct14: number;
  seconds14: number;
  fallingSkills: number;
  masteredSkills: number;
}

/** A mastery estimate counts as falling when it dropped by more than this over the last 14 days. */
export const FALLING_MASTERY_DROP = 0.05;

/**
 * The early-warning inputs of learners at the end of day `asOf` (`YYYY-MM-DD`, UTC), read only from the daily
 * activity aggregate and the mastery history, so that the same query serves today's scores and past cut-offs
 * for training.
 */
export async function listRiskInputs(
  db: Kysely<Database>,
  input: { orgId: string; asOf: string; userIds: readonly string[] },
): Promise<RiskInputRow[]> {
  if (input.userIds.length === 0) return [];
  const asOf = sql`${input.asOf}::date`;
  const end = sql`((${input.asOf}::date + 1)::timestamp at time zone 'UTC')`;
  const twoWeeksAgo = sql`((${input.asOf}::date - 13)::timestamp at time zone 'UTC')`;
  const rows = await sql<{
    user_id: string;
    first_day: string | null;
    last_day: string | null;
    active_days_14: number;
    attempts_7: number;
    attempts_prev_7: number;
    attempts_14: number;
    correct_14: number;
    seconds_14: number;
    falling: number;
    mastered: number;
  }>`
    with l as (select unnest(${sql.val([...input.userIds])}::uuid[]) as user_id),
    act as (
      select l.user_id, to_char(min(d.day), 'YYYY-MM-DD') as first_day, to_char(max(d.day), 'YYYY-MM-DD') as last_day,
        count(d.day) filter (where d.day > ${asOf} - 14)::int as active_days_14,
        coalesce(sum(d.attempts) filter (where d.day > ${asOf} - 7), 0)::int as attempts_7,
        coalesce(sum(d.attempts) filter (where d.day > ${asOf} - 14 and d.day <= ${asOf} - 7), 0)::int as attempts_prev_7,
        coalesce(sum(d.attempts) filter (where d.day > ${asOf} - 14), 0)::int as attempts_14,
        coalesce(sum(d.correct) filter (where d.day > ${asOf} - 14), 0)::int as correct_14,
        coalesce(sum(d.active_seconds) filter (where d.day > ${asOf} - 14), 0)::int as seconds_14
      from l left join learner_activity_daily d on d.org_id = ${input.orgId} and d.user_id = l.user_id and d.day <= ${asOf}
      group by l.user_id
    ),
    ms as (
      select h.user_id, h.skill_id,
        (array_agg(h.estimate order by h.at desc, h.id desc))[1] as now_est,
        (array_agg(h.estimate order by h.at desc, h.id desc) filter (where h.at < ${twoWeeksAgo}))[1] as then_est,
        bool_or(h.mastered) as mastered
      from mastery_history h join l on l.user_id = h.user_id
      where h.org_id = ${input.orgId} and h.at < ${end}
      group by h.user_id, h.skill_id
    ),
    m as (
      select user_id, count(*) filter (where then_est - now_est > ${FALLING_MASTERY_DROP})::int as falling,
        count(*) filter (where mastered)::int as mastered
      from ms group by user_id
    )
    select act.*, coalesce(m.falling, 0) as falling, coalesce(m.mastered, 0) as mastered
    from act left join m on m.user_id = act.user_id
  `.execute(db);
  return rows.rows.map((r) => ({
    userId: r.user_id,
    firstDay: r.first_day,
    lastDay: r.last_day,
    activeDays14: r.active_days_14,
    attempts7: r.attempts_7,
    attemptsPrev7: r.attempts_prev_7,
    attempts14: r.attempts_14,
    correct14: r.correct_14,
    seconds14: r.seconds_14,
    fallingSkills: r.falling,
    masteredSkills: r.mastered,
  }));
}

/** Learners with any activity in the days after `from` up to and including `to` (`YYYY-MM-DD`). */
export async function listActiveBetween(
  db: Kysely<Database>,
  input: { orgId: string; from: string; to: string },
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('learner_activity_daily')
    .select('user_id')
    .distinct()
    .where('org_id', '=', input.orgId)
    .where('day', '>', input.from)
    .where('day', '<=', input.to)
    .execute();
  return new Set(rows.map((r) => r.user_id));
}

/** The first and last day of the organization's activity aggregate. */
export async function findActivitySpan(
  db: Kysely<Database>,
  orgId: string,
): Promise<{ first: string; last: string } | null> {
  const row = await sql<{ first: string | null; last: string | null }>`
    select to_char(min(day), 'YYYY-MM-DD') as first, to_char(max(day), 'YYYY-MM-DD') as last
    from learner_activity_daily where org_id = ${orgId}`.execute(db);
  const r = row.rows[0];
  return r?.first && r.last ? { first: r.first, last: r.last } : null;
}

/** Where learners stood on their pathways at the end of a day: what they had mastered, where they were enrolled. */
export interface PathwayProgressRow {
  userId: string;
  /** Skills mastered by then (any point of the mastery history at or before the day marked mastered). */
  mastered: string[];
  /** Pathways enrolled in by then; `completed` when the enrolment was marked completed by then. */
  pathways: { pathwayId: string; completed: boolean }[];
}

/**
 * Learners' pathway progress at the end of day `asOf` (`YYYY-MM-DD`, UTC), read from the enrolments and the mastery
 * history, so that today's scores and past cut-offs (for training labels) read the same thing.
 */
export async function listPathwayProgress(
  db: Kysely<Database>,
  input: { orgId: string; asOf: string; userIds: readonly string[] },
): Promise<Map<string, PathwayProgressRow>> {
  const out = new Map<string, PathwayProgressRow>(
    input.userIds.map((u) => [u, { userId: u, mastered: [], pathways: [] }]),
  );
  if (input.userIds.length === 0) return out;
  const end = sql<Date>`((${input.asOf}::date + 1)::timestamp at time zone 'UTC')`;
  const enrolments = await db
    .selectFrom('enrollments')
    .select([
      'user_id',
      'pathway_id',
      sql<boolean>`status = 'completed' and updated_at < ${end}`.as('completed'),
    ])
    .where('org_id', '=', input.orgId)
    .where('user_id', 'in', [...input.userIds])
    .where('created_at', '<', end)
    .execute();
  for (const e of enrolments) {
    out.get(e.user_id)?.pathways.push({ pathwayId: e.pathway_id, completed: e.completed });
  }
  const mastered = await db
    .selectFrom('mastery_history')
    .select(['user_id', 'skill_id'])
    .distinct()
    .where('org_id', '=', input.orgId)
    .where('user_id', 'in', [...input.userIds])
    .where('mastered', '=', true)
    .where('at', '<', end)
    .execute();
  for (const m of mastered) out.get(m.user_id)?.mastered.push(m.skill_id);
  return out;
}
