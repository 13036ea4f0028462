import type { Localized, TimelineEvent, TimelineEventKind } from '@pathwise/contracts';
import { installationIris, PATHWISE_EXTENSIONS, PATHWISE_VERBS } from '@pathwise/xapi';

/** A stored statement read for the timeline: its ids, with the item and skills it names, not yet named. */
export interface ReadStatement {
  event: Omit<TimelineEvent, 'skills' | 'item' | 'help'>;
  skillIds: string[];
  /** The skill's name as the statement itself gives it (mastery events), a fallback for a skill now gone. */
  skillLabel: string | null;
  itemId: string | null;
}

interface StoredStatement {
  id?: unknown;
  timestamp?: unknown;
  stored?: unknown;
  verb?: { id?: unknown; display?: Record<string, unknown> };
  object?: { id?: unknown; definition?: { name?: Record<string, unknown> } };
  result?: { success?: unknown; response?: unknown; extensions?: Record<string, unknown> };
  context?: { contextActivities?: { other?: { id?: unknown }[]; parent?: { id?: unknown }[] } };
}

const KIND_OF_VERB = new Map<string, TimelineEventKind>([
  [PATHWISE_VERBS.answered.id, 'answer'],
  [PATHWISE_VERBS.requestedHint.id, 'hint'],
  [PATHWISE_VERBS.askedTutor.id, 'tutor-question'],
  [PATHWISE_VERBS.receivedTutorReply.id, 'tutor-reply'],
  [PATHWISE_VERBS.masteryChanged.id, 'mastery'],
  [PATHWISE_VERBS.earned.id, 'credential'],
]);

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The ids an activity IRI of this installation holds under `prefix` (decoded), or null. */
function idUnder(iri: string, prefix: string): string | null {
  if (!iri.startsWith(prefix)) return null;
  // NOTE: ids are percent-encoded in IRIs, so a literal '/' only starts the step part of an item step.
  const [id = ''] = iri.slice(prefix.length).split('/');
  try {
    return decodeURIComponent(id) || null;
  } catch {
    return null;
  }
}

/**
 * Reads one stored statement for the timeline. A stored statement is valid xAPI but may come from any client:
 * each field is read defensively, and an event Pathwise does not know is kind `other`.
 */
export function readStatement(raw: object, publicUrl: string): ReadStatement {
  const s = raw as StoredStatement;
  const iris = installationIris(publicUrl);
  const kind = KIND_OF_VERB.get(str(s.verb?.id)) ?? 'other';
  const display = Object.fromEntries(
    Object.entries(s.verb?.display ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  const activities = [
    s.object?.id,
    ...(s.context?.contextActivities?.parent ?? []).map((a) => a.id),
    ...(s.context?.contextActivities?.other ?? []).map((a) => a.id),
  ].map(str);
  const skillIds = activities.flatMap((iri) => idUnder(iri, iris.skill('')) ?? []);
  const itemId = activities.map((iri) => idUnder(iri, iris.item(''))).find((id) => id !== null) ?? null;
  const ext = s.result?.extensions ?? {};
  const label = Object.values(s.object?.definition?.name ?? {}).find((v) => typeof v === 'string');
  const mastered = ext[PATHWISE_EXTENSIONS.mastered];
  return {
    event: {
      id: str(s.id),
      timestamp: str(s.timestamp) || str(s.stored),
      kind,
      verbId: str(s.verb?.id),
      verb: display,
      success: typeof s.result?.success === 'boolean' ? s.result.success : null,
      response: kind === 'answer' && typeof s.result?.response === 'string' ? s.result.response : null,
      hintLevel: kind === 'hint' ? num(ext[PATHWISE_EXTENSIONS.hintLevel]) : null,
      mastery:
        kind === 'mastery'
          ? {
              before: num(ext[PATHWISE_EXTENSIONS.masteryBefore]),
              after: num(ext[PATHWISE_EXTENSIONS.masteryAfter]),
              mastered: mastered === true,
              reached: false,
            }
          : null,
      achievement: kind === 'credential' ? (label ?? null) : null,
    },
    skillIds: [...new Set(skillIds)],
    skillLabel: kind === 'mastery' ? (label ?? null) : null,
    itemId,
  };
}

/**
 * Help on each answer's problem since the learner's previous answer to it: the highest hint rung reached and the
 * questions asked to the tutor. `read` is newest first, as stored; keyed by statement id; only the events given
 * (the timeline's window) count.
 */
export function helpBeforeAnswers(
  read: readonly ReadStatement[],
): Map<string, { hints: number; tutorQuestions: number }> {
  const help = new Map<string, { hints: number; tutorQuestions: number }>();
  const open = new Map<string, { hints: number; tutorQuestions: number }>();
  for (const { event, itemId } of [...read].reverse()) {
    if (itemId === null) continue;
    const current = open.get(itemId) ?? { hints: 0, tutorQuestions: 0 };
    if (event.kind === 'hint') current.hints = Math.max(current.hints, event.hintLevel ?? 1);
    if (event.kind === 'tutor-question') current.tutorQuestions += 1;
    open.set(itemId, current);
    if (event.kind === 'answer') {
      help.set(event.id, current);
      open.delete(itemId);
    }
  }
  return help;
}

/** The keys (`skillId|ISO time`) of the history rows at which a skill became mastered. */
export function masteryReachedKeys(
  history: readonly { skillId: string; at: Date; mastered: boolean }[],
): Set<string> {
  const was = new Map<string, boolean>();
  const reached = new Set<string>();
  for (const row of history) {
    if (row.mastered && !was.get(row.skillId)) reached.add(`${row.skillId}|${row.at.toISOString()}`);
    was.set(row.skillId, row.mastered);
  }
  return reached;
}

/**
 * A readable name for a skill the framework no longer has: the statement's own label, else the code's last
 * part in words (`alg.systems-elimination` → "Systems elimination"), the same in both languages.
 */
export function fallbackSkillName(skillId: string, label: string | null): Localized {
  const words = (skillId.split(/[.:/]/).pop() ?? skillId).replace(/[-_]+/g, ' ').trim();
  const name = label?.trim() || (words ? words[0]!.toUpperCase() + words.slice(1) : skillId);
  return { en: name, es: name };
}
