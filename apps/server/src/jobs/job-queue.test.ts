import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../test/test-app.ts';
import { type JobDefinition, startJobQueue } from './job-queue.ts';

const CHAIN = 'test-query-chain';
const COUNTED = 'test-counted';

/** A promise and the function that resolves it (Node 20 has no Promise.withResolvers). */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

// NOTE: each test waits for what its job handler signals, not for time to pass; the test timeout only keeps a job
// that never runs from hanging the run (the handlers run in pg-boss's workers, which poll the database).
const WAITS = { timeout: 60_000 };

for (const backend of await testBackends()) {
  describe(`job queue on ${backend.kind}`, () => {
    let t: TestApp;
    let url: string;
    before(async () => {
      t = await buildTestApp(backend);
      url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    });
    after(() => t.close());

    test('the server answers over HTTP while a job runs a long chain of queries', WAITS, async () => {
      const job = { answered: false, queries: 0 };
      const started = signal();
      const finished = signal();
      const chain: JobDefinition = {
        name: CHAIN,
        async handle() {
          started.resolve();
          // Stops as soon as the HTTP answer came (or after 3,000 queries: the answer never came during the job).
          for (; job.queries < 3000 && !job.answered; job.queries++)
            await sql`select ${job.queries}::int as n`.execute(t.db.kysely);
          finished.resolve();
        },
      };
      const queue = await startJobQueue(t.db, [chain], { schedule: false, pollingIntervalSeconds: 0.5 });
      try {
        await queue.enqueue(t.db.kysely, CHAIN, {});
        await started.promise;
        const response = await fetch(`${url}/api/health`);
        assert.equal(response.status, 200);
        job.answered = true;
        await finished.promise;
        assert.ok(
          job.queries < 3000,
          `the health check was answered only after the job's ${job.queries} queries`,
        );
      } finally {
        await queue.stop();
      }
    });

    test('with workers off, jobs are enqueued but not run', WAITS, async () => {
      // The same job name with one handler per process: whichever process takes the job says so. The process with
      // workers off keeps polling the whole time, so it would take the job first if it ran jobs at all.
      const runs = { idle: 0, working: 0 };
      const ran = signal();
      const handler = (who: keyof typeof runs): JobDefinition => ({
        name: COUNTED,
        async handle() {
          runs[who]++;
          ran.resolve();
        },
      });
      const idle = await startJobQueue(t.db, [handler('idle')], {
        workers: false,
        pollingIntervalSeconds: 0.5,
      });
      try {
        const id = await idle.enqueue(t.db.kysely, COUNTED, {});
        assert.ok(id);
        assert.equal((await idle.boss.getJobById(COUNTED, id))?.state, 'created');
        const working = await startJobQueue(t.db, [handler('working')], {
          schedule: false,
          pollingIntervalSeconds: 0.5,
        });
        try {
          await ran.promise;
        } finally {
          await working.stop();
        }
        assert.deepEqual(runs, { idle: 0, working: 1 });
      } finally {
        await idle.stop();
      }
    });
  });
}
