import type { Locale } from '@pathwise/core/content';
import { findUserById } from '@pathwise/db';
import type { AppContext } from '../runtime/types.ts';
import type { LearningActor } from './learning-actor.ts';

/** The language to answer in: the one asked for, else the person's own. */
export async function learnerLocale(
  ctx: AppContext,
  who: LearningActor,
  asked: Locale | undefined,
): Promise<Locale> {
  if (asked) return asked;
  const user = await findUserById(ctx.db.kysely, who.userId);
  return user?.locale === 'es' ? 'es' : 'en';
}
