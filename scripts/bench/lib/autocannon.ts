/** autocannon, the HTTP load generator of the benchmarks, with the part of its interface they use typed. */
import { createRequire } from 'node:module';

interface Histogram {
  average: number;
  p50: number;
  p99: number;
}

/** What one run measured: requests per second and latency in ms, and the requests that failed. */
export interface AutocannonResult {
  requests: Histogram;
  latency: Histogram;
  non2xx: number;
  /** Responses with a 2xx status. */
  '2xx': number;
  errors: number;
  timeouts: number;
  duration: number;
  /** Responses by HTTP status code. */
  statusCodeStats: Record<string, { count: number }>;
}

/** Runs `connections` connections against `url` for `duration` seconds. */
export type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  body?: string;
  headers: Record<string, string>;
}) => Promise<AutocannonResult>;

// NOTE: autocannon ships no types; require() keeps the one call we make typed here instead of an ambient module.
export const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/**
 * The failed requests of a run in words: non-2xx answers by status code, connection errors, timeouts (autocannon
 * gives up on a request after 10 s and counts it as an error too).
 *
 * @example
 * describeFailures(result); // "non-2xx 12 (500×2, 503×10), errors 0, timeouts 0"
 */
export function describeFailures(result: AutocannonResult): string {
  const failing = Object.entries(result.statusCodeStats ?? {})
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, { count }]) => `${status}×${count}`);
  const statuses = failing.length > 0 ? ` (${failing.join(', ')})` : '';
  return `non-2xx ${result.non2xx}${statuses}, errors ${result.errors}, timeouts ${result.timeouts}`;
}
