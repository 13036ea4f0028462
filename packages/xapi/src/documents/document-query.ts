import { fail, ok, type Result } from '../model/result.ts';
import type { Agent, XapiVersion } from '../model/statement-types.ts';
import { collect, ParamReader, type QueryParams } from '../validation/query-params.ts';

/** The resources of the xAPI API other than statements. */
export type XapiResource =
  | 'activities/state'
  | 'activities/profile'
  | 'agents/profile'
  | 'activities'
  | 'agents'
  | 'about';

/** The HTTP methods the resources accept. */
export type DocumentMethod = 'GET' | 'PUT' | 'POST' | 'DELETE';

/**
 * Which document(s) a request addresses. `documentId` is the stateId or profileId; when it is absent the
 * request is about every document in the scope (GET lists ids, DELETE on state deletes all).
 */
export interface DocumentQuery {
  readonly resource: XapiResource;
  readonly activityId?: string;
  readonly agent?: Agent;
  readonly registration?: string;
  readonly documentId?: string;
  /** Only for listing ids: exclusive lower bound on the documents' update time. */
  readonly since?: { readonly timestamp: string; readonly epochMs: number };
}

interface Rule {
  readonly scope: readonly ('activityId' | 'agent' | 'registration')[];
  readonly idName?: 'stateId' | 'profileId';
  /** Methods that need the document id; the others may address the whole scope. */
  readonly idRequiredFor: readonly DocumentMethod[];
  readonly methods: readonly DocumentMethod[];
}

const RULES: Record<XapiResource, Rule> = {
  'activities/state': {
    scope: ['activityId', 'agent', 'registration'],
    idName: 'stateId',
    idRequiredFor: ['PUT', 'POST'],
    methods: ['GET', 'PUT', 'POST', 'DELETE'],
  },
  'activities/profile': {
    scope: ['activityId'],
    idName: 'profileId',
    idRequiredFor: ['PUT', 'POST', 'DELETE'],
    methods: ['GET', 'PUT', 'POST', 'DELETE'],
  },
  'agents/profile': {
    scope: ['agent'],
    idName: 'profileId',
    idRequiredFor: ['PUT', 'POST', 'DELETE'],
    methods: ['GET', 'PUT', 'POST', 'DELETE'],
  },
  activities: { scope: ['activityId'], idRequiredFor: [], methods: ['GET'] },
  agents: { scope: ['agent'], idRequiredFor: [], methods: ['GET'] },
  about: { scope: [], idRequiredFor: [], methods: ['GET'] },
};

/**
 * Parses and validates the query parameters of the State, Activity Profile, Agent Profile, Activities,
 * Agents and About resources (Communication 2.3–2.8): required parameters per method, `agent` as an Agent
 * object in JSON, `activityId` as an IRI, `registration` as a UUID, `since` only when listing ids, and no
 * unknown or repeated parameters. Returns every problem or the typed query.
 * @example parseDocumentQuery('activities/state', 'PUT', new URLSearchParams(search), { version: '2.0.0' })
 */
export function parseDocumentQuery(
  resource: XapiResource,
  method: DocumentMethod,
  params: QueryParams,
  options: { readonly version: XapiVersion },
): Result<DocumentQuery> {
  const rule = RULES[resource];
  const listing = rule.idName !== undefined && !hasParam(params, rule.idName);
  const known = [
    ...rule.scope,
    ...(rule.idName ? [rule.idName] : []),
    ...(listing && method === 'GET' ? ['since'] : []),
  ];
  const problems = rule.methods.includes(method)
    ? []
    : [{ path: 'method', message: `${method} is not allowed on ${resource}` }];
  const values = collect(params, known, problems);
  const p = new ParamReader(values, problems, options.version);
  for (const name of rule.scope.filter((n) => n !== 'registration')) p.require(name);
  if (rule.idName && rule.idRequiredFor.includes(method)) p.require(rule.idName);
  const query: DocumentQuery = {
    resource,
    ...optional('activityId', p.iri('activityId')),
    ...optional('agent', p.agent('agent') as Agent | undefined),
    ...optional('registration', p.uuid('registration')),
    ...optional('documentId', rule.idName ? p.string(rule.idName) : undefined),
    ...optional('since', p.timestamp('since')),
  };
  return problems.length === 0 ? ok(query) : fail(problems);
}

function hasParam(params: QueryParams, name: string): boolean {
  return params instanceof URLSearchParams ? params.has(name) : params[name] !== undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
