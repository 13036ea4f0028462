import {
  type Db,
  findOrCreateThread,
  findUserByEmail,
  insertAnnouncement,
  insertAssignment,
  insertMessage,
  listAssignments,
  listClasses,
} from '@pathwise/db';
import { loadCatalog } from '../learning/learning-catalog.ts';

const DAY = 86_400_000;
const PATHWAY = 'algebra-foundations';

/**
 * The demo teacher's everyday work in their first class (7A): two assignments with due dates, an announcement and
 * a conversation with the demo learner. Written once: a class that already has assignments is left as it is.
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
  });
  return true;
}
