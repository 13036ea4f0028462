import { AppError, type FieldProblem } from '../errors/app-error.ts';
import type { Localized } from '../language/localized.ts';
import type { Lesson, LessonSkill } from './lesson.ts';

const same = (a: Localized, b: Localized): boolean => a.en === b.en && a.es === b.es;

/** Every skill code a lesson cites, with the path of the field that cites it. */
function citedCodes(lesson: Lesson): { field: string; code: string }[] {
  return [
    ...lesson.standards.map((c, i) => ({ field: `standards/${i}/code`, code: c.code })),
    ...lesson.design.goals.map((c, i) => ({ field: `design/goals/${i}/code`, code: c.code })),
    ...lesson.days.flatMap((d, i) =>
      d.skillIds.map((code, j) => ({ field: `days/${i}/skillIds/${j}`, code })),
    ),
    ...lesson.days.flatMap((d, i) =>
      d.phases.flatMap((p, j) =>
        p.activities.map((a, k) => ({
          field: `days/${i}/phases/${j}/activities/${k}/skillId`,
          code: a.skillId,
        })),
      ),
    ),
    ...lesson.quiz.items.map((q, i) => ({ field: `quiz/items/${i}/skillId`, code: q.skillId })),
    ...lesson.rubric.map((r, i) => ({ field: `rubric/${i}/skillId`, code: r.skillId })),
    ...lesson.versions.flatMap((v, i) =>
      v.skillIds.map((code, j) => ({ field: `versions/${i}/skillIds/${j}`, code })),
    ),
  ];
}

/**
 * Rejects a lesson (whoever wrote it, a model included) that cites a skill code not in the organization's
 * framework, or quotes a skill's text other than exactly as the framework has it. Throws
 * AppError('validation_failed') naming each offending field.
 */
export function checkCitedCodes(lesson: Lesson, framework: readonly LessonSkill[]): void {
  const byId = new Map(framework.map((s) => [s.id, s]));
  const problems: FieldProblem[] = citedCodes(lesson)
    .filter(({ code }) => !byId.has(code))
    .map(({ field, code }) => ({ field, message: `skill code "${code}" is not in the framework` }));
  const quoted = [
    ...lesson.standards.map((c, i) => ({ field: `standards/${i}`, c })),
    ...lesson.design.goals.map((c, i) => ({ field: `design/goals/${i}`, c })),
  ];
  for (const { field, c } of quoted) {
    const skill = byId.get(c.code);
    if (skill && !(same(skill.name, c.name) && same(skill.description, c.description))) {
      problems.push({ field, message: `the text of "${c.code}" differs from the framework's` });
    }
  }
  lesson.rubric.forEach((r, i) => {
    const skill = byId.get(r.skillId);
    if (skill && !same(skill.name, r.skill)) {
      problems.push({
        field: `rubric/${i}/skill`,
        message: `the name of "${r.skillId}" differs from the framework's`,
      });
    }
  });
  if (problems.length > 0) {
    throw new AppError(
      'validation_failed',
      `The lesson cites skills wrongly: ${problems.map((p) => p.message).join('; ')}`,
      problems,
    );
  }
}
