import type { Database } from '@pathwise/db';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import * as access from '../../classes/class-access.ts';
import { orgActor } from '../../identity/actor.ts';
import type { AppContext } from '../../runtime/types.ts';

// NOTE: the rules live in classes/class-access.ts and take an OrgActor; these request-based forms stay for the
// dashboard and credential routes that call them with a request.

export type { PickableLearner } from '../../classes/class-access.ts';

/** The class named by `:classId` if the caller may see it (see classes/class-access.ts). */
export function getVisibleClass(ctx: AppContext, request: FastifyRequest, classId: string) {
  return access.getVisibleClass(ctx.db.kysely, orgActor(request), classId);
}

/** The learners the caller may add to a class they see (see classes/class-access.ts). */
export function pickableLearners(db: Kysely<Database>, request: FastifyRequest) {
  return access.pickableLearners(db, orgActor(request));
}

/** Refuses, as "no such learner", a learner the caller does not reach (see classes/class-access.ts). */
export function assertReachesLearner(
  db: Kysely<Database>,
  request: FastifyRequest,
  learnerId: string,
  field: string,
): Promise<void> {
  return access.assertReachesLearner(db, orgActor(request), learnerId, field);
}
