import type { Localized, Timeline, TimelineItem } from '@pathwise/contracts';
import { findItem } from '@pathwise/core/content';
import { AppError } from '@pathwise/core/errors';
import { asSkillId } from '@pathwise/core/skills-graph';
import {
  type Database,
  findClassRole,
  learnerTimeline,
  listInterventions,
  type TimelineItemRow,
  timelineItems,
} from '@pathwise/db';
import { agentKey, installationIris } from '@pathwise/xapi';
import type { Kysely } from 'kysely';
import { type LearningCatalog, loadCatalog, skillName } from '../learning/learning-catalog.ts';
import {
  fallbackSkillName,
  helpBeforeAnswers,
  masteryReachedKeys,
  type ReadStatement,
  readStatement,
} from './timeline-events.ts';

/**
 * One learner's timeline in a class: recent events with every skill and problem named (en and es), mastery
 * history with skill names, daily activity, interventions. The problems of all events are looked up at once.
 */
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
  const read = t.statements.map((s) => readStatement(s, input.publicUrl));
  const found = await timelineItems(db, {
    orgId,
    userId,
    itemIds: [...new Set(read.flatMap((r) => r.itemId ?? []))],
    statementIds: read.filter((r) => r.event.kind === 'answer').map((r) => r.event.id),
  });
  const stems = new Map(found.items.map((row) => [row.itemId, stemOf(row)]));
  const help = helpBeforeAnswers(read);
  const reached = masteryReachedKeys(t.mastery);
  return {
    statements: read.map((r) => {
      const mode = found.modes.get(r.event.id);
      const item: TimelineItem | null =
        r.itemId === null
          ? null
          : {
              id: r.itemId,
              stem: stems.get(r.itemId) ?? null,
              mode: mode === 'placement' || mode === 'practice' || mode === 'review' ? mode : null,
            };
      return {
        ...r.event,
        mastery: r.event.mastery && {
          ...r.event.mastery,
          reached: reached.has(`${r.skillIds[0]}|${isoOrEmpty(r.event.timestamp)}`),
        },
        skills: r.skillIds.map((id) => ({ id, name: nameOfSkill(catalog, id, r) })),
        item,
        help: r.event.kind === 'answer' ? (help.get(r.event.id) ?? { hints: 0, tutorQuestions: 0 }) : null,
      };
    }),
    mastery: t.mastery.map((m) => ({
      ...m,
      skillName: nameOfSkill(catalog, m.skillId, null),
      at: m.at.toISOString(),
    })),
    days: t.days,
    interventions: interventions.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() })),
  };
}

/** The framework's name of a skill; for one it no longer has, a readable name rather than its code. */
function nameOfSkill(catalog: LearningCatalog, skillId: string, read: ReadStatement | null): Localized {
  return catalog.graph.skills.has(asSkillId(skillId))
    ? skillName(catalog, skillId)
    : fallbackSkillName(skillId, read?.skillLabel ?? null);
}

function isLocalized(value: unknown): value is Localized {
  const v = value as { en?: unknown; es?: unknown } | null;
  return typeof v?.en === 'string' && typeof v?.es === 'string';
}

/** A problem's text: the bank's item (stored, or regenerated from its family), else the item as served. */
function stemOf(row: TimelineItemRow): Localized | null {
  if (isLocalized(row.stem)) return row.stem;
  if (row.familyId && row.seed !== null && row.difficulty !== null) {
    const regenerated = findItem(`${row.familyId}/${row.seed}/${row.difficulty}`);
    if (regenerated) return regenerated.stem;
  }
  const generated = findItem(row.itemId);
  if (generated) return generated.stem;
  return isLocalized(row.servedStem) ? row.servedStem : null;
}

function isoOrEmpty(timestamp: string): string {
  const time = Date.parse(timestamp);
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}
