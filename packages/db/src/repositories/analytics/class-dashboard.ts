import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';

/** One page of a class's learners with their mastery estimates on the given skills. */
export async function classHeatmap(
  db: Kysely<Database>,
  input: { orgId: string; classId: string; skillIds: readonly string[]; limit: number; offset: number },
): Promise<{
  total: number;
  learners: {
    userId: string;
    name: string;
    cells: Record<string, { estimate: number; mastered: boolean }>;
  }[];
}> {
  const page = await db
    .selectFrom('class_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.name', sql<number>`count(*) over ()`.as('total')])
    .where('m.org_id', '=', input.orgId)
    .where('m.class_id', '=', input.classId)
    .where('m.role', '=', 'learner')
    .orderBy('u.name')
    .orderBy('m.user_id')
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  const ids = page.map((p) => p.user_id);
  const cells =
    ids.length === 0 || input.skillIds.length === 0
      ? []
      : await db
          .selectFrom('learner_skill_states')
          .select(['user_id', 'skill_id', 'estimate', 'mastered'])
          .where('org_id', '=', input.orgId)
          .where('user_id', 'in', ids)
          .where('skill_id', 'in', [...input.skillIds])
          .execute();
  const byUser = new Map<string, Record<string, { estimate: number; mastered: boolean }>>();
  for (const c of cells) {
    const row = byUser.get(c.user_id) ?? {};
    row[c.skill_id] = { estimate: c.estimate, mastered: c.mastered };
    byUser.set(c.user_id, row);
  }
  let total = Number(page[0]?.total ?? 0);
  if (page.length === 0 && input.offset > 0) total = await countClassLearners(db, input.orgId, input.classId);
  return {
    total,
    learners: page.map((p) => ({ userId: p.user_id, name: p.name, cells: byUser.get(p.user_id) ?? {} })),
  };
}

async function countClassLearners(db: Kysely<Database>, orgId: string, classId: string): Promise<number> {
  const row = await db
    .selectFrom('class_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', orgId)
    .where('class_id', '=', classId)
    .where('role', '=', 'learner')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Per skill over a class's learners: mean estimate, how many practised it, mastered it, or are below 0.5. */
export async function classSkillSummary(
  db: Kysely<Database>,
  input: { orgId: string; classId: string; skillIds: readonly string[] },
): Promise<
  { skillId: string; meanEstimate: number; practised: number; mastered: number; struggling: number }[]
> {
  if (input.skillIds.length === 0) return [];
  const rows = await sql<{
    skill_id: string;
    mean: number;
    practised: number;
    mastered: number;
    struggling: number;
  }>`
    select s.skill_id, avg(s.estimate)::float8 as mean, count(*)::int as practised,
      count(*) filter (where s.mastered)::int as mastered,
      count(*) filter (where not s.mastered and s.estimate < 0.5)::int as struggling
    from learner_skill_states s
    join class_members m on m.org_id = s.org_id and m.user_id = s.user_id and m.class_id = ${input.classId} and m.role = 'learner'
    where s.org_id = ${input.orgId} and s.skill_id = any(${sql.val([...input.skillIds])}::text[])
    group by s.skill_id`.execute(db);
  return rows.rows.map((r) => ({
    skillId: r.skill_id,
    meanEstimate: r.mean,
    practised: r.practised,
    mastered: r.mastered,
    struggling: r.struggling,
  }));
}

/**
 * The at-risk learners of a class who consented, highest risk first, with how many learners of the class consented,
 * how many of them were scored, and how many are flagged.
 */
export async function classRisk(
  db: Kysely<Database>,
  input: { orgId: string; classId: string; limit: number },
): Promise<{
  consenting: number;
  scored: number;
  atRisk: {
    userId: string;
    name: string;
    probability: number;
    reasons: unknown[];
    features: Record<string, unknown>;
  }[];
  atRiskCount: number;
}> {
  const base = db
    .selectFrom('risk_scores as r')
    .innerJoin('class_members as m', (j) =>
      j
        .onRef('m.org_id', '=', 'r.org_id')
        .onRef('m.user_id', '=', 'r.user_id')
        .on('m.class_id', '=', input.classId),
    )
    .innerJoin('analytics_consents as c', (j) =>
      j
        .onRef('c.org_id', '=', 'r.org_id')
        .onRef('c.user_id', '=', 'r.user_id')
        .on('c.risk_scoring', '=', true),
    )
    .where('r.org_id', '=', input.orgId)
    .where('m.role', '=', 'learner');
  const counts = await base
    .select([
      sql<number>`count(*)::int`.as('scored'),
      sql<number>`count(*) filter (where r.at_risk)::int`.as('at_risk'),
    ])
    .executeTakeFirst();
  const consenting = await db
    .selectFrom('class_members as m')
    .innerJoin('analytics_consents as c', (j) =>
      j
        .onRef('c.org_id', '=', 'm.org_id')
        .onRef('c.user_id', '=', 'm.user_id')
        .on('c.risk_scoring', '=', true),
    )
    .select(sql<number>`count(*)::int`.as('n'))
    .where('m.org_id', '=', input.orgId)
    .where('m.class_id', '=', input.classId)
    .where('m.role', '=', 'learner')
    .executeTakeFirst();
  const rows = await base
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.user_id', 'u.name', 'r.probability', 'r.reasons', 'r.features'])
    .where('r.at_risk', '=', true)
    .orderBy('r.probability', 'desc')
    .limit(input.limit)
    .execute();
  return {
    consenting: consenting?.n ?? 0,
    scored: counts?.scored ?? 0,
    atRiskCount: counts?.at_risk ?? 0,
    atRisk: rows.map((r) => ({
      userId: r.user_id,
      name: r.name,
      probability: r.probability,
      reasons: r.reasons,
      features: r.features,
    })),
  };
}

/** A learner's recent statements (newest first) and mastery history, for the timeline. */
export async function learnerTimeline(
  db: Kysely<Database>,
  input: { orgId: string; agentKey: string; userId: string; limit: number },
): Promise<{
  statements: Record<string, unknown>[];
  mastery: { skillId: string; at: Date; estimate: number; mastered: boolean }[];
  days: { day: string; attempts: number; correct: number; minutes: number }[];
}> {
  const statements = await db
    .selectFrom('xapi_statements')
    .select('statement')
    .where('org_id', '=', input.orgId)
    .where(sql<boolean>`agents @> ${sql.val([input.agentKey])}::text[]`)
    .where('voided', '=', false)
    .orderBy('stored', 'desc')
    .orderBy('seq', 'desc')
    .limit(input.limit)
    .execute();
  const mastery = await db
    .selectFrom('mastery_history')
    .select(['skill_id', 'at', 'estimate', 'mastered'])
    .where('org_id', '=', input.orgId)
    .where('user_id', '=', input.userId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  const days = await sql<{ day: string; attempts: number; correct: number; seconds: number }>`
    select to_char(day, 'YYYY-MM-DD') as day, attempts, correct, active_seconds as seconds
    from learner_activity_daily where org_id = ${input.orgId} and user_id = ${input.userId} order by day`.execute(
    db,
  );
  return {
    statements: statements.map((s) => s.statement),
    mastery: mastery.map((m) => ({
      skillId: m.skill_id,
      at: m.at,
      estimate: m.estimate,
      mastered: m.mastered,
    })),
    days: days.rows.map((d) => ({
      day: d.day,
      attempts: d.attempts,
      correct: d.correct,
      minutes: Math.round(d.seconds / 60),
    })),
  };
}
