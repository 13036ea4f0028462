import { AppError } from '@pathwise/core';
import type { Locale } from '@pathwise/core/content';
import { findUserById } from '@pathwise/db';
import type { FastifyRequest } from 'fastify';
import type { LearningActor } from '../../learning/learning-actor.ts';
import type { AppContext } from '../../types.ts';

/** The signed-in learner of an org-scoped, session-only route. */
export function learnerOf(request: FastifyRequest): LearningActor {
  const principal = request.principal;
  if (principal?.kind !== 'user' || !request.org) throw new AppError('unauthenticated', 'Sign in first');
  return { orgId: request.org.id, userId: principal.userId };
}

/** The language to answer in: the one asked for, else the person's own. */
export async function localeOf(
  ctx: AppContext,
  who: LearningActor,
  asked: string | undefined,
): Promise<Locale> {
  if (asked === 'en' || asked === 'es') return asked;
  const user = await findUserById(ctx.db.kysely, who.userId);
  return user?.locale === 'es' ? 'es' : 'en';
}
