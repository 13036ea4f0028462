import type { Locale, Localized } from '../language/localized.ts';
import { studentText } from './build-versions.ts';
import type { Lesson, LessonSkill } from './lesson.ts';
import { editBlock } from './lesson-blocks.ts';
import {
  checkModelProse,
  MODEL_PROSE_REASONS,
  type ModelProseReason,
  type ProseContext,
} from './model-prose.ts';

/**
 * A prose slot a model may rephrase: each day's goal, each phase's teacher moves, each version's directions. `id`
 * is `<blockId>/<field>` with the block and field names of the edit route (`day-1/goal`,
 * `day-1/phases/warm-up/teacherMoves`, `version-below/directions`).
 */
export interface ProseSlot {
  readonly id: string;
  readonly blockId: string;
  readonly field: string;
  /** The offline text in the lesson's language. */
  readonly text: string;
}

/** What became of one slot: the model's text used, or the offline text kept and why. */
export interface ModelNote {
  readonly slot: string;
  readonly locale: Locale;
  readonly outcome: 'accepted' | 'kept';
  readonly reason: ModelProseReason | null;
  readonly message: Localized | null;
  /** The model's text as used (accepted); null when the offline text is kept. */
  readonly text: string | null;
}

/** The prose slots of a lesson in one language; nothing else (codes, items, keys, minutes) is ever the model's. */
export function proseSlots(lesson: Lesson, locale: Locale): ProseSlot[] {
  const slot = (blockId: string, field: string, text: string): ProseSlot => ({
    id: `${blockId}/${field}`,
    blockId,
    field,
    text,
  });
  return [
    ...lesson.days.flatMap((d) => [
      slot(`day-${d.day}`, 'goal', d.goal[locale]),
      ...d.phases.map((p) => slot(`day-${d.day}`, `phases/${p.id}/teacherMoves`, p.teacherMoves[locale])),
    ]),
    ...lesson.versions.map((v) => slot(`version-${v.level}`, 'directions', v.directions[locale])),
  ];
}

function contextFor(
  lesson: Lesson,
  slot: ProseSlot,
  locale: Locale,
  framework: readonly LessonSkill[],
): ProseContext {
  const version = lesson.versions.find((v) => `version-${v.level}` === slot.blockId);
  if (!version) return { locale, framework };
  const measuredText = (text: string) =>
    studentText({ ...version.directions, [locale]: text }, version.scaffolds, locale);
  return { locale, framework, level: { measuredText } };
}

/** The lesson with the block (and phase) of an accepted slot marked as the model's. */
function markModel(lesson: Lesson, slot: ProseSlot): Lesson {
  const phaseId = /^phases\/(.+)\/teacherMoves$/.exec(slot.field)?.[1];
  return {
    ...lesson,
    days: lesson.days.map((d) =>
      `day-${d.day}` !== slot.blockId
        ? d
        : {
            ...d,
            source: 'model',
            phases: d.phases.map((p) => (p.id === phaseId ? { ...p, source: 'model' } : p)),
          },
    ),
    versions: lesson.versions.map((v) =>
      `version-${v.level}` === slot.blockId ? { ...v, source: 'model' } : v,
    ),
  };
}

const kept = (slot: string, locale: Locale, reason: ModelProseReason): ModelNote => ({
  slot,
  locale,
  outcome: 'kept',
  reason,
  message: MODEL_PROSE_REASONS[reason],
  text: null,
});

/**
 * Applies a model's proposals (slot id → text) to a lesson's prose slots in one language: each goes through
 * `checkModelProse` against the offline text; an accepted text replaces it (its block's `source` becomes
 * `model`, a version's reading level is measured again), any other keeps the offline text. Given a reason instead
 * of proposals (`unavailable`, `malformed`), every slot keeps its offline text with that reason. Answers the
 * lesson and one note per slot.
 */
export function applyModelProse(
  lesson: Lesson,
  framework: readonly LessonSkill[],
  locale: Locale,
  proposals: Readonly<Record<string, unknown>> | ModelProseReason,
): { lesson: Lesson; notes: ModelNote[] } {
  const slots = proseSlots(lesson, locale);
  if (typeof proposals === 'string')
    return { lesson, notes: slots.map((s) => kept(s.id, locale, proposals)) };
  let result = lesson;
  const notes: ModelNote[] = [];
  for (const slot of slots) {
    if (!Object.hasOwn(proposals, slot.id)) {
      notes.push(kept(slot.id, locale, 'missing'));
      continue;
    }
    const check = checkModelProse(slot.text, proposals[slot.id], contextFor(lesson, slot, locale, framework));
    if (!check.ok) {
      notes.push(kept(slot.id, locale, check.reason));
      continue;
    }
    result = markModel(
      editBlock(result, slot.blockId, { field: slot.field, locale, text: check.text }),
      slot,
    );
    notes.push({ slot: slot.id, locale, outcome: 'accepted', reason: null, message: null, text: check.text });
  }
  return { lesson: result, notes };
}
