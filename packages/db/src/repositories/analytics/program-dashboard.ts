import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';

/** The figures of an organization's program dashboard. */
export interface ProgramFigures {
  totals: {
    learners: number;
    activeLearners7d: number;
    enrolments: number;
    completed: number;
    credentials: number;
  };
  classes: {
    classId: string;
    name: string;
    learners: number;
    active7d: number;
    atRisk: number;
    scored: number;
  }[];
  pathways: { pathwayId: string; enrolled: number; active7d: number; completed: number }[];
  riskOverTime: { week: string; scored: number; atRisk: number }[];
}

/**
 * Program figures from the aggregates: active learners (any activity in the 7 days up to `today`), enrolments and
 * completions per pathway, credentials issued (statements with the credential verb, as counted by the daily
 * aggregate), and at-risk counts per class and per week among consenting learners.
 */
export async function programFigures(
  db: Kysely<Database>,
  input: { orgId: string; today: string },
): Promise<ProgramFigures> {
  const org = input.orgId;
  const since = sql`${input.today}::date - 6`;
  const totals = await sql<{
    learners: number;
    active: number;
    enrolments: number;
    completed: number;
    credentials: number;
  }>`
    select
      (select count(*) from memberships where org_id = ${org} and role = 'learner')::int as learners,
      (select count(distinct user_id) from learner_activity_daily where org_id = ${org} and day >= ${since})::int as active,
      (select count(*) from enrollments where org_id = ${org})::int as enrolments,
      (select count(*) from enrollments where org_id = ${org} and status = 'completed')::int as completed,
      (select coalesce(sum(credentials), 0) from learner_activity_daily where org_id = ${org})::int as credentials
  `.execute(db);
  const classes = await sql<{
    class_id: string;
    name: string;
    learners: number;
    active: number;
    at_risk: number;
    scored: number;
  }>`
    select c.id as class_id, c.name,
      count(m.user_id)::int as learners,
      count(m.user_id) filter (where exists (select 1 from learner_activity_daily d
        where d.org_id = c.org_id and d.user_id = m.user_id and d.day >= ${since}))::int as active,
      count(r.user_id) filter (where r.at_risk and k.risk_scoring)::int as at_risk,
      count(r.user_id) filter (where k.risk_scoring)::int as scored
    from classes c
    left join class_members m on m.org_id = c.org_id and m.class_id = c.id and m.role = 'learner'
    left join risk_scores r on r.org_id = c.org_id and r.user_id = m.user_id
    left join analytics_consents k on k.org_id = c.org_id and k.user_id = m.user_id
    where c.org_id = ${org}
    group by c.id, c.name order by c.name`.execute(db);
  const pathways = await sql<{ pathway_id: string; enrolled: number; active: number; completed: number }>`
    select e.pathway_id, count(*)::int as enrolled,
      count(*) filter (where exists (select 1 from learner_activity_daily d
        where d.org_id = e.org_id and d.user_id = e.user_id and d.day >= ${since}))::int as active,
      count(*) filter (where e.status = 'completed')::int as completed
    from enrollments e where e.org_id = ${org} group by e.pathway_id order by e.pathway_id`.execute(db);
  const risk = await sql<{ week: string; scored: number; at_risk: number }>`
    select to_char(h.week, 'YYYY-MM-DD') as week, count(*)::int as scored, count(*) filter (where h.at_risk)::int as at_risk
    from risk_history h
    join analytics_consents k on k.org_id = h.org_id and k.user_id = h.user_id and k.risk_scoring
    where h.org_id = ${org} group by h.week order by h.week`.execute(db);
  const t = totals.rows[0]!;
  return {
    totals: {
      learners: t.learners,
      activeLearners7d: t.active,
      enrolments: t.enrolments,
      completed: t.completed,
      credentials: t.credentials,
    },
    classes: classes.rows.map((c) => ({
      classId: c.class_id,
      name: c.name,
      learners: c.learners,
      active7d: c.active,
      atRisk: c.at_risk,
      scored: c.scored,
    })),
    pathways: pathways.rows.map((p) => ({
      pathwayId: p.pathway_id,
      enrolled: p.enrolled,
      active7d: p.active,
      completed: p.completed,
    })),
    riskOverTime: risk.rows.map((r) => ({ week: r.week, scored: r.scored, atRisk: r.at_risk })),
  };
}
