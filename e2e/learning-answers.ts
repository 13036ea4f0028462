import { type AnswerSpec, canonicalAnswer, findItem, type Item, type Step } from '@pathwise/core/content';
import { DEMO_TEACHER_ITEM, demoTeacherItemContent } from '../apps/server/src/demo/demo-teacher-item.ts';

/**
 * Test-only: a served item of the demo school with its answers. A generated item is regenerated from its
 * public id (`family/seed/difficulty`) with the content package, the way the server's own tests do; the demo
 * teacher's item (published, so practice serves it on its skill in turn with the generated families) is read
 * from the demo's own definition. Never served by the app; no API gives answers away.
 */
export function servedItem(itemId: string): Item {
  const generated = findItem(itemId);
  if (generated) return generated;
  if (itemId === DEMO_TEACHER_ITEM.id) {
    const { skillId, difficulty } = DEMO_TEACHER_ITEM.input;
    const { stem, steps } = demoTeacherItemContent();
    return { id: itemId, familyId: 'authored', skillId, seed: 0, difficulty, stem, steps };
  }
  throw new Error(`neither a generated item nor the demo teacher's: ${itemId}`);
}

/** Test-only: the steps of a served item of the demo school, with their answers (see {@link servedItem}). */
export function stepsOf(itemId: string): readonly Step[] {
  return servedItem(itemId).steps;
}

/** Whether a served item practises one of these skills (the teacher's item's id does not name its skill). */
export function isOnSkill(itemId: string, skills: readonly string[]): boolean {
  return skills.includes(servedItem(itemId).skillId);
}

/** How a learner fills in a step: type text, or pick the option with this English text. */
export type UiAnswer = { type: string } | { choose: string };

/** The right answer, as a learner would enter it on the page. */
export function rightAnswer(spec: AnswerSpec): UiAnswer {
  if (spec.kind === 'choice') {
    const option = spec.options.find((o) => o.id === spec.correct);
    if (!option) throw new Error('choice without its correct option');
    return { choose: option.text.en };
  }
  return { type: canonicalAnswer(spec) };
}

/** A well-formed answer that is surely wrong. */
export function wrongAnswer(spec: AnswerSpec): UiAnswer {
  switch (spec.kind) {
    case 'choice':
      return { choose: spec.options.find((o) => o.id !== spec.correct)?.text.en ?? '' };
    case 'text':
      return { type: 'zzz' };
    case 'relation':
      return { type: `${spec.variables[0] ?? 'x'} = 987654` };
    default:
      return { type: '987654' };
  }
}
