import { AUTHORED_SOURCE } from '@pathwise/contracts';
import { blocksOf } from '@pathwise/core/lessons';
import {
  type Database,
  type Db,
  findOrCreateThread,
  findUserByEmail,
  insertAnnouncement,
  insertAssignment,
  insertAuthoredItem,
  insertLesson,
  insertMessage,
  listAssignments,
  listClasses,
  setLessonStatus,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { loadCatalog } from '../learning/learning-catalog.ts';
import { composeFrom, loadLessonFramework } from '../lessons/compose-lesson.ts';
import { DEMO_TEACHER_ITEM, demoTeacherItemContent } from './demo-teacher-item.ts';

const DAY = 86_400_000;
const PATHWAY = 'algebra-foundations';

/**
 * The demo teacher's everyday work in their first class (7A): two assignments with due dates, an announcement, a
 * conversation with the demo learner, a published lesson from the planning assistant and a published item the
 * teacher wrote (practice serves it). Written once: a class that already has assignments is left as it is.
 * Returns whether anything was written.
 */
export async function seedDemoWorkspace(
  db: Db,
  input: { orgId: string; teacherEmail: string; learnerEmail: string; now: Date },
): Promise<boolean> {
  const { orgId, now } = input;
  const teacher = await findUserByEmail(db.kysely, input.teacherEmail);
  const learner = await findUserByEmail(db.kysely, input.learnerEmail);
  if (!teacher || !learner) return false;
  const [first] = await listClasses(db.kysely, orgId, { teacherId: teacher.id, learnerId: learner.id });
  if (!first) return false;
  if ((await listAssignments(db.kysely, { orgId, classId: first.id })).length > 0) return false;
  const skills = (await loadCatalog(db.kysely, orgId)).pathwaySkills.get(PATHWAY) ?? [];
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  await db.kysely.transaction().execute(async (trx) => {
    const common = { orgId, classId: first.id, createdBy: teacher.id, now: at(-3) };
    await insertAssignment(trx, {
      ...common,
      target: { kind: 'skills', skills: skills.slice(0, 2).map((skillId) => ({ skillId, target: null })) },
      title: 'One-step equations',
      instructions: 'Practise until both skills read Mastered. Use the hints before asking the tutor.',
      dueAt: at(4),
    });
    await insertAssignment(trx, {
      ...common,
      target: { kind: 'pathway', pathwayId: PATHWAY },
      title: 'Algebra foundations, the whole pathway',
      instructions: 'Keep going a little every day; the review sessions count too.',
      dueAt: at(25),
    });
    await insertAnnouncement(trx, {
      orgId,
      classId: first.id,
      authorId: teacher.id,
      subject: 'Quiz on Friday',
      body: 'We will have a short quiz on one-step equations on Friday. Finish the first assignment before then.',
      at: at(-2),
    });
    const thread = await findOrCreateThread(trx, {
      orgId,
      classId: first.id,
      teacherId: teacher.id,
      learnerId: learner.id,
      at: at(-1),
    });
    const conversation: [string, string][] = [
      [teacher.id, 'Great progress this week! Do you want to try the two-step equations next?'],
      [learner.id, 'Yes, but I get confused when the x is on both sides.'],
      [teacher.id, 'Start by moving all the x terms to one side. The worked example on each item shows how.'],
    ];
    for (const [k, [senderId, body]] of conversation.entries())
      await insertMessage(trx, {
        orgId,
        thread,
        senderId,
        body,
        at: new Date(at(-1).getTime() + k * 3_600_000),
      });
    await publishDemoLesson(trx, orgId, teacher.id, at(-4));
    await writeDemoItem(trx, orgId, teacher.id);
  });
  return true;
}

/** The sample request of the planning assistant, composed, every block reviewed by the teacher, and published. */
async function publishDemoLesson(trx: Kysely<Database>, orgId: string, teacherId: string, at: Date) {
  const request =
    'a 3-day lesson plan on linear equations for a class with diverse reading levels, including 3 visual activities and a quiz';
  const composed = composeFrom(await loadLessonFramework(trx, orgId), { request, seed: 2026 });
  if (composed.status !== 'composed') throw new Error(`The demo lesson needs ${composed.missing.join(', ')}`);
  const reviewed = { reviewedBy: teacherId, reviewedAt: at.toISOString() };
  const { id } = await insertLesson(trx, {
    orgId,
    authorId: teacherId,
    title: composed.lesson.topic,
    now: at,
    first: {
      version: 1,
      lesson: composed.lesson,
      form: composed.form,
      request,
      seed: composed.seed,
      reviews: Object.fromEntries(blocksOf(composed.lesson).map((b) => [b.id, reviewed])),
      createdBy: teacherId,
    },
  });
  await setLessonStatus(trx, { orgId, lessonId: id, now: at }, 'published');
}

/** The item the demo teacher wrote ({@link DEMO_TEACHER_ITEM}), checked as the editor checks it, published. */
async function writeDemoItem(trx: Kysely<Database>, orgId: string, teacherId: string) {
  const { id, attribution, input } = DEMO_TEACHER_ITEM;
  await insertAuthoredItem(trx, orgId, {
    id,
    skillId: input.skillId,
    source: AUTHORED_SOURCE,
    difficulty: input.difficulty,
    content: demoTeacherItemContent(),
    status: 'published',
    createdBy: teacherId,
    attribution,
    copiedFrom: null,
  });
}
