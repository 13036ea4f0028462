import { parseRiskReasons, type RiskReason } from '@pathwise/core/analytics';
import type { StoredStatement } from '@pathwise/xapi';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';

/**
 * One page of a class's learners (by name), with how many learners the class has. Their standings on the skills
 * are computed by the server from their models (the same function as the learner's own pages), not read here.
 */
export async function classLearnerPage(
  db: Kysely<Database>,
  input: { orgId: string; classId: string; limit: number; offset: number },
): Promise<{ total: number; learners: { userId: string; name: string }[] }> {
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
  let total = Number(page[0]?.total ?? 0);
  if (page.length === 0 && input.offset > 0) total = await countClassLearners(db, input.orgId, input.classId);
  return { total, learners: page.map((p) => ({ userId: p.user_id, name: p.name })) };
}

/** The ids of every learner of a class. */
export async function classLearnerIds(
  db: Kysely<Database>,
  orgId: string,
  classId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('class_members')
    .select('user_id')
    .where('org_id', '=', orgId)
    .where('class_id', '=', classId)
    .where('role', '=', 'learner')
    .orderBy('user_id')
    .execute();
  return rows.map((r) => r.user_id);
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

/**
 * The at-risk learners of a class who consented, highest risk first (their reasons checked, `parseRiskReasons`),
 * with how many learners of the class consented, how many of them were scored, and how many are flagged.
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
    reasons: RiskReason[];
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
    .select(['r.user_id', 'u.name', 'r.probability', 'r.reasons'])
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
      reasons: parseRiskReasons(r.reasons),
    })),
  };
}

/** A learner's recent statements (newest first) and mastery history, for the timeline. */
export async function learnerTimeline(
  db: Kysely<Database>,
  input: { orgId: string; agentKey: string; userId: string; limit: number },
): Promise<{
  statements: StoredStatement[];
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

/** What the database holds about a problem a learner's timeline mentions. */
export interface TimelineItemRow {
  itemId: string;
  /** The bank item's stem (stored items; unchecked JSON), null when the bank has no content for it. */
  stem: unknown;
  /** The family pointer of a bank item whose content is regenerated, else nulls. */
  familyId: string | null;
  seed: number | null;
  difficulty: number | null;
  /** The stem of the item as it was last served to this learner (unchecked JSON), null when never served. */
  servedStem: unknown;
}

/**
 * The problems a learner's timeline mentions, in one query: the bank's item (if it still exists) and the item as
 * last served to this learner (kept when the bank's is gone), plus how each answer's item was served
 * (placement, practice, review) by the answer's statement id.
 */
export async function timelineItems(
  db: Kysely<Database>,
  input: { orgId: string; userId: string; itemIds: readonly string[]; statementIds: readonly string[] },
): Promise<{ items: TimelineItemRow[]; modes: Map<string, string> }> {
  const { orgId, userId } = input;
  const items =
    input.itemIds.length === 0
      ? []
      : (
          await sql<{
            item_id: string;
            stem: unknown;
            family_id: string | null;
            seed: number | null;
            difficulty: number | null;
            served_stem: unknown;
          }>`
    select ids.id as item_id, i.content -> 'stem' as stem, i.family_id, i.seed, i.difficulty,
      s.item -> 'stem' as served_stem
    from unnest(${sql.val([...input.itemIds])}::text[]) as ids(id)
    left join items i on i.org_id = ${orgId} and i.id = ids.id
    left join lateral (
      select item from served_items
      where org_id = ${orgId} and user_id = ${userId} and item_id = ids.id
      order by created_at desc limit 1
    ) s on true`.execute(db)
        ).rows;
  const ids = input.statementIds.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const modes =
    ids.length === 0
      ? []
      : await db
          .selectFrom('attempts as a')
          .innerJoin('served_items as s', (j) =>
            j.onRef('s.org_id', '=', 'a.org_id').onRef('s.id', '=', 'a.served_id'),
          )
          .select(['a.statement_id', 's.mode'])
          .where('a.org_id', '=', orgId)
          .where('a.user_id', '=', userId)
          .where('a.statement_id', 'in', ids)
          .execute();
  return {
    items: items.map((r) => ({
      itemId: r.item_id,
      stem: r.stem,
      familyId: r.family_id,
      seed: r.seed,
      difficulty: r.difficulty,
      servedStem: r.served_stem,
    })),
    modes: new Map(modes.map((m) => [m.statement_id, m.mode])),
  };
}
