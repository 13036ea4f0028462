import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../test/test-app.ts';
import { type JobDefinition, startJobQueue } from './job-queue.ts';

const CHAIN = 'test-query-chain';
const COUNTED = 'test-counted';

/** Resolves when `check()` holds, polling every 20 ms; rejects after `ms`. */
async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

for (const backend of await testBackends()) {
  describe(`job queue on ${backend.kind}`, () => {
    let t: TestApp;
    let url: string;
    before(async () => {
      t = await buildTestApp(backend);
      url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    });
    after(() => t.close());

    test('the server answers over HTTP while a job runs a long chain of queries', async () => {
      const job = { started: false, answered: false, queries: 0, finished: false };
      const chain: JobDefinition = {
        name: CHAIN,
        async handle() {
          job.started = true;
          // Stops as soon as the HTTP answer came (or after 3,000 queries: the answer never came during the job).
          for (; job.queries < 3000 && !job.answered; job.queries++)
            await sql`select ${job.queries}::int as n`.execute(t.db.kysely);
          job.finished = true;
        },
      };
      const queue = await startJobQueue(t.db, [chain], { schedule: false, pollingIntervalSeconds: 0.5 });
      try {
        await queue.enqueue(t.db.kysely, CHAIN, {});
        await until(() => job.started, 20_000, 'the job to start');
        const response = await fetch(`${url}/api/health`);
        assert.equal(response.status, 200);
        job.answered = true;
        await until(() => job.finished, 60_000, 'the job to finish');
        assert.ok(
          job.queries < 3000,
          `the health check was answered only after the job's ${job.queries} queries`,
        );
      } finally {
        await queue.stop();
      }
    });

    test('with workers off, jobs are enqueued but not run', async () => {
      // The same job name with one handler per process: whichever process takes the job says so. The process with
      // workers off keeps polling the whole time, so it would take the job first if it ran jobs at all.
      const runs = { idle: 0, working: 0 };
      const handler = (who: keyof typeof runs): JobDefinition => ({
        name: COUNTED,
        async handle() {
          runs[who]++;
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
          await until(() => runs.working === 1, 20_000, 'the waiting job to run');
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
