import type { ItemFamily } from '../content/item.ts';
import { seededRandom } from '../content/seeded-random.ts';
import { text } from '../language/localized.ts';
import { buildQuiz } from './build-quiz.ts';
import { buildRubric } from './build-rubric.ts';
import { buildVersions } from './build-versions.ts';
import { checkCitedCodes } from './cited-codes.ts';
import type { Citation, Lesson, LessonSkill } from './lesson.ts';
import { type LessonForm, validateLessonForm } from './lesson-form.ts';
import { planDays } from './plan-days.ts';

/** What the composer needs: the confirmed form, the organization's framework, the item families, a seed. */
export interface ComposeInput {
  readonly form: LessonForm;
  readonly framework: readonly LessonSkill[];
  readonly catalog: readonly ItemFamily[];
  readonly seed: number;
}

/** A framework skill cited with its text copied as it is. */
export function citationOf(skill: LessonSkill): Citation {
  return { code: skill.id, name: skill.name, description: skill.description, source: 'framework' };
}

/**
 * Composes a lesson offline from what is true: the framework's own text, the item families (every quiz key
 * accepted by the solver) and authored templates. Deterministic: the same input and seed give the same lesson.
 * Throws AppError('validation_failed') naming the field when the form is out of bounds or names an unknown skill.
 * @example
 * const lesson = composeLesson({ form, framework: skills, catalog: itemFamilies, seed: 7 });
 */
export function composeLesson(input: ComposeInput): Lesson {
  const { form, framework, catalog, seed } = input;
  const familiesFor = (skillId: string) => catalog.filter((f) => f.skillId === skillId);
  validateLessonForm(form, framework, (id) => familiesFor(id).length > 0);
  const byId = new Map(framework.map((s) => [s.id, s]));
  const skills = form.skillIds.map((id) => byId.get(id)!);
  const standards = skills.map(citationOf);
  // NOTE: one random source per part, so that a change in one part (say, the quiz) leaves the others as they were.
  const days = planDays({ ...form, skills }, seededRandom(seed));
  const quiz = buildQuiz(skills, form.quizLength, familiesFor, seededRandom(seed + 1));
  const lesson: Lesson = {
    format: 1,
    seed,
    topic: form.topic ?? skills.map((s) => s.name[form.locale]).join(', '),
    periodMinutes: form.periodMinutes,
    standards,
    design: {
      goals: standards,
      finalCheck: text(
        `A quiz of ${quiz.items.length} items on the last day, covering every goal, marked with the rubric.`,
        `Un cuestionario de ${quiz.items.length} preguntas el último día, que cubre cada objetivo, evaluado con la rúbrica.`,
      ),
      source: 'framework',
    },
    days,
    quiz,
    rubric: buildRubric(skills),
    versions: buildVersions(form.readingLevels, skills, quiz, familiesFor, seededRandom(seed + 2)),
  };
  checkCitedCodes(lesson, framework);
  return lesson;
}
