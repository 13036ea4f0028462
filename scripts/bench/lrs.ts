/**
 * Learning Record Store benchmark of the real server (a child process started like `npm start`), on loopback,
 * on PostgreSQL (a scratch database, created and dropped here) and on PGlite (a temporary data folder):
 * - statements/s of single-statement POST /xapi/statements at 10 and 50 connections, p50/p99 latency;
 * - statements/s of 100-statement batches;
 * - GET /xapi/statements with an agent, verb or activity filter once the store holds `--stored` statements,
 *   bulk-loaded with set-based SQL (1 million on PostgreSQL; fewer on PGlite by default, as the output says).
 * The server runs as deployed (job queue on) without the demo: an organization and its administrator are made with
 * the CLI and the administrator creates the LRS credential (the demo's background job, minutes of writes, would
 * otherwise compete with the measurement). A case in which no request succeeds stops the run with the failing
 * status codes and one response.
 * Prints a table, then one JSON object per case. Stops every process and removes everything it made.
 *
 *   npm run bench:lrs
 *   npm run bench:lrs -- --seconds 5 --stored 1000000 --pglite-stored 200000 --only postgres
 *   npm run bench:lrs -- --stored 0 --pglite-stored 0      writes only
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '@pathwise/db';
import { sql } from 'kysely';
import pg from 'pg';
import { autocannon, describeFailures } from './lib/autocannon.ts';
import { BENCH_ACCOUNT, createBenchAdmin, signInBenchAdmin } from './lib/bench-account.ts';
import { cpuSeconds } from './lib/process-cpu.ts';
import { scratchDatabase } from './lib/scratch-database.ts';
import {
  type BenchServer,
  killServers,
  startServer as startBenchServer,
  stopServer,
} from './lib/start-server.ts';

const PG_ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    stored: { type: 'string', default: '1000000' },
    'pglite-stored': { type: 'string', default: '200000' },
    only: { type: 'string' },
  },
});
const SECONDS = Number(args.seconds);
const WARMUP = Number(args.warmup);

const cleanups: (() => Promise<void> | void)[] = [];

interface Server extends BenchServer {
  databaseUrl?: string;
}

type Database = { DATA_DIR: string } | { DATABASE_URL: string; ISSUER_KEY_SECRET: string };

/** Starts the server without the demo (shared start code in lib/start-server.ts); waits up to 600 s for it. */
async function startServer(database: Database): Promise<Server> {
  const server = await startBenchServer(
    { ...database, WEB_DIST: '/nonexistent', SEED_DEMO: 'false' },
    '/xapi/about',
    { timeoutMs: 600_000, pollMs: 50 },
  );
  return 'DATABASE_URL' in database ? { ...server, databaseUrl: database.DATABASE_URL } : server;
}

/** The headers of every /xapi request: Basic auth with the credential `lrsCredential` made. */
let HEADERS: Record<string, string> = {};

/** Signs in as the bench administrator and creates an LRS credential of the `bench` organization (scope all). */
async function lrsCredential(server: Server): Promise<Record<string, string>> {
  const session = await signInBenchAdmin(server);
  const response = await fetch(`${server.url}/api/orgs/${session.orgId}/lrs-credentials`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'bench', scopes: ['all'] }),
  });
  if (response.status !== 201)
    throw new Error(`creating the LRS credential answered ${response.status}: ${await response.text()}`);
  const { key, secret } = (await response.json()) as { key: string; secret: string };
  return {
    authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`,
    'x-experience-api-version': '2.0.0',
    'content-type': 'application/json',
  };
}

function benchStatement(n: number): Record<string, unknown> {
  return {
    actor: { objectType: 'Agent', mbox: `mailto:bench${n % 500}@example.com`, name: `Bench ${n % 500}` },
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
    object: {
      objectType: 'Activity',
      id: `https://pathwise.example/items/${n % 200}`,
      definition: {
        name: { 'en-US': `Item ${n % 200}` },
        type: 'http://adlnet.gov/expapi/activities/question',
      },
    },
    result: { success: n % 3 !== 0, duration: 'PT12S' },
    context: { registration: '6fbd6e3a-7b4e-4f0e-9d3c-0c2b8e3c2f11', platform: 'bench' },
    timestamp: new Date().toISOString(),
  };
}

/** CPU seconds used so far by each backend process of a PostgreSQL database (the server's pool connections). */
async function backendCpu(databaseUrl: string | undefined): Promise<Map<number, number>> {
  const cpu = new Map<number, number>();
  if (!databaseUrl) return cpu;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    for (const { pid } of rows) cpu.set(pid, cpuSeconds(pid));
  } finally {
    await client.end();
  }
  return cpu;
}

function cpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

interface LoadFigures {
  requests_per_s: number;
  statements_per_s: number;
  p50_ms: number;
  p99_ms: number;
  failed: number;
  server_cpu_us: number;
  postgres_cpu_us: number;
}

/** The status and the start of the body of one request like those of the load, or why there was none. */
async function sampleAnswer(options: { url: string; method?: string; body?: string }): Promise<string> {
  try {
    const response = await fetch(options.url, {
      method: options.method ?? 'GET',
      headers: HEADERS,
      ...(options.body ? { body: options.body } : {}),
      signal: AbortSignal.timeout(30_000),
    });
    return `${response.status} ${(await response.text()).slice(0, 300)}`;
  } catch (error) {
    return `no answer (${(error as Error).message})`;
  }
}

async function load(
  server: Server,
  url: string,
  connections: number,
  request: { method?: string; body?: string },
  perRequest: number,
): Promise<LoadFigures> {
  const options = { url, connections, headers: HEADERS, ...request };
  await autocannon({ ...options, duration: WARMUP });
  const pid = server.child.pid ?? 0;
  const [node0, pg0] = [cpuSeconds(pid), await backendCpu(server.databaseUrl)];
  const result = await autocannon({ ...options, duration: SECONDS });
  const [node1, pg1] = [cpuSeconds(pid), await backendCpu(server.databaseUrl)];
  const units = result.requests.average * SECONDS * Math.max(perRequest, 1);
  const failures = result.non2xx + result.errors + result.timeouts;
  if (result['2xx'] === 0) {
    throw new Error(
      `no request to ${request.method ?? 'GET'} ${url} succeeded in ${SECONDS} s (${failures} failed: ` +
        `${describeFailures(result)}); one more request: ${await sampleAnswer(options)}`,
    );
  }
  if (failures > 0) console.error(`    ${failures} failed: ${describeFailures(result)}`);
  return {
    requests_per_s: Math.round(result.requests.average),
    statements_per_s: Math.round(result.requests.average * perRequest),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    // Errors and timeouts (autocannon gives up after 10 s) on a saturated machine are counted, not hidden.
    failed: failures,
    // CPU cost per statement (per request for reads): what bounds throughput on an unshared machine.
    server_cpu_us: Math.round(((node1 - node0) / units) * 1e6),
    postgres_cpu_us: Math.round((cpuDelta(pg0, pg1) / units) * 1e6),
  };
}

/** Bulk-loads `count` statements into the bench organization with set-based SQL, in chunks. */
async function bulkLoad(database: Database, count: number): Promise<number> {
  const db = await openDb(
    'DATABASE_URL' in database ? { databaseUrl: database.DATABASE_URL } : { dataDir: database.DATA_DIR },
  );
  const started = performance.now();
  try {
    const org = await db.kysely
      .selectFrom('organizations')
      .select('id')
      .where('slug', '=', BENCH_ACCOUNT.org)
      .executeTakeFirstOrThrow();
    const chunk = 100_000;
    for (let from = 0; from < count; from += chunk) {
      const to = Math.min(count, from + chunk) - 1;
      await sql`
        with s as (
          select gen_random_uuid() as id, g,
            date_trunc('milliseconds', now() - interval '1 hour' - g * interval '2 seconds') as stored,
            'mailto:learner' || (g % 10000) || '@example.com' as mbox,
            'http://adlnet.gov/expapi/verbs/' || (array['answered','attempted','completed','passed','failed'])[g % 5 + 1] as verb,
            'https://pathwise.example/items/' || (g % 1000) as activity
          from generate_series(${from}::int, ${to}::int) g
        ),
        ids as (insert into xapi_statement_ids (org_id, id, stored) select ${org.id}::uuid, id, stored from s)
        insert into xapi_statements (org_id, id, stored, verb_id, agents, related_agents, activities,
          related_activities, statement)
        select ${org.id}::uuid, id, stored, verb, array['mbox:' || mbox], array['mbox:' || mbox], array[activity],
          array[activity], jsonb_build_object(
            'id', id,
            'actor', jsonb_build_object('objectType', 'Agent', 'mbox', mbox),
            'verb', jsonb_build_object('id', verb),
            'object', jsonb_build_object('objectType', 'Activity', 'id', activity),
            'result', jsonb_build_object('success', g % 3 <> 0),
            'timestamp', to_char(stored at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            'stored', to_char(stored at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            'authority', jsonb_build_object('objectType', 'Agent', 'name', 'Bulk load',
              'account', jsonb_build_object('homePage', 'https://pathwise.example', 'name', 'bulk')),
            'version', '2.0.0')
        from s`.execute(db.kysely);
    }
    // The steady state autovacuum reaches: GIN pending lists merged, statistics current.
    await sql`vacuum analyze xapi_statements`.execute(db.kysely);
    await sql`vacuum analyze xapi_statement_ids`.execute(db.kysely);
  } finally {
    await db.close();
  }
  return (performance.now() - started) / 1000;
}

interface Row {
  bench: 'lrs';
  case: string;
  database: string;
  [figure: string]: string | number;
}

async function runBackend(kind: 'postgres' | 'pglite', database: Database, stored: number): Promise<Row[]> {
  const rows: Row[] = [];
  const add = (name: string, figures: object) => {
    // PGlite runs inside the server process: its cost is in server_cpu_us.
    const { postgres_cpu_us, ...rest } = figures as { postgres_cpu_us?: number };
    const kept = kind === 'pglite' ? rest : figures;
    const row = { bench: 'lrs' as const, case: name, database: kind, ...kept } as Row;
    rows.push(row);
    console.error(`  ${kind} ${name}: ${JSON.stringify(figures)}`);
  };
  await createBenchAdmin(database);
  let server = await startServer(database);
  try {
    HEADERS = await lrsCredential(server);
    const statementsUrl = `${server.url}/xapi/statements`;
    const single = JSON.stringify(benchStatement(1));
    const batch = JSON.stringify(Array.from({ length: 100 }, (_, i) => benchStatement(i)));
    add(
      'POST 1 statement, 10 connections',
      await load(server, statementsUrl, 10, { method: 'POST', body: single }, 1),
    );
    add(
      'POST 1 statement, 50 connections',
      await load(server, statementsUrl, 50, { method: 'POST', body: single }, 1),
    );
    add(
      'POST 100-statement batch, 10 connections',
      await load(server, statementsUrl, 10, { method: 'POST', body: batch }, 100),
    );
    if (stored === 0) return rows;
    if (kind === 'pglite') await stopServer(server);
    const loadSeconds = await bulkLoad(database, stored);
    add('bulk load (set-based SQL)', { statements: stored, seconds: Math.round(loadSeconds * 10) / 10 });
    if (kind === 'pglite') server = await startServer(database);
    const readUrl = `${server.url}/xapi/statements`;
    const agent = encodeURIComponent(JSON.stringify({ mbox: 'mailto:learner42@example.com' }));
    const filters = {
      'GET agent filter, limit 10': `agent=${agent}&limit=10`,
      'GET verb filter, limit 10': `verb=${encodeURIComponent('http://adlnet.gov/expapi/verbs/passed')}&limit=10`,
      'GET activity filter, limit 10': `activity=${encodeURIComponent('https://pathwise.example/items/7')}&limit=10`,
      'GET agent + related_activities, limit 100': `agent=${agent}&related_activities=true&limit=100`,
    };
    for (const [name, query] of Object.entries(filters)) {
      const check = await fetch(`${readUrl}?${query}`, { headers: HEADERS });
      const body = (await check.json()) as { statements?: unknown[] };
      if (check.status !== 200 || !body.statements?.length)
        throw new Error(`${name} answered ${check.status}`);
      const figures = await load(server, `${readUrl}?${query}`, 10, {}, 0);
      const { statements_per_s: _unused, ...readFigures } = figures;
      add(`${name} (${stored.toLocaleString('en')} stored)`, readFigures);
    }
  } finally {
    await stopServer(server);
  }
  return rows;
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  if (args.only !== 'pglite') {
    console.error('PostgreSQL …');
    rows.push(
      ...(await runBackend(
        'postgres',
        {
          DATABASE_URL: await scratchDatabase(PG_ADMIN_URL, 'pw_bench_lrs', cleanups),
          // The server refuses PostgreSQL without a secret to seal issuer keys with.
          ISSUER_KEY_SECRET: randomBytes(32).toString('hex'),
        },
        Number(args.stored),
      )),
    );
  }
  if (args.only !== 'postgres') {
    console.error('PGlite …');
    const dir = mkdtempSync(join(tmpdir(), 'pathwise-bench-lrs-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    rows.push(...(await runBackend('pglite', { DATA_DIR: dir }, Number(args['pglite-stored']))));
  }
  const load1 = loadavg()[0]?.toFixed(1);
  console.log(
    `\nLRS on loopback (${SECONDS} s per case after ${WARMUP} s warm-up; ${cpus().length} CPUs, load ${load1})\n`,
  );
  console.log(['database', 'case', 'statements/s', 'req/s', 'p50 ms', 'p99 ms', 'other'].join(' | '));
  for (const row of rows) {
    const {
      bench: _b,
      case: name,
      database,
      statements_per_s,
      requests_per_s,
      p50_ms,
      p99_ms,
      ...other
    } = row;
    console.log(
      [
        database,
        name,
        statements_per_s ?? '',
        requests_per_s ?? '',
        p50_ms ?? '',
        p99_ms ?? '',
        JSON.stringify(other),
      ].join(' | '),
    );
  }
  console.log('');
  for (const row of rows) console.log(JSON.stringify(row));
}

try {
  await main();
} finally {
  killServers();
  for (const cleanup of cleanups.reverse()) await cleanup();
}
