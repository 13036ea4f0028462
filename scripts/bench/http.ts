/**
 * HTTP benchmark of the real server, started as a child process the way `npm start` starts it:
 * - requests per second and p99 latency of an authenticated `GET /api/me` (session cookie of the demo admin) on
 *   loopback, with autocannon, on PGlite and on PostgreSQL (a scratch database, created and dropped here);
 * - the time from starting the server process to a served page (`GET /` when the web app is built, else
 *   `GET /api/health`; the output says which) on a new data folder and on an existing one.
 * Prints a table, then one JSON object per case. Stops every process and removes everything it made.
 *
 *   npm run bench:http                          20 connections, 3 s warm-up, 10 s measured; 3 starts per case
 *   npm run bench:http -- --seconds 5 --connections 20 --starts 5
 *   WEB_DIST=/nowhere npm run bench:http        time starts to GET /api/health instead of the web page
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { autocannon } from './lib/autocannon.ts';
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
// The load cases sign in as an account made with the `pathwise` CLI on a database without the demo: the demo's
// background job (a cohort of 240 learners, minutes of writes) would otherwise run during the measurement.
const ACCOUNT = { email: 'bench-admin@example.org', password: 'bench-password-1' };
const PG_ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '20' },
    starts: { type: 'string', default: '3' },
  },
});
const STARTS = Number(args.starts);
const SECONDS = Number(args.seconds);
const WARMUP = Number(args.warmup);
const CONNECTIONS = Number(args.connections);

const cleanups: (() => Promise<void> | void)[] = [];

type Server = BenchServer;

/** Starts the server on `database` (not waiting for it to listen) with the demo password and `extra` settings. */
function spawnServer(database: DatabaseEnv, extra: Record<string, string> = {}): Promise<Server> {
  return spawnBenchServer({ ...database, DEMO_PASSWORD, ...extra });
}

/** Signs in as the demo admin and returns the session cookie, checked once against `GET /api/me`. */
async function sessionCookie(server: Server): Promise<string> {
  const response = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ACCOUNT),
  });
  if (response.status !== 200)
    throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  const session = response.headers.getSetCookie().find((c) => c.startsWith('pw_session='));
  if (!session) throw new Error('sign-in set no pw_session cookie');
  const cookie = session.split(';')[0]!;
  const me = await fetch(`${server.url}/api/me`, { headers: { cookie } });
  const body = (await me.json()) as { user?: { email?: string } };
  if (me.status !== 200 || body.user?.email !== ACCOUNT.email)
    throw new Error(`GET /api/me answered ${me.status}`);
  return cookie;
}

interface LoadFigures {
  rps: number;
  p50_ms: number;
  p99_ms: number;
}

async function loadGetMe(server: Server): Promise<LoadFigures> {
  const options = {
    url: `${server.url}/api/me`,
    connections: CONNECTIONS,
    headers: { cookie: await sessionCookie(server) },
  };
  await autocannon({ ...options, duration: WARMUP });
  const result = await autocannon({ ...options, duration: SECONDS });
  const failures = result.non2xx + result.errors + result.timeouts;
  if (failures > 0) {
    throw new Error(
      `${failures} failed requests (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`,
    );
  }
  return { rps: Math.round(result.requests.average), p50_ms: result.latency.p50, p99_ms: result.latency.p99 };
}

interface Row {
  case: string;
  figures: Record<string, number | string>;
  note: string;
}

type DatabaseEnv = { DATA_DIR: string } | { DATABASE_URL: string; ISSUER_KEY_SECRET: string };

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

/** Runs the `pathwise` CLI on a database; throws with its output when it fails. */
function pathwise(args: string[], database: DatabaseEnv, input = ''): Promise<void> {
  return new Promise((resolve, reject) => {
    const { DATABASE_URL: _url, DATA_DIR: _dir, ...inherited } = process.env;
    const child = spawn(process.execPath, ['apps/cli/bin/pathwise.js', ...args], {
      cwd: ROOT,
      env: { ...inherited, ...database },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`pathwise ${args.join(' ')} exited with ${code}:\n${output}`)),
    );
    child.stdin.end(input);
  });
}

async function loadCase(name: string, database: DatabaseEnv, page: string): Promise<Row> {
  await pathwise(['org', 'create', '--name', 'Bench', '--slug', 'bench'], database);
  await pathwise(
    [
      'user',
      'create',
      '--email',
      ACCOUNT.email,
      '--name',
      'Bench',
      '--password-stdin',
      '--org',
      'bench',
      '--role',
      'admin',
    ],
    database,
    ACCOUNT.password,
  );
  const server = await spawnServer(database, { SEED_DEMO: 'false' });
  try {
    await waitServed(server, page, performance.now());
    return {
      case: name,
      figures: { ...(await loadGetMe(server)) },
      note: 'authenticated GET /api/me, no demo data',
    };
  } finally {
    await stopServer(server);
  }
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
    await loadCase('get-me-pglite', folder(STARTS), page),
    startRow('start-new-postgres-database', await timeStarts(database, page), 'migrations, demo seed'),
    startRow('start-existing-postgres-database', await timeStarts(() => database(0), page), 'nothing to do'),
    await loadCase('get-me-postgres', await database(STARTS), page),
  ];
}

function print(rows: Row[]): void {
  console.log(
    `\nbench:http — ${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)}; ${CONNECTIONS} connections, ` +
      `${WARMUP} s warm-up, ${SECONDS} s measured; autocannon shares the machine with the server\n`,
  );
  console.log(
    `${'case'.padEnd(30)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'ms'.padStart(7)}  note`,
  );
  for (const row of rows) {
    const f = row.figures;
    const cell = (key: string, width: number) => String(f[key] ?? '').padStart(width);
    console.log(
      `${row.case.padEnd(30)} ${cell('rps', 8)} ${cell('p50_ms', 7)} ${cell('p99_ms', 7)} ${cell('ms', 7)}  ${row.note}`,
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
