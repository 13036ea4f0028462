import type { Activity, Actor, Context, Statement, StatementObject } from './model/statement-types.ts';
import { voidedStatementId } from './voiding.ts';

/**
 * The values GET /statements filters on, derived once when a statement is stored so the repository can keep
 * them in indexed columns: `agent` matches {@link StatementIndex.agents}, `related_agents=true` matches
 * `relatedAgents`, `activity` matches `activities`, `related_activities=true` matches `relatedActivities`.
 */
export interface StatementIndex {
  readonly verbId: string;
  /** Lower-cased registration UUID. */
  readonly registration?: string;
  /** IFI keys ({@link agentKey}) of the actor and of an Agent/Group object, with the members of those Groups. */
  readonly agents: string[];
  /** As `agents`, plus authority, instructor, team, contextAgents, contextGroups, and all of these in a SubStatement. */
  readonly relatedAgents: string[];
  /** The id of the object when it is an Activity. */
  readonly activities: string[];
  /** As `activities`, plus every context activity, and the same in a SubStatement. */
  readonly relatedActivities: string[];
  /** The target of a StatementRef object: filters also match statements that target matching statements. */
  readonly statementRefTarget?: string;
  /** The statement this one voids, when it is a voiding statement. */
  readonly voids?: string;
}

/**
 * A string that identifies an Agent or identified Group by its inverse functional identifier, equal for equal
 * IFIs (the domain of an mbox and a sha1 digest compared without case); null for an anonymous Group.
 * @example agentKey({ mbox: 'mailto:Ada@Example.com' }) // 'mbox:mailto:Ada@example.com'
 */
export function agentKey(actor: Actor): string | null {
  if (actor.mbox)
    return `mbox:${actor.mbox.replace(/@([^@]*)$/, (_, domain: string) => `@${domain.toLowerCase()}`)}`;
  if (actor.mbox_sha1sum) return `mbox_sha1sum:${actor.mbox_sha1sum.toLowerCase()}`;
  if (actor.openid) return `openid:${actor.openid}`;
  if (actor.account) return `account:${JSON.stringify([actor.account.homePage, actor.account.name])}`;
  return null;
}

/** Derives the {@link StatementIndex} of a (validated) statement. */
export function indexStatement(statement: Statement): StatementIndex {
  const agents = new Set<string>();
  const related = new Set<string>();
  const activities = new Set<string>();
  const relatedActivities = new Set<string>();
  addActor(statement.actor, agents);
  addObjectActor(statement.object, agents);
  collectRelated(statement, related, relatedActivities);
  if (statement.authority) addActor(statement.authority, related);
  const objectActivity = activityId(statement.object);
  if (objectActivity) activities.add(objectActivity);
  const target =
    statement.object.objectType === 'StatementRef' ? statement.object.id.toLowerCase() : undefined;
  const voids = voidedStatementId(statement)?.toLowerCase();
  return {
    verbId: statement.verb.id,
    ...(statement.context?.registration
      ? { registration: statement.context.registration.toLowerCase() }
      : {}),
    agents: [...agents],
    relatedAgents: [...new Set([...agents, ...related])],
    activities: [...activities],
    relatedActivities: [...relatedActivities],
    ...(target ? { statementRefTarget: target } : {}),
    ...(voids ? { voids } : {}),
  };
}

function collectRelated(
  statement: Pick<Statement, 'actor' | 'object' | 'context'>,
  agents: Set<string>,
  activities: Set<string>,
): void {
  addActor(statement.actor, agents);
  addObjectActor(statement.object, agents);
  const objectActivity = activityId(statement.object);
  if (objectActivity) activities.add(objectActivity);
  addContext(statement.context, agents, activities);
  if (statement.object.objectType === 'SubStatement') collectRelated(statement.object, agents, activities);
}

function addContext(context: Context | undefined, agents: Set<string>, activities: Set<string>): void {
  if (!context) return;
  if (context.instructor) addActor(context.instructor, agents);
  if (context.team) addActor(context.team, agents);
  for (const entry of context.contextAgents ?? []) addActor(entry.agent, agents);
  for (const entry of context.contextGroups ?? []) addActor(entry.group, agents);
  for (const list of Object.values(context.contextActivities ?? {}) as (Activity | Activity[])[]) {
    for (const activity of Array.isArray(list) ? list : [list]) activities.add(activity.id);
  }
}

function addObjectActor(object: StatementObject, keys: Set<string>): void {
  if (object.objectType === 'Agent' || object.objectType === 'Group') addActor(object, keys);
}

function addActor(actor: Actor, keys: Set<string>): void {
  const key = agentKey(actor);
  if (key) keys.add(key);
  if (actor.objectType === 'Group') for (const member of actor.member ?? []) addActor(member, keys);
}

function activityId(object: StatementObject): string | undefined {
  return object.objectType === undefined || object.objectType === 'Activity'
    ? (object as Activity).id
    : undefined;
}
