import { isIrl } from '../formats/iri.ts';
import { isMailtoIri, isSha1Hex } from '../formats/mailto.ts';
import { childPath } from '../model/result.ts';
import type { Checker } from './checker.ts';

const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;
const AGENT_KEYS = ['objectType', 'name', ...IFIS];
const GROUP_KEYS = ['objectType', 'name', 'member', ...IFIS];

/** Where an Agent or Group appears decides what is allowed there. */
export type ActorRole =
  | 'actor' // Agent or Group, objectType optional for an Agent
  | 'object' // Agent or Group, objectType required
  | 'agent' // an Agent only (group members, contextAgents)
  | 'group' // a Group only (team, contextGroups)
  | 'identified' // Agent or identified Group (the `agent` query parameter)
  | 'authority'; // Agent, or an anonymous Group of exactly two Agents

/** Validates an Agent or Group appearing in `role`, reporting every problem under `path`. */
export function checkActor(c: Checker, value: unknown, path: string, role: ActorRole): void {
  const objectType = (value as { objectType?: unknown } | null)?.objectType;
  if (objectType === 'Group') {
    checkGroup(c, value, path, role);
    return;
  }
  if (objectType === undefined && role === 'object') c.report(childPath(path, 'objectType'), 'is required');
  if (role === 'group') {
    c.report(childPath(path, 'objectType'), 'must be "Group"');
    return;
  }
  if (objectType !== undefined && objectType !== 'Agent') {
    const allowed = role === 'agent' ? '"Agent"' : '"Agent" or "Group"';
    c.report(childPath(path, 'objectType'), `must be ${allowed}`);
  }
  const agent = c.object(value, path, AGENT_KEYS);
  if (!agent) return;
  checkCommon(c, agent, path);
  const count = checkIfis(c, agent, path);
  if (count !== 1)
    c.report(path, 'an Agent must use exactly one of "mbox", "mbox_sha1sum", "openid", "account"');
}

function checkGroup(c: Checker, value: unknown, path: string, role: ActorRole): void {
  if (role === 'agent') c.report(childPath(path, 'objectType'), 'must be "Agent"');
  const group = c.object(value, path, GROUP_KEYS);
  if (!group) return;
  checkCommon(c, group, path);
  const count = checkIfis(c, group, path);
  if (count > 1)
    c.report(path, 'a Group must use at most one of "mbox", "mbox_sha1sum", "openid", "account"');
  const members =
    'member' in group
      ? c.array(group.member, childPath(path, 'member'), (m, at) => checkActor(c, m, at, 'agent'))
      : undefined;
  if (count === 0) {
    if (role === 'identified') c.report(path, 'must be an Agent or an identified Group');
    if (members === undefined && !('member' in group))
      c.report(childPath(path, 'member'), 'is required for an anonymous Group');
    else if (members?.length === 0)
      c.report(childPath(path, 'member'), 'must list the Agents of an anonymous Group');
  }
  if (role === 'authority') {
    if (count > 0) c.report(path, 'an authority Group must be an anonymous Group (OAuth consumer and user)');
    if (members !== undefined && members.length !== 2)
      c.report(childPath(path, 'member'), 'an authority Group must have exactly two Agents');
  }
}

function checkCommon(c: Checker, record: Record<string, unknown>, path: string): void {
  c.optional(record, 'name', path, (v, at) => c.string(v, at));
}

function checkIfis(c: Checker, record: Record<string, unknown>, path: string): number {
  c.optional(record, 'mbox', path, (v, at) =>
    c.formatted(v, at, isMailtoIri, 'a "mailto:" IRI with an email address'),
  );
  c.optional(record, 'mbox_sha1sum', path, (v, at) => c.formatted(v, at, isSha1Hex, 'a hex SHA-1 digest'));
  c.optional(record, 'openid', path, (v, at) => c.iri(v, at));
  c.optional(record, 'account', path, (v, at) => checkAccount(c, v, at));
  return IFIS.filter((key) => key in record).length;
}

function checkAccount(c: Checker, value: unknown, path: string): void {
  const account = c.object(value, path, ['homePage', 'name']);
  if (!account) return;
  if (c.required(account, 'homePage', path))
    c.formatted(account.homePage, childPath(path, 'homePage'), isIrl, 'an IRL');
  if (c.required(account, 'name', path)) c.string(account.name, childPath(path, 'name'));
}
