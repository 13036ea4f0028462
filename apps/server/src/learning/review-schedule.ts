import { type Card, createEmptyCard, fsrs, Rating } from 'ts-fsrs';

// NOTE: short-term learning steps are off: a skill comes back after days, never within the same session.
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

/** A review card as stored (dates as ISO strings), with the next due date. */
export interface ScheduledCard {
  card: Record<string, unknown>;
  due: Date;
}

function fromStored(stored: Record<string, unknown>): Card {
  const card = stored as unknown as Card & { due: string; last_review?: string };
  return {
    ...card,
    due: new Date(card.due),
    ...(card.last_review ? { last_review: new Date(card.last_review) } : {}),
  };
}

function toStored(card: Card): ScheduledCard {
  return { card: JSON.parse(JSON.stringify(card)) as Record<string, unknown>, due: card.due };
}

/**
 * The first review card of a newly mastered skill: mastering counts as a successful first review (FSRS
 * "Good"), which schedules the next one a few days out.
 */
export function firstReviewCard(now: Date): ScheduledCard {
  return toStored(scheduler.next(createEmptyCard(now), now, Rating.Good).card);
}

/** The card after a review: right on the first try is "Good", otherwise "Again" (it comes back sooner). */
export function reviewCardAfter(stored: Record<string, unknown>, correct: boolean, now: Date): ScheduledCard {
  return toStored(scheduler.next(fromStored(stored), now, correct ? Rating.Good : Rating.Again).card);
}
