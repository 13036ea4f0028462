import { AppError } from '@pathwise/core';
import type { FastifyRequest } from 'fastify';
import type { LearningActor } from '../../learning/learning-actor.ts';
import { orgOf } from '../../plugins/access.ts';

/** The signed-in learner of an org-scoped, session-only route. */
export function learnerOf(request: FastifyRequest): LearningActor {
  const principal = request.principal;
  if (principal?.kind !== 'user') throw new AppError('unauthenticated', 'Sign in first');
  return { orgId: orgOf(request).id, userId: principal.userId };
}
