// Test support: runs the real `pathwise` command as a child process against a real database.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DatabaseKind, type Db, openDb } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import pg from 'pg';
import { runCli } from './run-cli.ts';

export const REPO_ROOT = join(import.meta.dirname, '../../..');
const BIN = join(import.meta.dirname, '../bin/pathwise.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

// NOTE: these tests are about the CLI and the API; whether the web app happens to be built must not change them.
export const NO_WEB_DIST = join(tmpdir(), 'pathwise-cli-tests-no-web');

/**
 * The environment a child process gets: ours, minus any database setting, plus `env`; a cheap hash cost and
 * no web app.
 */
export function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, DATA_DIR: _dir, ...rest } = process.env;
  return { ...rest, PASSWORD_HASH_COST: '1024', WEB_DIST: NO_WEB_DIST, ...env };
}

/**
 * Runs `node apps/cli/bin/pathwise.js ...args` (plain node, as a user would) and collects its output: for the tests
 * of the command itself (the shim, exit codes, a running server holding the folder). Each run costs a process
 * start and a load of the code, seconds on this machine kind.
 */
export function spawnPathwise(args: string[], env: Record<string, string>, input?: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: childEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/**
 * Runs `pathwise ...args` in this process through `runCli`, the function `bin/pathwise.js` calls, with the
 * environment a child would get ({@link childEnv}) and its output collected as a child's would be: what each
 * command does, without paying for a process per run. `spawnPathwise` tests the shim and the process around it.
 */
export async function runPathwise(
  args: string[],
  env: Record<string, string>,
  input?: string,
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    out: (text) => {
      stdout += `${text}\n`;
    },
    err: (text) => {
      stderr += `${text}\n`;
    },
    readStdin: async () => input ?? '',
    env: childEnv(env),
  });
  return { code, stdout, stderr };
}

/** A database the CLI runs against, with a way for the test to look inside it between runs. */
export interface CliTarget {
  kind: DatabaseKind;
  /** DATA_DIR or DATABASE_URL for the child. */
  env: Record<string, string>;
  /** Opens the database in this process (a PGlite folder only while no CLI holds it), runs `fn`, closes. */
  withDb<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  dispose(): Promise<void>;
}

function pgliteTarget(): CliTarget {
  const dir = mkdtempSync(join(tmpdir(), 'pw-cli-'));
  const dataDir = join(dir, 'data');
  return {
    kind: 'pglite',
    env: { DATA_DIR: dataDir },
    async withDb(fn) {
      const db = await openDb({ dataDir });
      try {
        return await fn(db);
      } finally {
        await db.close();
      }
    },
    async dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresTarget(): Promise<CliTarget> {
  // A scratch database made the way @pathwise/db/testing makes its own, but left unmigrated for `migrate`.
  const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `pw_cli_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    kind: 'postgres',
    // The server's configuration asks for a key-sealing secret with PostgreSQL; the CLI reads the same one.
    env: { DATABASE_URL: databaseUrl, ISSUER_KEY_SECRET: randomBytes(32).toString('hex') },
    async withDb(fn) {
      const db = await openDb({ databaseUrl });
      try {
        return await fn(db);
      } finally {
        await db.close();
      }
    },
    dispose: () => admin(`drop database if exists ${name} with (force)`),
  };
}

/** The database kinds the SQL tests run on (see `testBackends()`: PostgreSQL when it answers, or as CI requires). */
export async function cliTargetKinds(): Promise<DatabaseKind[]> {
  return (await testBackends()).map((backend) => backend.kind);
}

/** A fresh, empty (unmigrated) database of that kind for the CLI to run against. */
export function createCliTarget(kind: DatabaseKind): Promise<CliTarget> {
  return kind === 'pglite' ? Promise.resolve(pgliteTarget()) : postgresTarget();
}
