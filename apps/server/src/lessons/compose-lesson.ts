import type { ComposeLessonAnswer, ComposeLessonInput } from '@pathwise/contracts';
import { type ItemFamily, itemFamilies } from '@pathwise/core/content';
import {
  composeLesson,
  confirmLessonForm,
  type Lesson,
  type LessonForm,
  type LessonFormField,
  type LessonSkill,
  parseLessonRequest,
  seedOf,
} from '@pathwise/core/lessons';
import type { ModelConfig } from '@pathwise/core/tutor';
import { type Database, listSkills } from '@pathwise/db';
import type { Kysely } from 'kysely';
import { DEMO_FRAMEWORK } from '../learning/learning-catalog.ts';
import { rephraseWithModel } from './model-rephrase.ts';
import { formWire, lessonWire } from './present-lesson.ts';

/** An organization's framework as the composer reads it, and the item families that practise its skills. */
export interface LessonFramework {
  framework: LessonSkill[];
  catalog: ItemFamily[];
}

/** What composing answers, in the domain's types: the fields still needed, or the lesson and its seed. */
export type Composed =
  | { status: 'needs'; form: LessonForm; missing: readonly LessonFormField[] }
  | { status: 'composed'; form: LessonForm; lesson: Lesson; seed: number };

/** Reads an organization's framework and the item families of its practisable skills. */
export async function loadLessonFramework(db: Kysely<Database>, orgId: string): Promise<LessonFramework> {
  const rows = await listSkills(db, orgId);
  const framework: LessonSkill[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    parentId: r.parentId,
  }));
  // NOTE: only skills of the seeded framework are practised by the item families (as in learning/serve-item.ts).
  const seeded = new Set(rows.filter((r) => r.framework === DEMO_FRAMEWORK).map((r) => r.id));
  return { framework, catalog: itemFamilies.filter((f) => seeded.has(f.skillId)) };
}

/** Parses the teacher's words, applies the confirmed fields, and composes when nothing is missing (pure). */
export function composeFrom(fw: LessonFramework, input: ComposeLessonInput): Composed {
  const hasItems = (skillId: string) => fw.catalog.some((f) => f.skillId === skillId);
  const parsed = parseLessonRequest(input.request, fw.framework, hasItems);
  const { form, missing } = confirmLessonForm(parsed, input.form ?? {}, fw.framework, hasItems);
  if (missing.length > 0) return { status: 'needs', form, missing };
  const seed = input.seed ?? seedOf(input.request);
  const lesson = composeLesson({ form, framework: fw.framework, catalog: fw.catalog, seed });
  return { status: 'composed', form, lesson, seed };
}

/**
 * Composes a lesson for an organization from a teacher's words and the corrections they confirmed: reads the
 * organization's framework, parses the request, and either names the fields still needed or composes the lesson
 * offline (core's composer: framework text, item families, authored templates). With a `model` (the tutor's
 * `AI_*` settings), its prose slots are offered to the model and only checked rephrasings are used, with a note per
 * slot (`rephraseWithModel`). Saves nothing. Bad numbers or an unknown skill: AppError('validation_failed') naming the field.
 */
export async function composeLessonForOrg(
  db: Kysely<Database>,
  orgId: string,
  input: ComposeLessonInput,
  model: ModelConfig | null = null,
): Promise<ComposeLessonAnswer> {
  const fw = await loadLessonFramework(db, orgId);
  const composed = composeFrom(fw, input);
  const form = formWire(composed.form);
  if (composed.status === 'needs') return { status: 'needs', form, missing: [...composed.missing] };
  if (!model) return { status: 'composed', form, lesson: lessonWire(composed.lesson) };
  const { lesson, modelNotes } = await rephraseWithModel(model, fw.framework, composed);
  return { status: 'composed', form, lesson: lessonWire(lesson), modelNotes };
}
