import { type Db, findActivityDefinition } from '@pathwise/db';
import { type Agent, parseDocumentQuery, XAPI_VERSIONS } from '@pathwise/xapi';
import type { LrsRequest, LrsResponse } from './lrs-request.ts';
import { badRequest } from './xapi-error.ts';

/** GET /activities?activityId=…: the Activity with the latest definition stored for it. */
export async function getActivity(db: Db, request: LrsRequest): Promise<LrsResponse> {
  const parsed = parseDocumentQuery('activities', 'GET', request.params, { version: request.version });
  if (!parsed.ok) throw badRequest(parsed.problems);
  const id = parsed.value.activityId ?? '';
  const definition = await findActivityDefinition(db.kysely, request.client.orgId, id);
  return { status: 200, body: { objectType: 'Activity', id, ...(definition ? { definition } : {}) } };
}

/** GET /agents?agent=…: the Person object of an Agent (every identifier and name the LRS knows for it). */
export async function getPerson(request: LrsRequest): Promise<LrsResponse> {
  const parsed = parseDocumentQuery('agents', 'GET', request.params, { version: request.version });
  if (!parsed.ok) throw badRequest(parsed.problems);
  const agent = parsed.value.agent as Agent;
  const person: Record<string, unknown> = { objectType: 'Person' };
  if (agent.name !== undefined) person.name = [agent.name];
  if (agent.mbox !== undefined) person.mbox = [agent.mbox];
  if (agent.mbox_sha1sum !== undefined) person.mbox_sha1sum = [agent.mbox_sha1sum];
  if (agent.openid !== undefined) person.openid = [agent.openid];
  if (agent.account !== undefined) person.account = [agent.account];
  return { status: 200, body: person };
}

/** GET /about: the versions this LRS speaks. */
export function getAbout(): LrsResponse {
  return { status: 200, body: { version: [...XAPI_VERSIONS], extensions: {} } };
}
