import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = join(ROOT, 'apps/web');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Builds the web app with its own Vite config into a new temporary folder, and returns the folder. */
async function buildWebApp(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'pathwise-e2e-web-'));
  await build({
    root: WEB,
    configFile: join(WEB, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  if (!existsSync(join(outDir, 'index.html')))
    throw new Error(`the web build wrote no index.html to ${outDir}`);
  return outDir;
}

async function waitForHealth(url: string, server: ChildProcess, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`the server exited with code ${server.exitCode}; see its log`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer ${url}/api/health in time`);
}

/** Runs one statement on the PostgreSQL server of TEST_DATABASE_URL. */
async function onServer(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * The database the server runs on: PGlite in the data folder, or, with PATHWISE_E2E_DB=postgres, a new database
 * on the PostgreSQL server of TEST_DATABASE_URL (dropped at teardown). The embedded PGlite runs inside the server's
 * own thread, so with two browsers working at once every query waits for the server's JavaScript and the other way
 * round; PostgreSQL answers from processes of its own.
 */
async function databaseEnv(): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  if (process.env.PATHWISE_E2E_DB !== 'postgres') return { env: { DATABASE_URL: '' }, drop: async () => {} };
  const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `pw_e2e_${process.pid}_${Date.now()}`;
  await onServer(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    // A fixed test secret: it seals the issuer keys of a database that lives as long as this run.
    env: { DATABASE_URL: url.toString(), ISSUER_KEY_SECRET: 'e2e0'.repeat(16) },
    drop: () => onServer(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

/**
 * Playwright global setup: builds the web app, starts the real Pathwise server on a free port with a fresh data
 * folder (PGlite, the demo seeded) serving that build; returns the teardown that stops it and deletes both folders.
 */
export default async function startServer(): Promise<() => Promise<void>> {
  // NOTE: the app is built into a folder of this run, not apps/web/dist: another build of the shared folder during
  // the run would replace the hashed assets under the server's feet (it lists them at start) and blank the pages.
  const webDist = process.env.PATHWISE_E2E_WEB_DIST ?? (await buildWebApp());
  const dataDir = await mkdtemp(join(tmpdir(), 'pathwise-e2e-'));
  const database = await databaseEnv();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logDir = join(ROOT, 'test-results');
  await mkdir(logDir, { recursive: true });
  const log = createWriteStream(join(logDir, 'e2e-server.log'));
  // PATHWISE_E2E_SERVER_ENTRY runs the same tests against another server entry (a branch being checked).
  const entry = process.env.PATHWISE_E2E_SERVER_ENTRY ?? 'apps/server/src/main.ts';
  const server = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      WEB_DIST: webDist,
      LOG_LEVEL: 'warn',
      // Several tests sign in as the same demo account within a minute.
      SIGN_IN_RATE_LIMIT: '100',
      // The tests create organizations from the web pages; the default (invite) needs an operator's code.
      ORG_SIGNUP: 'open',
      SIGN_IN_IP_RATE_LIMIT: '1000',
      ...database.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(chunk.toString());
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  try {
    // A ceiling, not a wait: on a busy machine the first start (migrations, demo seed) can take a minute.
    await waitForHealth(url, server, Date.now() + 180_000);
  } catch (error) {
    server.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    await database.drop();
    if (!process.env.PATHWISE_E2E_WEB_DIST) await rm(webDist, { recursive: true, force: true });
    const tail = output.join('').split('\n').slice(-25).join('\n');
    throw new Error(`${(error as Error).message}\n--- server output (last lines) ---\n${tail}`);
  }
  server.stdout?.off('data', keep);
  server.stderr?.off('data', keep);
  process.env.PATHWISE_E2E_URL = url;
  // Without SMTP_URL the server writes mail to DATA_DIR/outbox; tests read the links they need there.
  process.env.PATHWISE_E2E_DATA_DIR = dataDir;
  return async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    log.end();
    await rm(dataDir, { recursive: true, force: true });
    await database.drop();
    if (!process.env.PATHWISE_E2E_WEB_DIST) await rm(webDist, { recursive: true, force: true });
  };
}
