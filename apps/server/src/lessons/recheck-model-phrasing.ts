import type { SaveModelNote } from '@pathwise/contracts';
import { AppError, type FieldProblem } from '@pathwise/core/errors';
import {
  applyModelProse,
  checkCitedCodes,
  type Lesson,
  type LessonForm,
  type LessonSkill,
  MODEL_PROSE_REASONS,
  type ModelNote,
  proseSlots,
} from '@pathwise/core/lessons';

const field = (i: number, part: string) => `body/modelNotes/${i}/${part}`;

/** Problems of the notes' shape: one note per prose slot, an accepted one with its text, a kept one with its reason. */
function shapeProblems(slotIds: readonly string[], notes: readonly SaveModelNote[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  notes.forEach((n, i) => {
    if (!slotIds.includes(n.slot)) {
      problems.push({ field: field(i, 'slot'), message: `"${n.slot}" is not a prose slot of this lesson` });
    } else if (seen.has(n.slot)) {
      problems.push({ field: field(i, 'slot'), message: `"${n.slot}" has more than one note` });
    }
    seen.add(n.slot);
    if (n.outcome === 'accepted' && (n.text === null || n.reason !== null)) {
      problems.push({ field: field(i, 'text'), message: `"${n.slot}": an accepted note carries its text` });
    }
    if (n.outcome === 'kept' && (n.reason === null || n.text !== null)) {
      problems.push({
        field: field(i, 'reason'),
        message: `"${n.slot}": a kept note carries its reason only`,
      });
    }
  });
  const missing = slotIds.filter((id) => !seen.has(id));
  if (missing.length > 0) {
    problems.push({ field: 'body/modelNotes', message: `no note for ${missing.join(', ')}` });
  }
  return problems;
}

/**
 * The model phrasing a teacher saw and saves, applied again to the lesson composed again offline: every accepted
 * text goes through `checkModelProse` (and `checkCitedCodes`) again, so the client never sets a block's source
 * and no unchecked text is stored as the model's. A text that fails (forged, or the framework changed since) is a
 * 400 naming `body/modelNotes/<i>/text` and the slot; a kept note keeps the offline text with its reason. Answers
 * the lesson and one note per slot (the reasons' words are the server's).
 *
 * NOTE: the server keeps nothing between composing and saving, so it proves that a text passes every check a
 * model's text must pass, not that the model wrote it; a kept note's reason is the client's word (it changes nothing).
 */
export function recheckModelPhrasing(
  composed: { lesson: Lesson; form: LessonForm },
  framework: readonly LessonSkill[],
  notes: readonly SaveModelNote[],
): { lesson: Lesson; notes: ModelNote[] } {
  const { lesson, form } = composed;
  const locale = form.locale;
  const slotIds = proseSlots(lesson, locale).map((s) => s.id);
  const shape = shapeProblems(slotIds, notes);
  if (shape.length > 0)
    throw new AppError('validation_failed', 'The model notes do not fit this lesson', shape);
  const proposals = Object.fromEntries(
    notes.filter((n) => n.outcome === 'accepted').map((n) => [n.slot, n.text]),
  );
  const applied = applyModelProse(lesson, framework, locale, proposals);
  const outcomes = new Map(applied.notes.map((n) => [n.slot, n]));
  const result: ModelNote[] = [];
  const refused: FieldProblem[] = [];
  notes.forEach((n, i) => {
    const again = outcomes.get(n.slot);
    if (n.outcome === 'kept' || !again) {
      const reason = n.reason ?? 'missing';
      result.push({
        slot: n.slot,
        locale,
        outcome: 'kept',
        reason,
        message: MODEL_PROSE_REASONS[reason],
        text: null,
      });
    } else if (again.outcome === 'accepted') {
      result.push(again);
    } else {
      const why = MODEL_PROSE_REASONS[again.reason ?? 'malformed'].en;
      refused.push({ field: field(i, 'text'), message: `"${n.slot}" fails the checks again: ${why}` });
    }
  });
  if (refused.length > 0) {
    throw new AppError(
      'validation_failed',
      `Model text that does not pass the checks: ${refused.map((p) => p.message).join('; ')}`,
      refused,
    );
  }
  checkCitedCodes(applied.lesson, framework);
  return { lesson: applied.lesson, notes: result };
}
