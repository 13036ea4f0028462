import type { Database, Db } from '@pathwise/db';
import { CompiledQuery, type Kysely } from 'kysely';
import PgBoss from 'pg-boss';

/** The background job queue (pg-boss on the app's own pool), and the one way to enqueue. */
export interface JobQueue {
  readonly boss: PgBoss;
  /**
   * Enqueues a job through `db`, which may be a transaction: the job is stored with the transaction's other
   * writes, or not at all when it rolls back. (pg-boss's own `send` would use another connection: it would commit
   * outside the transaction on PostgreSQL and wait forever for PGlite's single connection.)
   */
  enqueue(
    db: Kysely<Database>,
    name: string,
    data: object,
    options?: PgBoss.SendOptions,
  ): Promise<string | null>;
  stop(): Promise<void>;
}

/** One kind of job: its queue, its handler, and optionally when it runs by itself (cron). */
export interface JobDefinition {
  readonly name: string;
  readonly handle: (data: Record<string, unknown>, queue: JobQueue) => Promise<void>;
  readonly cron?: string;
  /** Jobs that may run long (model training) get more time before pg-boss retries them. */
  readonly expireInMinutes?: number;
}

const running = new WeakMap<Db, JobQueue>();

/** The queue started for this database, if any. */
export function findJobQueue(db: Db): JobQueue | null {
  return running.get(db) ?? null;
}

/**
 * Starts pg-boss on the app's pool and a worker per job. With `schedule: false` cron jobs are not scheduled
 * (tests enqueue what they need); with `workers: false` jobs can be enqueued but nothing runs them in this process
 * (no workers, no schedules, no maintenance: nothing polls the database).
 */
export async function startJobQueue(
  db: Db,
  jobs: readonly JobDefinition[],
  options: {
    schedule?: boolean;
    workers?: boolean;
    pollingIntervalSeconds?: number;
    onError?: (error: unknown) => void;
  } = {},
): Promise<JobQueue> {
  const workers = options.workers ?? true;
  const schedule = workers && (options.schedule ?? true);
  const boss = new PgBoss({
    db: { executeSql: (text, values) => db.pool.query(text, values) },
    schedule,
    supervise: schedule,
  });
  boss.on('error', (error) => options.onError?.(error));
  await boss.start();
  const queue: JobQueue = {
    boss,
    enqueue: (through, name, data, sendOptions = {}) =>
      boss.send(name, data, {
        ...sendOptions,
        db: {
          executeSql: async (text, values) => through.executeQuery(CompiledQuery.raw(text, values)),
        },
      }),
    async stop() {
      running.delete(db);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
  for (const job of jobs) {
    await boss.createQueue(job.name, {
      name: job.name,
      policy: 'short',
      ...(job.expireInMinutes ? { expireInSeconds: job.expireInMinutes * 60 } : {}),
    });
    if (!workers) continue;
    await boss.work<Record<string, unknown>>(
      job.name,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
      async ([first]) => {
        if (first) await job.handle(first.data ?? {}, queue);
      },
    );
    if (job.cron && schedule) await boss.schedule(job.name, job.cron, {});
  }
  running.set(db, queue);
  return queue;
}
