import type { Db } from '@pathwise/db';
import type { Config } from '@pathwise/server';
import { CliError, EXIT } from './cli-error.ts';

export interface OpenedDatabase {
  db: Db;
  config: Config;
  /** The migrations this opening applied (a new or older database). */
  migrated: string[];
}

// SQLSTATE classes that mean "this server or database cannot be used": connection problems (08),
// authentication (28), and a database that does not exist (3D000).
const UNREACHABLE = /^(08|28|3D000)/;

function unavailable(error: unknown, config: Config): CliError | null {
  if ((error as Error | null)?.name === 'DataDirLockedError') {
    return new CliError((error as Error).message, EXIT.unavailable);
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !(code.startsWith('E') || UNREACHABLE.test(code))) return null;
  const where = config.databaseUrl
    ? 'the PostgreSQL database in DATABASE_URL'
    : `the data folder ${config.dataDir}`;
  return new CliError(`Cannot open ${where}: ${(error as Error).message}`, EXIT.unavailable);
}

/**
 * Opens the database the server uses (DATABASE_URL, else the PGlite folder DATA_DIR, default ./data), brings
 * it to the newest migration, runs `work`, and closes it whatever happens. A data folder held by a running
 * server is refused (exit 3): two processes on one PGlite folder lose writes.
 */
export async function withDatabase<T>(
  env: NodeJS.ProcessEnv,
  work: (opened: OpenedDatabase) => Promise<T>,
): Promise<T> {
  const { loadConfig, ConfigError } = await import('@pathwise/server');
  const { openDb, migrateToLatest } = await import('@pathwise/db');
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
  let db: Db;
  let migrated: string[];
  try {
    db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    throw unavailable(error, config) ?? error;
  }
  try {
    try {
      migrated = await migrateToLatest(db.kysely);
    } catch (error) {
      throw (
        unavailable(error, config) ??
        unavailable(error instanceof Error ? error.cause : null, config) ??
        error
      );
    }
    return await work({ db, config, migrated });
  } finally {
    await db.close();
  }
}
