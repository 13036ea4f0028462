import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateToLatest } from './migrate.ts';
import { type DatabaseKind, type Db, openDb } from './open-db.ts';
import { migratedPgliteDump, postgresTemplate } from './test-database-template.ts';

/** A database engine that tests run against; `open()` gives a fresh, migrated, empty database. */
export interface TestBackend {
  readonly kind: DatabaseKind;
  open(): Promise<Db>;
}

const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

// NOTE: initdb and the migrations cost seconds per PGlite; loading a dump of a migrated database costs a fraction
// of that, and the dump is shared by every test process through the disk (test-database-template.ts).
let pgliteTemplate: Promise<Blob> | undefined;

/** The embedded backend: a fresh, migrated, in-memory PGlite per `open()`. */
export const pgliteBackend: TestBackend = {
  kind: 'pglite',
  async open() {
    pgliteTemplate ??= migratedPgliteDump();
    return openDb({ dataDir: 'memory://', loadDataDir: await pgliteTemplate });
  },
};

function postgresBackend(adminUrl: string): TestBackend {
  let template: Promise<string | null> | undefined;
  return {
    kind: 'postgres',
    async open() {
      const name = `pw_test_${process.pid}_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      // NOTE: cloning a migrated template is a file copy on the server; running the migrations costs seconds.
      template ??=
        process.env.PATHWISE_TEST_DB_CACHE === 'off' ? Promise.resolve(null) : postgresTemplate(adminUrl);
      const from = await template;
      await admin.query(from ? `create database ${name} template ${from}` : `create database ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      // Dropping the database at close ends idle connections on purpose: nothing to warn about.
      const db = await openDb({ databaseUrl: url.toString(), onIdleError: () => {} });
      if (!from) await migrateToLatest(db.kysely);
      return {
        ...db,
        async close() {
          await db.close();
          const dropper = new pg.Client({ connectionString: adminUrl });
          await dropper.connect();
          await dropper.query(`drop database if exists ${name} with (force)`);
          await dropper.end();
        },
      };
    },
  };
}

/**
 * Whether PostgreSQL at `url` accepts a connection within `timeoutMs`, trying `attempts` times. With
 * `PATHWISE_TEST_PG=require` a busy machine must not turn a slow answer into a failed test file (CI once saw a
 * connection take longer than 1.5 s while browsers and test files shared two CPUs), so that mode waits longer.
 */
async function reachable(url: string, attempts: number, timeoutMs: number): Promise<boolean> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch {
      if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  return false;
}

let backends: Promise<TestBackend[]> | undefined;

/**
 * The backends SQL tests run on: always PGlite, and PostgreSQL at `TEST_DATABASE_URL`
 * (default `postgres://postgres@127.0.0.1:5432/test`). With `PATHWISE_TEST_PG=require` (CI) an unreachable
 * server is an error; with `off` only PGlite runs; by default PostgreSQL runs when it answers.
 */
export function testBackends(): Promise<TestBackend[]> {
  backends ??= (async () => {
    const mode = process.env.PATHWISE_TEST_PG ?? 'auto';
    const url = process.env.TEST_DATABASE_URL ?? DEFAULT_PG_URL;
    if (mode === 'off') return [pgliteBackend];
    const required = mode === 'require';
    if (await reachable(url, required ? 4 : 1, required ? 5000 : 1500))
      return [pgliteBackend, postgresBackend(url)];
    if (required) throw new Error(`PATHWISE_TEST_PG=require but PostgreSQL at ${url} does not answer`);
    process.emitWarning(`PostgreSQL at ${url} does not answer: SQL tests run on PGlite only`);
    return [pgliteBackend];
  })();
  return backends;
}
