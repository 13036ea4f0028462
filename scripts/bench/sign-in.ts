/**
 * Sign-in flood benchmark of the real server (a child process on loopback, a scratch PostgreSQL database made
 * and dropped here, BENCH_DATABASE_URL; no demo, no job workers): `--parallel` clients sign in over and over for
 * `--seconds` (unknown addresses, so each attempt costs one scrypt at the default cost, 32 MiB) while one probe asks
 * GET /api/health and then GET / (a static page read from disk, WEB_DIST set to a small folder made here: file reads
 * share libuv's thread pool with scrypt) every 50 ms. Cases:
 * - `idle`: the probe alone (the baseline);
 * - `unbounded`: the hashing gate opened wide (PASSWORD_HASH_CONCURRENCY=1024, no queue limit) and no per-client
 *   limit: how the server behaved before the gate;
 * - `bounded`: the default gate (cores − 1 at once, 32 waiting, then 503), per-client limit lifted so the gate
 *   alone is measured;
 * - `bounded-ip-limit`: every default, the per-client limit (SIGN_IN_IP_RATE_LIMIT=100/min) included.
 * Prints a table, then one JSON object per case ({"bench":"sign-in","case":…}). Stops every process and removes
 * everything it made.
 *
 *   npm run bench:sign-in
 *   npm run bench:sign-in -- --seconds 10 --parallel 40
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scratchDatabase } from './lib/scratch-database.ts';
import { killServers, spawnServer, stopServer, waitServed } from './lib/start-server.ts';

const PG_ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '8' },
    parallel: { type: 'string', default: '40' },
  },
});
const SECONDS = Number(args.seconds);
const PARALLEL = Number(args.parallel);
const PROBE_EVERY_MS = 50;
const webDist = mkdtempSync(join(tmpdir(), 'pw-bench-sign-in-web-'));
writeFileSync(
  join(webDist, 'index.html'),
  `<!doctype html><title>Pathwise</title><p>${'x'.repeat(2000)}</p>`,
);

interface Case {
  name: string;
  env: Record<string, string>;
  flood: boolean;
  note: string;
}

const LIFTED = { SIGN_IN_IP_RATE_LIMIT: '100000', SIGN_IN_RATE_LIMIT: '100000' };
const CASES: Case[] = [
  { name: 'idle', env: {}, flood: false, note: 'GET /api/health alone' },
  {
    name: 'unbounded',
    env: { ...LIFTED, PASSWORD_HASH_CONCURRENCY: '1024', PASSWORD_HASH_QUEUE: '100000' },
    flood: true,
    note: 'no hashing gate, no per-client limit (as before)',
  },
  { name: 'bounded', env: LIFTED, flood: true, note: 'default hashing gate; per-client limit lifted' },
  { name: 'bounded-ip-limit', env: {}, flood: true, note: 'every default (per-client limit 100/min)' },
];

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

interface Figures {
  health_p50_ms: number;
  health_p99_ms: number;
  health_max_ms: number;
  health_n: number;
  page_p50_ms: number;
  page_p99_ms: number;
  sign_ins: number;
  sign_in_p50_ms: number;
  status_401: number;
  status_429: number;
  status_503: number;
  other: number;
}

async function runCase(database: Record<string, string>, c: Case): Promise<Figures> {
  const server = await spawnServer({
    ...database,
    WEB_DIST: webDist,
    SEED_DEMO: 'false',
    JOB_WORKERS: 'false',
    ...c.env,
  });
  try {
    await waitServed(server, '/api/health', performance.now());
    const until = performance.now() + SECONDS * 1000;
    const health: number[] = [];
    const page: number[] = [];
    const signInTimes: number[] = [];
    const statuses = new Map<number, number>();
    let n = 0;
    const signInLoop = async (worker: number) => {
      while (performance.now() < until) {
        const since = performance.now();
        const res = await fetch(`${server.url}/api/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: `flood-${worker}-${n++}@example.org`, password: 'not the password' }),
        });
        await res.arrayBuffer();
        signInTimes.push(performance.now() - since);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        // A refused client waits as Retry-After asks only if it is polite; a flood does not wait.
      }
    };
    const probe = async () => {
      while (performance.now() < until) {
        const since = performance.now();
        const res = await fetch(`${server.url}/api/health`);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`GET /api/health answered ${res.status}`);
        health.push(performance.now() - since);
        const pageSince = performance.now();
        const pageRes = await fetch(`${server.url}/`);
        await pageRes.arrayBuffer();
        if (pageRes.status !== 200) throw new Error(`GET / answered ${pageRes.status}`);
        page.push(performance.now() - pageSince);
        await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
      }
    };
    await Promise.all([
      probe(),
      ...(c.flood ? Array.from({ length: PARALLEL }, (_, worker) => signInLoop(worker)) : []),
    ]);
    const count = (status: number) => statuses.get(status) ?? 0;
    return {
      health_p50_ms: round(percentile(health, 50)),
      health_p99_ms: round(percentile(health, 99)),
      health_max_ms: round(Math.max(...health)),
      health_n: health.length,
      page_p50_ms: round(percentile(page, 50)),
      page_p99_ms: round(percentile(page, 99)),
      sign_ins: signInTimes.length,
      sign_in_p50_ms: round(percentile(signInTimes, 50)),
      status_401: count(401),
      status_429: count(429),
      status_503: count(503),
      other: signInTimes.length - count(401) - count(429) - count(503),
    };
  } finally {
    await stopServer(server);
  }
}

async function main(): Promise<void> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const rows: { c: Case; f: Figures }[] = [];
  try {
    const database = {
      DATABASE_URL: await scratchDatabase(PG_ADMIN_URL, 'pw_bench_sign_in', cleanups),
      ISSUER_KEY_SECRET: randomBytes(32).toString('hex'),
    };
    for (const c of CASES) rows.push({ c, f: await runCase(database, c) });
  } finally {
    killServers();
    for (const cleanup of cleanups.reverse()) await cleanup();
    rmSync(webDist, { recursive: true, force: true });
  }
  console.log(
    `\nbench:sign-in — ${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)}; ${PARALLEL} clients signing in ` +
      `for ${SECONDS} s, GET /api/health every ${PROBE_EVERY_MS} ms\n`,
  );
  const head = ['case', 'health p50', 'p99', 'page p50', 'p99', 'sign-ins', 'p50 ms', '401', '429', '503'];
  console.log(
    `${head[0]!.padEnd(18)}${head
      .slice(1)
      .map((h) => h.padStart(11))
      .join('')}  note`,
  );
  for (const { c, f } of rows) {
    const cells = [
      f.health_p50_ms,
      f.health_p99_ms,
      f.page_p50_ms,
      f.page_p99_ms,
      f.sign_ins,
      f.sign_in_p50_ms,
      f.status_401,
      f.status_429,
      f.status_503,
    ];
    console.log(`${c.name.padEnd(18)}${cells.map((v) => String(v).padStart(11)).join('')}  ${c.note}`);
  }
  console.log('');
  for (const { c, f } of rows) {
    console.log(
      JSON.stringify({
        bench: 'sign-in',
        case: c.name,
        parallel: PARALLEL,
        seconds: SECONDS,
        ...f,
        note: c.note,
      }),
    );
  }
}

process.on('SIGINT', () => {
  killServers();
  process.exit(130);
});
await main();
