/**
 * HTTP benchmark of the real server, started as a child process the way `npm start` starts it:
 * - requests per second, p50/p99 latency and server CPU per request of an authenticated `GET /api/me` (session
 *   cookie of an admin made with the CLI, no demo) on loopback, with autocannon, on PGlite and on PostgreSQL (a
 *   scratch database, created and dropped here), each with the job queue running (as deployed) and without it
 *   (JOB_WORKERS=false), the two servers alternating `--rounds` times on the same database so that their ratio is
 *   measured under one machine load;
 * - the time from starting the server as `npm start` does (scripts/start.ts: the web build checked against its
 *   sources, then the server) to a served page (`GET /` when the web app is built, else `GET /api/health`; the
 *   output says which) on a new data folder and on an existing one.
 * Prints a table, then one JSON object per case. Stops every process and removes everything it made.
 *
 *   npm run bench:http                          20 connections, 3 s warm-up, 10 s measured; 3 starts per case
 *   npm run bench:http -- --seconds 5 --connections 20 --starts 5 --rounds 3
 *   WEB_DIST=/nowhere npm run bench:http        time starts to GET /api/health instead of the web page
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { autocannon, describeFailures } from './lib/autocannon.ts';
import { type BenchDatabase, createBenchAdmin, signInBenchAdmin } from './lib/bench-account.ts';
import { cpuSeconds } from './lib/process-cpu.ts';
import { scratchDatabase } from './lib/scratch-database.ts';
import {
  type BenchServer,
  killServers,
  ROOT,
  spawnServer as spawnBenchServer,
  stopServer,
  waitServed,
} from './lib/start-server.ts';

const DEMO_PASSWORD = 'bench-demo-password';
const PG_ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '20' },
    starts: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '2' },
  },
});
const STARTS = Number(args.starts);
const SECONDS = Number(args.seconds);
const WARMUP = Number(args.warmup);
const CONNECTIONS = Number(args.connections);
const ROUNDS = Number(args.rounds);

const cleanups: (() => Promise<void> | void)[] = [];

type Server = BenchServer;

/** Starts the server on `database` (not waiting for it to listen) with the demo password and `extra` settings. */
function spawnServer(database: DatabaseEnv, extra: Record<string, string> = {}): Promise<Server> {
  // NOTE: through npm start's script, which checks the web build against its sources (and builds it when they
  // changed) before the server starts: the start figures are what a person running `npm start` waits.
  return spawnBenchServer({ ...database, DEMO_PASSWORD, ...extra }, 'scripts/start.ts');
}

interface LoadFigures {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  /** Server process CPU per request (with PGlite, the database's too; not PostgreSQL's). */
  cpu_us: number;
}

async function loadGetMe(server: Server): Promise<LoadFigures> {
  const options = {
    url: `${server.url}/api/me`,
    connections: CONNECTIONS,
    headers: { cookie: (await signInBenchAdmin(server)).cookie },
  };
  await autocannon({ ...options, duration: WARMUP });
  const cpu0 = cpuSeconds(server.child.pid ?? 0);
  const result = await autocannon({ ...options, duration: SECONDS });
  const cpu = cpuSeconds(server.child.pid ?? 0) - cpu0;
  const failures = result.non2xx + result.errors + result.timeouts;
  if (failures > 0) throw new Error(`${failures} failed requests: ${describeFailures(result)}`);
  const rps = result.requests.average;
  return {
    rps: Math.round(rps),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    cpu_us: Math.round((cpu / (rps * SECONDS)) * 1e6),
  };
}

interface Row {
  case: string;
  figures: Record<string, number | string>;
  note: string;
}

type DatabaseEnv = BenchDatabase;

/** Starts and stops the server STARTS times, each on `database(i)`; the time to a served page of each start. */
async function timeStarts(database: (i: number) => Promise<DatabaseEnv>, page: string) {
  const times: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const env = await database(i);
    const since = performance.now();
    const server = await spawnServer(env);
    times.push(Math.round(await waitServed(server, page, since)));
    await stopServer(server);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    ms: sorted[Math.floor((sorted.length - 1) / 2)]!,
    min_ms: sorted[0]!,
    max_ms: sorted.at(-1)!,
    runs: times.length,
  };
}

/** The median of `values` (the mean of the middle two for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * GET /api/me under load on `database` (an admin made with the CLI, no demo): a server with the job queue running
 * (as deployed) and one with JOB_WORKERS=false (nothing polls the database), alternating ROUNDS times in the order
 * ABBA…, so that both see the same machine load; a row per setting with the medians, the second with the ratio.
 */
async function loadCases(name: string, database: DatabaseEnv, page: string): Promise<Row[]> {
  await createBenchAdmin(database);
  const runs: Record<'jobs' | 'noJobs', LoadFigures[]> = { jobs: [], noJobs: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const setting of round % 2 === 0 ? (['jobs', 'noJobs'] as const) : (['noJobs', 'jobs'] as const)) {
      const server = await spawnServer(database, {
        SEED_DEMO: 'false',
        JOB_WORKERS: setting === 'jobs' ? 'true' : 'false',
      });
      try {
        await waitServed(server, page, performance.now());
        runs[setting].push(await loadGetMe(server));
      } finally {
        await stopServer(server);
      }
    }
  }
  const figures = (list: LoadFigures[]) => ({
    rps: Math.round(median(list.map((f) => f.rps))),
    p50_ms: median(list.map((f) => f.p50_ms)),
    p99_ms: median(list.map((f) => f.p99_ms)),
    cpu_us: Math.round(median(list.map((f) => f.cpu_us))),
    rps_runs: list.map((f) => f.rps).join('/'),
  });
  const withJobs = figures(runs.jobs);
  const withoutJobs = figures(runs.noJobs);
  const ratio = Math.round((withoutJobs.rps / withJobs.rps) * 100) / 100;
  const cpuRatio = Math.round((withoutJobs.cpu_us / withJobs.cpu_us) * 100) / 100;
  const what = `authenticated GET /api/me, no demo data; median of ${ROUNDS} alternating runs`;
  return [
    { case: name, figures: withJobs, note: `${what} (${withJobs.rps_runs}); job queue running` },
    {
      case: `${name}-no-jobs`,
      figures: { ...withoutJobs, rps_vs_jobs: ratio, cpu_vs_jobs: cpuRatio },
      note:
        `${what} (${withoutJobs.rps_runs}); JOB_WORKERS=false: ${ratio}× the rate, ${cpuRatio}× the CPU per ` +
        'request of the server with the queue',
    },
  ];
}

async function main(): Promise<Row[]> {
  // The server serves the web app from WEB_DIST (default apps/web/dist) when it is built; the child inherits it.
  const webBuilt = existsSync(join(process.env.WEB_DIST ?? join(ROOT, 'apps/web/dist'), 'index.html'));
  const page = webBuilt ? '/' : '/api/health';
  const until = `until GET ${page} → 200${webBuilt ? '' : ' (no web app built at WEB_DIST)'}`;
  const startRow = (name: string, figures: Awaited<ReturnType<typeof timeStarts>>, what: string): Row => ({
    case: name,
    figures: { ...figures, path: page },
    note: `median of ${figures.runs} (${figures.min_ms}–${figures.max_ms}), ${until}; ${what}`,
  });

  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-http-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const folder = (i: number): DatabaseEnv => ({ DATA_DIR: join(dir, `data-${i}`) });
  const databases: string[] = [];
  const secrets: string[] = [];
  const database = async (i: number): Promise<DatabaseEnv> => {
    databases[i] ??= await scratchDatabase(PG_ADMIN_URL, 'pw_bench', cleanups);
    // The server refuses PostgreSQL without a secret to seal issuer keys with; one per database, like a deployment.
    secrets[i] ??= randomBytes(32).toString('hex');
    return { DATABASE_URL: databases[i], ISSUER_KEY_SECRET: secrets[i] };
  };

  return [
    startRow(
      'start-new-data-folder',
      await timeStarts(async (i) => folder(i), page),
      'initdb, migrations, demo seed',
    ),
    startRow('start-existing-data-folder', await timeStarts(async () => folder(0), page), 'reopen only'),
    ...(await loadCases('get-me-pglite', folder(STARTS), page)),
    startRow('start-new-postgres-database', await timeStarts(database, page), 'migrations, demo seed'),
    startRow('start-existing-postgres-database', await timeStarts(() => database(0), page), 'nothing to do'),
    ...(await loadCases('get-me-postgres', await database(STARTS), page)),
  ];
}

function print(rows: Row[]): void {
  console.log(
    `\nbench:http — ${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)}; ${CONNECTIONS} connections, ` +
      `${WARMUP} s warm-up, ${SECONDS} s measured; autocannon shares the machine with the server\n`,
  );
  console.log(
    `${'case'.padEnd(30)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'cpu µs'.padStart(7)} ${'ms'.padStart(7)}  note`,
  );
  for (const row of rows) {
    const f = row.figures;
    const cell = (key: string, width: number) => String(f[key] ?? '').padStart(width);
    console.log(
      `${row.case.padEnd(30)} ${cell('rps', 8)} ${cell('p50_ms', 7)} ${cell('p99_ms', 7)} ${cell('cpu_us', 7)} ${cell('ms', 7)}  ${row.note}`,
    );
  }
  console.log('');
  for (const row of rows) console.log(JSON.stringify({ bench: 'http', case: row.case, ...row.figures }));
}

async function cleanUp(): Promise<void> {
  killServers();
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`cleanup: ${(error as Error).message}`);
    }
  }
}

process.once('SIGINT', () => {
  void cleanUp().then(() => process.exit(130));
});

try {
  print(await main());
} catch (error) {
  console.error(`bench:http failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
