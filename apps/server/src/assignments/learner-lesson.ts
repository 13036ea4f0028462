import type { LearnerLesson, LessonWire } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import { studentCopy } from '@pathwise/core/lessons';
import {
  type Database,
  findLesson,
  findLessonVersion,
  type LessonRow,
  type LessonVersionRow,
  listAssignments,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { OrgActor } from '../identity/actor.ts';
import type { LearningActor } from '../learning/learning-actor.ts';
import { loadCatalog, skillName } from '../learning/learning-catalog.ts';
import { getVisibleLesson } from '../lessons/lesson-access.ts';
import type { AppContext } from '../runtime/types.ts';
import { practicePathwayOf } from './assignment-target.ts';

type WireVersion = LessonWire['versions'][number];

/**
 * The learner's view of a lesson version: the student copy (core's `studentCopy`: no answer key, worked solution
 * or misconception tag), one version (the on-level one, else the first), the quiz skills and where to practise them.
 */
async function presentLearnerLesson(
  db: Kysely<Database>,
  orgId: string,
  row: LessonRow,
  latest: LessonVersionRow,
): Promise<LearnerLesson> {
  const copy = studentCopy(latest.lesson);
  const version = copy.versions.find((v) => v.level === 'on') ?? copy.versions[0];
  if (!version) throw new AppError('internal', `Lesson ${row.id} has no version`);
  const catalog = await loadCatalog(db, orgId);
  const skills = latest.form.skillIds.map((skillId) => ({ skillId, target: null }));
  const target = { kind: 'lesson' as const, lessonId: row.id, title: row.title, skills };
  return {
    id: row.id,
    title: row.title,
    topic: copy.topic,
    // NOTE: the domain's version is read-only and the wire type mutable; contracts/lessons.ts proves them the same shape.
    version: version as WireVersion,
    quiz: copy.quiz as LearnerLesson['quiz'],
    skills: skills.map((s) => ({ id: s.skillId, name: skillName(catalog, s.skillId) })),
    practicePathwayId: practicePathwayOf(catalog, target),
  };
}

/**
 * A lesson as a learner reads it: only a published lesson assigned to a class they are a learner of (anything
 * else is "No such lesson"), through {@link presentLearnerLesson}.
 */
export async function learnerLesson(
  ctx: AppContext,
  actor: LearningActor,
  lessonId: string,
): Promise<LearnerLesson> {
  const db = ctx.db.kysely;
  const { orgId } = actor;
  const assigned = (await listAssignments(db, { orgId, learnerId: actor.userId })).some(
    (a) => a.target.kind === 'lesson' && a.target.lessonId === lessonId,
  );
  const row = assigned ? await findLesson(db, { orgId, lessonId }) : null;
  const latest =
    row?.status === 'published'
      ? await findLessonVersion(db, { orgId, lessonId, version: row.latestVersion })
      : null;
  if (!row || !latest) throw new AppError('not_found', 'No such lesson');
  return presentLearnerLesson(db, orgId, row, latest);
}

/** "Preview as a learner": exactly the learner's view of a lesson the teacher or administrator may see. */
export async function previewLearnerLesson(
  ctx: AppContext,
  actor: OrgActor,
  lessonId: string,
): Promise<LearnerLesson> {
  const db = ctx.db.kysely;
  const row = await getVisibleLesson(db, actor, lessonId);
  const latest = await findLessonVersion(db, { orgId: actor.orgId, lessonId, version: row.latestVersion });
  if (!latest) throw new AppError('internal', `Lesson ${lessonId} has no version ${row.latestVersion}`);
  return presentLearnerLesson(db, actor.orgId, row, latest);
}
