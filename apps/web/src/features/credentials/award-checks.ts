import type { TFunction } from 'i18next';
import { ApiError } from '../../api/api-error.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { problemsOf } from '../../session/validate.ts';

/** The fields of the award form. */
export type AwardField = 'achievement' | 'learner' | 'narrative' | 'url';

/** What the teacher filled in. */
export interface AwardDraft {
  achievementId: string;
  learnerId: string;
  narrative: string;
  url: string;
}

/** True for an absolute http(s) address: the only kind the server keeps as the evidence's link. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The problems of a draft before it is sent, by field, in the reader's language; empty when it may be sent. */
export function checkAward(t: TFunction, draft: AwardDraft): Partial<Record<AwardField, string>> {
  const url = draft.url.trim();
  return problemsOf({
    achievement: draft.achievementId ? null : t('credentials.award.check.achievement'),
    learner: draft.learnerId ? null : t('credentials.award.check.learner'),
    narrative: draft.narrative.trim() ? null : t('credentials.award.check.narrative'),
    url: url === '' || isWebAddress(url) ? null : t('credentials.award.check.url'),
  });
}

/** A refused award in words: the message, and the field it is about (none when it is about the whole form). */
export interface AwardRefusal {
  message: string;
  field: AwardField | null;
}

/**
 * The server's refusal of an award in the reader's language, placed at the field it names: a learner who is not
 * (or no longer) a learner of the organization, an achievement that can no longer be awarded, a learner who
 * already holds it, or evidence the server would not take. Anything else is the general message for its code.
 */
export function awardRefusal(
  t: TFunction,
  error: unknown,
  names: { learner: string; achievement: string },
): AwardRefusal {
  if (!(error instanceof ApiError)) return { message: errorMessage(t, error), field: null };
  const fields = error.fieldNames();
  if (error.code === 'conflict' && fields.includes('learnerId'))
    return { message: t('credentials.award.refused.alreadyHeld', names), field: 'learner' };
  if (error.code === 'not_found' && fields.includes('learnerId'))
    return { message: t('credentials.award.refused.notLearner'), field: 'learner' };
  if (error.code === 'not_found' && fields.includes('achievementId'))
    return { message: t('credentials.award.refused.notAwardable'), field: 'achievement' };
  if (error.code === 'validation_failed') {
    if (fields.includes('url')) return { message: t('credentials.award.check.url'), field: 'url' };
    if (fields.includes('narrative'))
      return { message: t('credentials.award.check.narrative'), field: 'narrative' };
  }
  return { message: errorMessage(t, error), field: null };
}
