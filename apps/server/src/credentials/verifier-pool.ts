import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { AppError } from '@pathwise/core';
import type { VerificationResult } from '@pathwise/open-badges';
import { Piscina } from 'piscina';
import type { VerificationJob } from './verification-job.ts';
import type { VerifyTask } from './verify-worker.ts';

/** The limits of a {@link VerifierPool}. */
export interface VerifierPoolOptions {
  /** Worker threads (default: one less than the cores, at least one, so the HTTP thread keeps a core). */
  threads: number;
  /** Verifications that may wait for a thread; one more is refused at once with 503 (default 16). */
  maxQueue: number;
  /** Running time allowed per verification; past it the worker is terminated and the answer is 422. */
  timeLimitMs: number;
}

/** The defaults: the worst credential under the 64 KB body cap takes well under a second on one core. */
export const DEFAULT_VERIFIER_POOL: VerifierPoolOptions = {
  threads: Math.max(1, availableParallelism() - 1),
  maxQueue: 16,
  timeLimitMs: 5000,
};

/**
 * Verifications on worker threads (piscina): JSON-LD canonicalization of a big credential takes hundreds of
 * milliseconds of CPU, which on the HTTP thread would stall every other request. The queue is bounded (a full
 * queue answers 503 at once) and each verification has a time limit (its worker is terminated past it).
 */
export class VerifierPool {
  readonly options: VerifierPoolOptions;
  #pool: Piscina<VerifyTask, VerificationResult> | null = null;

  constructor(options: Partial<VerifierPoolOptions> = {}) {
    this.options = { ...DEFAULT_VERIFIER_POOL, ...options };
  }

  /** Runs one prepared verification on a worker thread. Throws `unavailable` (503) or `too_complex` (422). */
  async run(job: VerificationJob): Promise<VerificationResult> {
    const pool = this.#start();
    if (pool.queueSize >= this.options.maxQueue) throw busy();
    const { port1, port2 } = new MessageChannel();
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    port1.once('message', () => {
      timer = setTimeout(() => abort.abort(), this.options.timeLimitMs);
    });
    try {
      return await pool.run({ job, started: port2 }, { transferList: [port2], signal: abort.signal });
    } catch (error) {
      if (abort.signal.aborted) {
        const seconds = this.options.timeLimitMs / 1000;
        throw new AppError(
          'too_complex',
          `The credential took longer than ${seconds} s to verify and was not checked to the end: it is too complex`,
        );
      }
      if ((error as Error).message === 'Task queue is at limit') throw busy();
      throw error;
    } finally {
      clearTimeout(timer);
      port1.close();
    }
  }

  /** Stops the worker threads (the app's onClose). */
  async close(): Promise<void> {
    const pool = this.#pool;
    this.#pool = null;
    await pool?.destroy();
  }

  #start(): Piscina<VerifyTask, VerificationResult> {
    this.#pool ??= new Piscina<VerifyTask, VerificationResult>({
      filename: new URL('./verify-worker.ts', import.meta.url).href,
      minThreads: 1,
      maxThreads: this.options.threads,
      maxQueue: this.options.maxQueue,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    return this.#pool;
  }
}

function busy(): AppError {
  return new AppError(
    'unavailable',
    'The verifier is busy: too many verifications are waiting; try again shortly',
  );
}
