import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { migrateToLatest } from './migrate.ts';
import { MIGRATION_SOURCES } from './migration-files.ts';
import { openDb } from './open-db.ts';

/**
 * What a migrated test database depends on: the source of every migration, the PGlite version (its data folder
 * format) and the current month (migration 0002 creates the statement partitions of the months around `now()`).
 * Two processes with the same key would build the same database, so it is built once and reused.
 *
 * @example
 * const key = templateKey(); // '3f9c0a…' (16 hex digits)
 */
export function templateKey(now: Date = new Date()): string {
  const hash = createHash('sha256');
  hash.update(MIGRATION_SOURCES);
  hash.update(pgliteVersion());
  hash.update(now.toISOString().slice(0, 7));
  return hash.digest('hex').slice(0, 16);
}

/** PGlite's version, read from the package.json above its entry file (its exports map does not list that file). */
function pgliteVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.resolve('@electric-sql/pglite')));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version: string;
      };
      if (manifest.name === '@electric-sql/pglite') return manifest.version;
    } catch {
      // No package.json here: look one folder up.
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the package.json of @electric-sql/pglite');
    dir = parent;
  }
}

/** Whether the cross-process template cache is on (`PATHWISE_TEST_DB_CACHE=off` builds every template afresh). */
function cacheEnabled(): boolean {
  return process.env.PATHWISE_TEST_DB_CACHE !== 'off';
}

async function buildPgliteDump(): Promise<Blob> {
  const template = await openDb({ dataDir: 'memory://' });
  try {
    await migrateToLatest(template.kysely);
    if (!template.pglite) throw new Error('PGlite pool has no instance to dump');
    return await template.pglite.dumpDataDir('none');
  } finally {
    await template.close();
  }
}

/**
 * A dump of a freshly migrated PGlite data folder, for `openDb({ loadDataDir })`. Every test file runs in a process
 * of its own, and initdb plus the migrations cost seconds per process, so the dump is kept on disk
 * (`$TMPDIR/pathwise-test-db/<key>.tar`, written whole then renamed into place) and read by later processes.
 */
export async function migratedPgliteDump(key: string = templateKey()): Promise<Blob> {
  const folder = join(tmpdir(), 'pathwise-test-db');
  const file = join(folder, `pglite-${key}.tar`);
  if (cacheEnabled()) {
    try {
      return new Blob([readFileSync(file)]);
    } catch {
      // Not built yet: build it below.
    }
  }
  const dump = await buildPgliteDump();
  if (cacheEnabled()) {
    mkdirSync(folder, { recursive: true });
    const partial = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.partial`;
    writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
    renameSync(partial, file);
  }
  return dump;
}

const COMPLETE = 'pathwise test template, complete';

/**
 * The name of a migrated PostgreSQL database to clone test databases from (`create database … template …`), built
 * once per {@link templateKey} under an advisory lock, so concurrent test processes wait for one build instead of
 * each running the migrations. A template left half-built by a crash has no completion comment and is rebuilt.
 */
export async function postgresTemplate(adminUrl: string, key: string = templateKey()): Promise<string> {
  const name = `pw_tpl_${key}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`select pg_advisory_lock(hashtext('pathwise-test-template'))`);
    const found = await admin.query<{ note: string | null }>(
      `select shobj_description(oid, 'pg_database') as note from pg_database where datname = $1`,
      [name],
    );
    if (found.rows[0]?.note === COMPLETE) return name;
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const db = await openDb({ databaseUrl: url.toString(), onIdleError: () => {} });
    try {
      await migrateToLatest(db.kysely);
    } finally {
      await db.close();
    }
    await admin.query(`comment on database ${name} is '${COMPLETE}'`);
    return name;
  } finally {
    await admin.end();
  }
}
