import type { LearnerScope } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import {
  type Database,
  findClass,
  findClassRole,
  findTeachersEnrolAnyLearner,
  listMembers,
  listTaughtLearners,
  teachesLearner,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { OrgActor } from '../identity/actor.ts';

/**
 * The class `classId` if the actor may see it: administrators see every class of the organization, teachers only
 * the classes they teach. Anything else is "No such class", so a class's existence does not leak.
 */
export async function getVisibleClass(db: Kysely<Database>, actor: OrgActor, classId: string) {
  const found = await findClass(db, actor.orgId, classId);
  const notFound = new AppError('not_found', 'No such class');
  if (!found) throw notFound;
  if (actor.role === 'admin') return found;
  if (!actor.userId) throw notFound;
  if ((await findClassRole(db, actor.orgId, classId, actor.userId)) !== 'teacher') throw notFound;
  return found;
}

/** A learner a caller may add to a class; `email` only when the caller already sees it elsewhere. */
export interface PickableLearner {
  userId: string;
  name: string;
  email: string | null;
}

/**
 * The learners the actor may add to a class they see (issue 9). Administrators: every learner of the
 * organization, with emails. Teachers: the learners of the classes they teach, with emails; and, when the
 * organization lets teachers enrol any member learner, every other learner by name only (for picking).
 */
export async function pickableLearners(
  db: Kysely<Database>,
  actor: OrgActor,
): Promise<{ scope: LearnerScope; learners: PickableLearner[] }> {
  const everyone = async () => (await listMembers(db, actor.orgId)).filter((m) => m.role === 'learner');
  if (actor.role === 'admin') {
    const all = await everyone();
    return {
      scope: 'organization',
      learners: all.map(({ userId, name, email }) => ({ userId, name, email })),
    };
  }
  const own = actor.userId ? await listTaughtLearners(db, actor.orgId, actor.userId) : [];
  if (!(await findTeachersEnrolAnyLearner(db, actor.orgId))) return { scope: 'own-classes', learners: own };
  const known = new Set(own.map((l) => l.userId));
  const others = (await everyone())
    .filter((m) => !known.has(m.userId))
    .map(({ userId, name }) => ({ userId, name, email: null }));
  return {
    scope: 'organization',
    learners: [...own, ...others].sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/**
 * Refuses, as "no such learner", a learner the actor does not reach: administrators reach every learner of the
 * organization; teachers only the learners of the classes they teach. `field` names the input that held the id.
 */
export async function assertReachesLearner(
  db: Kysely<Database>,
  actor: OrgActor,
  learnerId: string,
  field: string,
): Promise<void> {
  if (actor.role === 'admin') return;
  const teacherId = actor.userId;
  if (teacherId && (await teachesLearner(db, { orgId: actor.orgId, teacherId, learnerId }))) return;
  throw new AppError('not_found', 'No such learner in your classes', [
    { field, message: 'is not a learner of a class you teach' },
  ]);
}
