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
  errors: number;
  timeouts: number;
  duration: number;
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
