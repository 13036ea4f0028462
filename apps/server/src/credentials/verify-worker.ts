import type { MessagePort } from 'node:worker_threads';
import type { VerificationResult } from '@pathwise/open-badges';
import { runVerificationJob, type VerificationJob } from './verification-job.ts';

/** A task of the verifier pool: the job, and the port on which the worker says that it started. */
export interface VerifyTask {
  job: VerificationJob;
  started: MessagePort;
}

/**
 * The worker thread's task (piscina calls the default export): says "started" (the pool's time limit counts from
 * here, not from the queue), then verifies.
 */
export default async function verifyInWorker({ job, started }: VerifyTask): Promise<VerificationResult> {
  started.postMessage('started');
  started.close();
  return runVerificationJob(job);
}
