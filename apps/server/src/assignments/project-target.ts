import type { AssignmentInput, ProjectSpecInput } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import {
  type Database,
  findAchievement,
  findLessonVersion,
  type ProjectPassRule,
  type ProjectTarget,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { OrgActor } from '../identity/actor.ts';
import { getVisibleLesson } from '../lessons/lesson-access.ts';
import { rubricFromLesson } from './project-rubric.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function refuse(field: string, message: string): never {
  throw new AppError('validation_failed', message, [{ field: `body/project${field}`, message }]);
}

/**
 * The target of a new project assignment, checked before anything is written: the achievement must be one of the
 * organization's (not archived); the rubric is the teacher's `criteria` or a saved lesson's rubric (`lessonId`, a
 * lesson the teacher may see: its latest version, in its language), never both; the pass rule must be complete
 * and reachable. Refusals are 400s naming the field.
 */
export async function projectTargetOf(
  db: Kysely<Database>,
  actor: OrgActor,
  input: AssignmentInput,
): Promise<ProjectTarget> {
  for (const field of ['pathwayId', 'skills', 'target'] as const) {
    if (input[field] !== undefined)
      throw new AppError('validation_failed', `A project assignment has no ${field}`, [
        { field: `body/${field}`, message: 'not allowed' },
      ]);
  }
  const spec = input.project;
  if (!spec) refuse('', 'A project assignment needs its project: what to hand in and the rubric');
  if (spec.achievementId !== undefined) {
    const a = UUID.test(spec.achievementId)
      ? await findAchievement(db, actor.orgId, spec.achievementId)
      : null;
    if (!a || a.archived_at) refuse('/achievementId', `No such achievement: ${spec.achievementId}`);
  }
  if (spec.lessonId !== undefined && spec.criteria !== undefined)
    refuse('/criteria', 'Give criteria or a lesson to copy the rubric from, not both');
  let criteria = spec.criteria;
  if (spec.lessonId !== undefined) {
    const lesson = await getVisibleLesson(db, actor, spec.lessonId).catch(() =>
      refuse('/lessonId', `No such lesson: ${spec.lessonId}`),
    );
    const version = await findLessonVersion(db, {
      orgId: actor.orgId,
      lessonId: lesson.id,
      version: lesson.latestVersion,
    });
    if (!version || version.lesson.rubric.length === 0) refuse('/lessonId', 'This lesson has no rubric');
    criteria = rubricFromLesson(version.lesson.rubric, version.form.locale);
  }
  if (!criteria) refuse('/criteria', 'Write the rubric criteria or choose a lesson to copy them from');
  return {
    kind: 'project',
    accepts: [...spec.accepts],
    achievementId: spec.achievementId ?? null,
    rubric: { criteria, passRule: passRuleOf(spec.passRule, criteria.length) },
  };
}

/** The pass rule as stored: `level` for every-criterion rules, a `total` the rubric can reach otherwise. */
function passRuleOf(rule: ProjectSpecInput['passRule'], criteria: number): ProjectPassRule {
  if (rule.kind === 'every_criterion_at_least') {
    if (!rule.level) refuse('/passRule/level', 'Choose the level every criterion must reach');
    return { kind: rule.kind, level: rule.level };
  }
  if (rule.total === undefined) refuse('/passRule/total', 'Give the minimum total');
  if (rule.total > criteria * 4)
    refuse('/passRule/total', `The total cannot exceed ${criteria * 4} (${criteria} criteria × 4)`);
  return { kind: rule.kind, total: rule.total };
}
