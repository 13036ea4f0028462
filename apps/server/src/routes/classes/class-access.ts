import { AppError } from '@pathwise/core';
import {
  type Database,
  findClass,
  findClassRole,
  findTeachersEnrolAnyLearner,
  listMembers,
  listTaughtLearners,
  teachesLearner,
} from '@pathwise/db';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { orgOf } from '../../plugins/access.ts';
import type { AppContext } from '../../types.ts';

/**
 * The class named by `:classId` if the caller may see it: administrators see every class of the organization,
 * teachers only the classes they teach. Anything else is "No such class", so a class's existence does not leak.
 */
export async function getVisibleClass(ctx: AppContext, request: FastifyRequest, classId: string) {
  const orgId = orgOf(request).id;
  const found = await findClass(ctx.db.kysely, orgId, classId);
  const notFound = new AppError('not_found', 'No such class');
  if (!found) throw notFound;
  if (orgOf(request).role === 'admin') return found;
  const principal = request.principal;
  if (principal?.kind !== 'user') throw notFound;
  if ((await findClassRole(ctx.db.kysely, orgId, classId, principal.userId)) !== 'teacher') throw notFound;
  return found;
}

/** Whose learners a caller may pick for a class: everyone's (with emails), or only their own classes'. */
export type LearnerScope = 'organization' | 'own-classes';

/** A learner a caller may add to a class; `email` only when the caller already sees it elsewhere. */
export interface PickableLearner {
  userId: string;
  name: string;
  email: string | null;
}

/**
 * The learners the caller may add to a class they see (issue 9). Administrators: every learner of the
 * organization, with emails. Teachers: the learners of the classes they teach, with emails; and, when the
 * organization lets teachers enrol any member learner, every other learner by name only (for picking).
 */
export async function pickableLearners(
  db: Kysely<Database>,
  request: FastifyRequest,
): Promise<{ scope: LearnerScope; learners: PickableLearner[] }> {
  const { id: orgId, role } = orgOf(request);
  const everyone = async () =>
    (await listMembers(db, orgId)).filter((m) => m.role === 'learner').map((m) => ({ ...m }));
  if (role === 'admin') {
    const all = await everyone();
    return {
      scope: 'organization',
      learners: all.map(({ userId, name, email }) => ({ userId, name, email })),
    };
  }
  const teacherId = request.principal?.kind === 'user' ? request.principal.userId : null;
  const own = teacherId ? await listTaughtLearners(db, orgId, teacherId) : [];
  if (!(await findTeachersEnrolAnyLearner(db, orgId))) return { scope: 'own-classes', learners: own };
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
 * Refuses, as "no such learner", a learner the caller does not reach: administrators reach every learner of the
 * organization; teachers only the learners of the classes they teach. `field` names the input that held the id.
 */
export async function assertReachesLearner(
  db: Kysely<Database>,
  request: FastifyRequest,
  learnerId: string,
  field: string,
): Promise<void> {
  if (orgOf(request).role === 'admin') return;
  const principal = request.principal;
  const teacherId = principal?.kind === 'user' ? principal.userId : null;
  if (teacherId && (await teachesLearner(db, { orgId: orgOf(request).id, teacherId, learnerId }))) return;
  throw new AppError('not_found', 'No such learner in your classes', [
    { field, message: 'is not a learner of a class you teach' },
  ]);
}
