/** The verdict of a {@link WindowLimit} on one attempt. */
export interface WindowVerdict {
  allowed: boolean;
  /** Seconds until the key's window ends (when refused: when to come back). */
  retryAfterSeconds: number;
}

/**
 * A fixed-window attempt counter per key, in memory, decided synchronously. It exists because
 * @fastify/rate-limit's local store hands every caller the same mutable counter object across an `await`, so
 * attempts that arrive together all read the last count (40 parallel sign-ins from one client were all refused,
 * not 40 − max). At most `maxKeys` keys are kept; the oldest window is forgotten first.
 */
export class WindowLimit {
  readonly #windows = new Map<string, { count: number; endsAt: number }>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
    readonly maxKeys = 10_000,
  ) {}

  /** Counts one attempt under `key` and says whether it is within the limit. */
  hit(key: string, now = Date.now()): WindowVerdict {
    let window = this.#windows.get(key);
    if (!window || window.endsAt <= now) {
      this.#windows.delete(key);
      window = { count: 0, endsAt: now + this.windowMs };
      this.#windows.set(key, window);
      if (this.#windows.size > this.maxKeys) {
        const oldest = this.#windows.keys().next().value;
        if (oldest !== undefined) this.#windows.delete(oldest);
      }
    }
    window.count++;
    return {
      allowed: window.count <= this.max,
      retryAfterSeconds: Math.max(1, Math.ceil((window.endsAt - now) / 1000)),
    };
  }
}
