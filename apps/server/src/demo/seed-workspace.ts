import { randomUUID } from 'node:crypto';
import { validateAuthoredItem } from '@pathwise/core/content';
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

const DAY = 86_400_000;
const PATHWAY = 'algebra-foundations';

/**
 * The demo teacher's everyday work in their first class (7A): two assignments with due dates, an announcement, a
 * conversation with the demo learner, a published lesson from the planning assistant and an item the teacher wrote.
 * Written once: a class that already has assignments is left as it is.
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

/** An item the demo teacher wrote, checked as the editor checks it, in the organization's bank. */
async function writeDemoItem(trx: Kysely<Database>, orgId: string, teacherId: string) {
  const check = validateAuthoredItem({
    skillId: 'alg.two-step-equations',
    difficulty: 2,
    stem: {
      en: 'A taxi charges a 3-euro fee and 2 euros per kilometre. The ride cost 17 euros.',
      es: 'Un taxi cobra 3 euros de bajada de bandera y 2 euros por kilómetro. El viaje costó 17 euros.',
    },
    steps: [
      {
        prompt: {
          en: 'Write an equation for the ride of $k$ kilometres.',
          es: 'Escribe una ecuación para un viaje de $k$ kilómetros.',
        },
        answer: { kind: 'relation', key: '2k + 3 = 17', variables: ['k'] },
        hints: [
          {
            en: 'Each kilometre costs 2 euros, so $k$ kilometres cost $2k$.',
            es: 'Cada kilómetro cuesta 2 euros, así que $k$ kilómetros cuestan $2k$.',
          },
        ],
        misconceptions: [
          {
            answer: '2k = 17',
            feedback: { en: 'The fee is paid too.', es: 'También se paga la bajada de bandera.' },
          },
        ],
      },
      {
        prompt: { en: 'How many kilometres was the ride?', es: '¿Cuántos kilómetros tuvo el viaje?' },
        answer: { kind: 'number', key: '7' },
        hints: [{ en: 'Take the fee away first.', es: 'Quita primero la bajada de bandera.' }],
        misconceptions: [],
      },
    ],
  });
  if (!check.ok)
    throw new Error(`The demo item does not pass the editor's checks: ${JSON.stringify(check.errors)}`);
  await insertAuthoredItem(trx, orgId, {
    id: `authored/${randomUUID()}`,
    skillId: 'alg.two-step-equations',
    source: 'authored',
    difficulty: 2,
    content: check.content,
    // NOTE: a draft the teacher is still working on: a published item takes a turn on its skill in practice, and
    // the browser tests' learners (in this demo school) answer only generated items.
    status: 'draft',
    createdBy: teacherId,
    attribution: 'Written by Tomás Teacher for 7A',
    copiedFrom: null,
  });
}
