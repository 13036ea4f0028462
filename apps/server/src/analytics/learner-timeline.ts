import type { Timeline, TimelineEvent } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import { type Database, findClassRole, learnerTimeline, listInterventions } from '@pathwise/db';
import { agentKey, installationIris } from '@pathwise/xapi';
import type { Kysely } from 'kysely';
import { type LearningCatalog, loadCatalog, skillName } from '../learning/learning-catalog.ts';

/** One learner's timeline in a class: recent events, mastery history with skill names, daily activity, interventions. */
export async function getLearnerTimeline(
  db: Kysely<Database>,
  input: { orgId: string; classId: string; userId: string; publicUrl: string },
): Promise<Timeline> {
  const { orgId, classId, userId } = input;
  if (!/^[0-9a-f-]{36}$/i.test(userId) || (await findClassRole(db, orgId, classId, userId)) !== 'learner') {
    throw new AppError('not_found', 'No such learner in this class');
  }
  const iris = installationIris(input.publicUrl);
  const key = agentKey({ objectType: 'Agent', account: { homePage: iris.accountHomePage, name: userId } })!;
  const [t, interventions, catalog] = await Promise.all([
    learnerTimeline(db, { orgId, agentKey: key, userId, limit: 100 }),
    listInterventions(db, { orgId, classId, learnerId: userId }),
    loadCatalog(db, orgId),
  ]);
  const skillPrefix = iris.skill('');
  return {
    statements: t.statements.map((s) => timelineEvent(s, skillPrefix, catalog)),
    mastery: t.mastery.map((m) => ({
      ...m,
      skillName: skillName(catalog, m.skillId),
      at: m.at.toISOString(),
    })),
    days: t.days,
    interventions: interventions.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() })),
  };
}

interface StoredStatement {
  id?: unknown;
  timestamp?: unknown;
  stored?: unknown;
  verb?: { id?: unknown; display?: Record<string, unknown> };
  object?: { id?: unknown };
  result?: { success?: unknown };
  context?: { contextActivities?: { other?: { id?: unknown }[] } };
}

// A stored statement is valid xAPI but may come from any client: read each field defensively.
function timelineEvent(
  raw: Record<string, unknown>,
  skillPrefix: string,
  catalog: LearningCatalog,
): TimelineEvent {
  const s = raw as StoredStatement;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const display = Object.fromEntries(
    Object.entries(s.verb?.display ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  const activityIds = [s.object?.id, ...(s.context?.contextActivities?.other ?? []).map((a) => a.id)];
  const skillIds = activityIds
    .map(str)
    .filter((id) => id.startsWith(skillPrefix))
    .map((id) => decodeURIComponent(id.slice(skillPrefix.length)));
  return {
    id: str(s.id),
    timestamp: str(s.timestamp) || str(s.stored),
    verbId: str(s.verb?.id),
    verb: display,
    success: typeof s.result?.success === 'boolean' ? s.result.success : null,
    skills: [...new Set(skillIds)].map((id) => ({ id, name: skillName(catalog, id) })),
  };
}
