import { fail, ok, type Problem, type Result } from './model/result.ts';
import type { Actor, StatementFormat, XapiVersion } from './model/statement-types.ts';
import { collect, ParamReader, type QueryParams } from './validation/query-params.ts';

/** GET /statements with `statementId` or `voidedStatementId`: one statement. */
export interface SingleStatementQuery {
  readonly kind: 'single';
  readonly statementId: string;
  /** True when asked through `voidedStatementId` (the statement must be voided to be returned). */
  readonly voided: boolean;
  readonly format: StatementFormat;
  readonly attachments: boolean;
}

/** GET /statements with filters: a StatementResult page. */
export interface StatementListQuery {
  readonly kind: 'list';
  readonly agent?: Actor;
  readonly verb?: string;
  readonly activity?: string;
  readonly registration?: string;
  readonly relatedActivities: boolean;
  readonly relatedAgents: boolean;
  /** Exclusive lower bound on `stored`, as received and as epoch milliseconds. */
  readonly since?: { readonly timestamp: string; readonly epochMs: number };
  /** Inclusive upper bound on `stored`. */
  readonly until?: { readonly timestamp: string; readonly epochMs: number };
  /** 0 means "the server's maximum". */
  readonly limit: number;
  readonly format: StatementFormat;
  readonly attachments: boolean;
  readonly ascending: boolean;
}

export type StatementQuery = SingleStatementQuery | StatementListQuery;

/** Options of query parsing. */
export interface QueryOptions {
  readonly version: XapiVersion;
  /** Extra parameter names the LRS accepts (for example its own paging cursor). */
  readonly extraParameters?: readonly string[];
}

const FILTERS = [
  'agent',
  'verb',
  'activity',
  'registration',
  'related_activities',
  'related_agents',
  'since',
  'until',
  'limit',
  'ascending',
];
const PARAMETERS = ['statementId', 'voidedStatementId', 'format', 'attachments', ...FILTERS];

/**
 * Parses and validates the query parameters of GET /statements (Communication 2.1.3) into a typed query, or
 * returns every problem: unknown or wrongly-cased parameters, repeated parameters, malformed values (agent
 * JSON that is not an Agent or identified Group, IRIs, UUIDs, timestamps, booleans, limit), and the mutual
 * exclusions of `statementId`/`voidedStatementId` with each other and with any filter.
 * @example parseStatementQuery(new URLSearchParams('verb=http://adlnet.gov/expapi/verbs/passed&limit=10'), { version: '2.0.0' })
 */
export function parseStatementQuery(params: QueryParams, options: QueryOptions): Result<StatementQuery> {
  const problems: Problem[] = [];
  const values = collect(params, [...PARAMETERS, ...(options.extraParameters ?? [])], problems);
  const p = new ParamReader(values, problems, options.version);
  const format = p.format();
  const attachments = p.boolean('attachments');
  const statementId = p.uuid('statementId');
  const voidedStatementId = p.uuid('voidedStatementId');
  if (values.has('statementId') || values.has('voidedStatementId')) {
    if (values.has('statementId') && values.has('voidedStatementId')) {
      problems.push({ path: 'voidedStatementId', message: 'cannot be used together with statementId' });
    }
    for (const name of FILTERS.filter((f) => values.has(f))) {
      problems.push({ path: name, message: 'cannot be used with statementId or voidedStatementId' });
    }
    const id = statementId ?? voidedStatementId;
    if (problems.length > 0 || id === undefined) return fail(problems);
    return ok({ kind: 'single', statementId: id, voided: statementId === undefined, format, attachments });
  }
  const query: StatementListQuery = {
    kind: 'list',
    ...optional('agent', p.agent()),
    ...optional('verb', p.iri('verb')),
    ...optional('activity', p.iri('activity')),
    ...optional('registration', p.uuid('registration')),
    relatedActivities: p.boolean('related_activities'),
    relatedAgents: p.boolean('related_agents'),
    ...optional('since', p.timestamp('since')),
    ...optional('until', p.timestamp('until')),
    limit: p.limit(),
    format,
    attachments,
    ascending: p.boolean('ascending'),
  };
  return problems.length === 0 ? ok(query) : fail(problems);
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
