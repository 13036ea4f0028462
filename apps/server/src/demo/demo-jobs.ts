import type { Db } from '@pathwise/db';
import type { JobDefinition } from '../jobs/job-queue.ts';
import { seedDemoCohort } from './seed-cohort.ts';
import { seedDemoWorkspace } from './seed-workspace.ts';

export const DEMO_COHORT_JOB = 'demo-cohort';

/**
 * The demo cohort is written by a background job after the first start, so that the server answers at once; the
 * classes appear first and fill up as the job goes (it reports its progress in the log); then the demo teacher's
 * workspace is written into their first class.
 */
export function demoJobs(db: Db, log: (message: string) => void): JobDefinition[] {
  return [
    {
      name: DEMO_COHORT_JOB,
      expireInMinutes: 60,
      async handle(data) {
        if (typeof data.orgId !== 'string' || typeof data.publicUrl !== 'string')
          throw new Error('bad job data');
        const people = { teacherEmail: String(data.teacherEmail), learnerEmail: String(data.learnerEmail) };
        await seedDemoCohort(db, {
          orgId: data.orgId,
          publicUrl: data.publicUrl,
          now: new Date(),
          ...people,
          onProgress: (done, total) => log(`demo cohort: ${done} of ${total} learners written`),
        });
        // The teacher's assignments, announcement, conversation, lesson and item go in the demo teacher's first class (7A).
        if (await seedDemoWorkspace(db, { orgId: data.orgId, now: new Date(), ...people }))
          log(
            'demo workspace: assignments, an announcement, a conversation, a published lesson and a published teacher’s item written',
          );
      },
    },
  ];
}
