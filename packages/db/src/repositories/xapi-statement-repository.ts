import {
  type AttachmentData,
  agentKey,
  type StatementListQuery,
  type StatementPage,
  type StatementRepository,
  type StoredStatement,
} from '@pathwise/xapi';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { writeStatements } from './xapi-statements.ts';

/** The most statements one page returns; `limit=0` asks for this many. */
export const MAX_STATEMENT_PAGE = 500;

/**
 * The {@link StatementRepository} of one organization: every query is bound to `orgId`, so nothing of
 * another organization is ever read or written through it.
 */
export function xapiStatementRepository(db: Kysely<Database>, orgId: string): StatementRepository {
  return {
    async findByIds(ids) {
      const found = new Map<string, StoredStatement>();
      if (ids.length === 0) return found;
      const rows = await db
        .selectFrom('xapi_statements')
        .select('statement')
        .where('org_id', '=', orgId)
        .where('id', 'in', ids)
        .execute();
      for (const { statement } of rows) found.set(statement.id.toLowerCase(), statement);
      return found;
    },
    write: (rows, attachments, voids) => writeStatements(db, orgId, rows, { attachments, voids }),
    async findOne(id, { voided }) {
      const row = await db
        .selectFrom('xapi_statements')
        .select('statement')
        .where('org_id', '=', orgId)
        .where('id', '=', id)
        .where('voided', '=', voided)
        .executeTakeFirst();
      return row?.statement ?? null;
    },
    query: (query, page) => queryStatements(db, orgId, query, page),
    async attachments(sha2s) {
      if (sha2s.length === 0) return [];
      const rows = await db
        .selectFrom('xapi_attachments')
        .select(['sha2', 'content_type', 'data'])
        .where('org_id', '=', orgId)
        .where('sha2', 'in', [...new Set(sha2s.map((s) => s.toLowerCase()))])
        .execute();
      return rows.map(
        (r): AttachmentData => ({ sha2: r.sha2, contentType: r.content_type ?? undefined, data: r.data }),
      );
    },
  };
}

function filtersOf(query: StatementListQuery, alias: string): RawBuilder<unknown>[] {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  const filters: RawBuilder<unknown>[] = [];
  if (query.verb !== undefined) filters.push(sql`${col('verb_id')} = ${query.verb}`);
  if (query.registration !== undefined)
    filters.push(sql`${col('registration')} = ${query.registration}::uuid`);
  // Only related_* are indexed (they contain agents / activities): they narrow, the exact column rechecks.
  if (query.agent !== undefined) {
    const key = agentKey(query.agent) ?? '';
    filters.push(sql`${col('related_agents')} @> array[${key}]::text[]`);
    if (!query.relatedAgents) filters.push(sql`${col('agents')} @> array[${key}]::text[]`);
  }
  if (query.activity !== undefined) {
    filters.push(sql`${col('related_activities')} @> array[${query.activity}]::text[]`);
    if (!query.relatedActivities) filters.push(sql`${col('activities')} @> array[${query.activity}]::text[]`);
  }
  return filters;
}

function decodeCursor(cursor: string | undefined): { stored: string; seq: number } | undefined {
  if (!cursor) return undefined;
  const [stored, seq] = cursor.split('|');
  if (!stored || !seq || !/^\d+$/.test(seq) || Number.isNaN(Date.parse(stored))) return undefined;
  return { stored, seq: Number(seq) };
}

async function queryStatements(
  db: Kysely<Database>,
  orgId: string,
  query: StatementListQuery,
  page: { readonly limit: number; readonly cursor?: string },
): Promise<StatementPage> {
  const limit = Math.min(page.limit > 0 ? page.limit : MAX_STATEMENT_PAGE, MAX_STATEMENT_PAGE);
  const dir = query.ascending ? sql`asc` : sql`desc`;
  const cursor = decodeCursor(page.cursor);
  const bounds = (alias: string): RawBuilder<unknown>[] => {
    const stored = sql.ref(`${alias}.stored`);
    const seq = sql.ref(`${alias}.seq`);
    const parts: RawBuilder<unknown>[] = [
      sql`${sql.ref(`${alias}.org_id`)} = ${orgId}::uuid`,
      sql`not ${sql.ref(`${alias}.voided`)}`,
    ];
    if (query.since) parts.push(sql`${stored} > ${query.since.timestamp}::timestamptz`);
    if (query.until) parts.push(sql`${stored} <= ${query.until.timestamp}::timestamptz`);
    if (cursor) {
      parts.push(
        query.ascending
          ? sql`(${stored}, ${seq}) > (${cursor.stored}::timestamptz, ${cursor.seq}::bigint)`
          : sql`(${stored}, ${seq}) < (${cursor.stored}::timestamptz, ${cursor.seq}::bigint)`,
      );
    }
    return parts;
  };
  const direct = filtersOf(query, 's');
  const and = (parts: RawBuilder<unknown>[]) => sql.join(parts, sql` and `);
  const main = sql`select s.statement, s.stored, s.seq from xapi_statements s
    where ${and([...bounds('s'), ...direct])}
    order by s.stored ${dir}, s.seq ${dir} limit ${limit + 1}`;
  // Statements whose StatementRef object targets a matching statement match too (Communication 2.1.3).
  const statementsSql =
    direct.length === 0
      ? main
      : sql`select * from ((${main}) union all (
          select s.statement, s.stored, s.seq from xapi_statements s
          join xapi_statements t on t.org_id = s.org_id and t.id = s.statement_ref_target
          where ${and([...bounds('s'), sql`s.statement_ref_target is not null`, ...filtersOf(query, 't')])}
            and not (${and(direct)})
          order by s.stored ${dir}, s.seq ${dir} limit ${limit + 1}
        )) u order by u.stored ${dir}, u.seq ${dir} limit ${limit + 1}`;
  const { rows } = await statementsSql.execute(db);
  const typed = rows as { statement: StoredStatement; stored: Date; seq: number }[];
  const more = typed.length > limit;
  const kept = more ? typed.slice(0, limit) : typed;
  const last = kept[kept.length - 1];
  return {
    statements: kept.map((r) => r.statement),
    ...(more && last ? { cursor: `${last.stored.toISOString()}|${last.seq}` } : {}),
  };
}
