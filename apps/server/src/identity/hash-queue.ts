import { AppError } from '@pathwise/core';
import { DEFAULT_HASH_CONCURRENCY, DEFAULT_HASH_QUEUE } from '../runtime/config.ts';

/** What the password hashing gate did so far (read by tests and the sign-in benchmark). */
export interface HashQueueStats {
  /** How many derivations may run at once. */
  readonly limit: number;
  /** How many may wait for a slot; one more is refused. */
  readonly maxQueue: number;
  /** Running now. */
  readonly active: number;
  /** Waiting now. */
  readonly queued: number;
  /** The most that ever ran at once (never above `limit`). */
  readonly peak: number;
  /** Refused because the queue was full. */
  readonly rejected: number;
  /** Derivations started so far. */
  readonly started: number;
}

/** Seconds a refused client is told to wait before trying again. */
export const HASH_QUEUE_RETRY_AFTER_SECONDS = 1;

/**
 * Bounded concurrency for a costly job (scrypt: 32 MiB and about 100 ms of a core each): at most `limit` run at
 * once, at most `maxQueue` wait in order, and one more is refused at once with 503 `unavailable`, so a flood of
 * sign-ins neither fills the libuv thread pool nor memory, and the rest of the server keeps answering.
 */
export class HashQueue {
  limit: number;
  maxQueue: number;
  #active = 0;
  #peak = 0;
  #rejected = 0;
  #started = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(limit: number, maxQueue: number) {
    this.limit = 1;
    this.maxQueue = 0;
    this.resize(limit, maxQueue);
  }

  /** Sets the bounds (from PASSWORD_HASH_CONCURRENCY and PASSWORD_HASH_QUEUE); jobs already running go on. */
  resize(limit: number, maxQueue: number): void {
    if (!Number.isInteger(limit) || limit < 1) throw new Error('HashQueue limit must be a whole number ≥ 1');
    if (!Number.isInteger(maxQueue) || maxQueue < 0) throw new Error('HashQueue maxQueue must be ≥ 0');
    this.limit = limit;
    this.maxQueue = maxQueue;
  }

  /** Runs `job` when a slot is free; throws AppError `unavailable` at once when the queue is full. */
  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.#active >= this.limit) {
      if (this.#waiting.length >= this.maxQueue) {
        this.#rejected++;
        throw new AppError(
          'unavailable',
          'The server is busy checking passwords; try again in a second',
          undefined,
          {
            retryAfterSeconds: HASH_QUEUE_RETRY_AFTER_SECONDS,
          },
        );
      }
      // The slot is handed over by release(): #active stays counted for this job.
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#active++;
    }
    this.#peak = Math.max(this.#peak, this.#active);
    this.#started++;
    try {
      return await job();
    } finally {
      this.#release();
    }
  }

  #release(): void {
    const next = this.#active <= this.limit ? this.#waiting.shift() : undefined;
    if (next) next();
    else this.#active--;
  }

  stats(): HashQueueStats {
    return {
      limit: this.limit,
      maxQueue: this.maxQueue,
      active: this.#active,
      queued: this.#waiting.length,
      peak: this.#peak,
      rejected: this.#rejected,
      started: this.#started,
    };
  }

  /** Forgets the peak, the refusals and the count of starts (tests, benchmarks). */
  resetStats(): void {
    this.#peak = this.#active;
    this.#rejected = 0;
    this.#started = 0;
  }
}

/**
 * The one gate every password derivation of this process goes through; the server sizes it from its
 * configuration when it builds the app (PASSWORD_HASH_CONCURRENCY, PASSWORD_HASH_QUEUE).
 */
export const passwordHashing = new HashQueue(DEFAULT_HASH_CONCURRENCY, DEFAULT_HASH_QUEUE);
