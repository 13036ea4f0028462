import {
  applyModelProse,
  checkCitedCodes,
  type Lesson,
  type LessonForm,
  type LessonSkill,
  type ModelNote,
  proseSlots,
} from '@pathwise/core/lessons';
import type { ModelConfig } from '@pathwise/core/tutor';
import { askModelForProse } from './model-prose-request.ts';

/**
 * Asks the configured model to rephrase an offline-composed lesson's prose slots in the form's language and keeps
 * only what passes `checkModelProse` (and `checkCitedCodes` on the whole lesson): any other slot keeps its offline
 * text. Answers the lesson and one note per slot (accepted, or kept and why).
 */
export async function rephraseWithModel(
  config: ModelConfig,
  framework: readonly LessonSkill[],
  composed: { form: LessonForm; lesson: Lesson },
): Promise<{ lesson: Lesson; modelNotes: ModelNote[] }> {
  const { lesson, form } = composed;
  const locale = form.locale;
  const slots = proseSlots(lesson, locale);
  const proposals = await askModelForProse(config, { topic: lesson.topic, locale, slots });
  const applied = applyModelProse(lesson, framework, locale, proposals);
  // NOTE: only prose changes, so the codes cannot drift; checked again all the same, as the core README promises.
  checkCitedCodes(applied.lesson, framework);
  return { lesson: applied.lesson, modelNotes: applied.notes };
}
