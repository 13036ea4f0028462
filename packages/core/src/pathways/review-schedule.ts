import { type Card, createEmptyCard, fsrs, Rating, type State } from 'ts-fsrs';

// NOTE: short-term learning steps are off: a skill comes back after days, never within the same session.
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

/** An FSRS review card as stored (a JSONB column): the scheduler's card with its dates as ISO strings. */
export interface StoredReviewCard {
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsed_days: number;
  readonly scheduled_days: number;
  readonly learning_steps: number;
  readonly reps: number;
  readonly lapses: number;
  /** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
  readonly state: number;
  readonly last_review?: string;
}

/** A review card as stored, with the next due date. */
export interface ScheduledCard {
  readonly card: StoredReviewCard;
  readonly due: Date;
}

const NUMBERS = [
  'stability',
  'difficulty',
  'elapsed_days',
  'scheduled_days',
  'learning_steps',
  'reps',
  'lapses',
  'state',
] as const;

const isDate = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

/**
 * Reads a stored review card back, keeping only the known fields; throws naming each bad field.
 *
 * @example
 * parseStoredReviewCard(row.card).due; // '2026-03-04T10:00:00.000Z'
 */
export function parseStoredReviewCard(json: unknown): StoredReviewCard {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error('review card: expected an object');
  }
  const obj = json as Record<string, unknown>;
  const bad: string[] = NUMBERS.filter((k) => typeof obj[k] !== 'number' || !Number.isFinite(obj[k]));
  if (!isDate(obj.due)) bad.push('due');
  if (obj.last_review !== undefined && !isDate(obj.last_review)) bad.push('last_review');
  if (bad.length > 0) throw new Error(`review card: ${bad.join(', ')} missing or malformed`);
  const numbers = Object.fromEntries(NUMBERS.map((k) => [k, obj[k] as number])) as Record<
    (typeof NUMBERS)[number],
    number
  >;
  return {
    ...numbers,
    due: obj.due as string,
    ...(obj.last_review !== undefined ? { last_review: obj.last_review as string } : {}),
  };
}

function fromStored(stored: StoredReviewCard): Card {
  return {
    ...stored,
    state: stored.state as State,
    due: new Date(stored.due),
    last_review: stored.last_review === undefined ? undefined : new Date(stored.last_review),
  };
}

function toStored(card: Card): ScheduledCard {
  return {
    card: {
      due: card.due.toISOString(),
      stability: card.stability,
      difficulty: card.difficulty,
      elapsed_days: card.elapsed_days,
      scheduled_days: card.scheduled_days,
      learning_steps: card.learning_steps,
      reps: card.reps,
      lapses: card.lapses,
      state: card.state,
      ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
    },
    due: card.due,
  };
}

/**
 * The first review card of a newly mastered skill: mastering counts as a successful first review (FSRS
 * "Good"), which schedules the next one a few days out.
 *
 * @example
 * firstReviewCard(now).due > now; // true: a few days out
 */
export function firstReviewCard(now: Date): ScheduledCard {
  return toStored(scheduler.next(createEmptyCard(now), now, Rating.Good).card);
}

/**
 * The card after a review: right on the first try is "Good", otherwise "Again" (it comes back sooner).
 *
 * @example
 * reviewCardAfter(card, false, now).due < reviewCardAfter(card, true, now).due; // true
 */
export function reviewCardAfter(stored: StoredReviewCard, correct: boolean, now: Date): ScheduledCard {
  return toStored(scheduler.next(fromStored(stored), now, correct ? Rating.Good : Rating.Again).card);
}
