import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock.ts';
import type { Database } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** An open database: Kysely for queries, the raw pool for libraries that want one (job queues). */
export interface Db {
  /** The Kysely query builder over {@link pool}: every query of ours goes through it. */
  readonly kysely: Kysely<Database>;
  readonly pool: pg.Pool;
  readonly kind: DatabaseKind;
  /** The embedded instance, in PGlite mode (for dumps and backups). */
  readonly pglite?: PGlite;
  close(): Promise<void>;
}

export interface OpenDbOptions {
  /** A PostgreSQL connection string; when set, the server is used and `dataDir` is ignored. */
  databaseUrl?: string | undefined;
  /** The PGlite data folder, or `memory://` for a throw-away database. */
  dataDir?: string | undefined;
  /** For PGlite: start from a dump of another data folder (fast fresh databases in tests). */
  loadDataDir?: Blob | File | undefined;
  /** Told when the server ends an idle pooled connection (PostgreSQL); a warning on stderr by default. */
  onIdleError?: (error: Error) => void;
}

function warnIdleError(error: Error): void {
  process.emitWarning(`PostgreSQL ended an idle connection: ${error.message}`);
}

// NOTE: int8 (bigserial ids, count(*)) comes back as a string by default; our counts fit in a JS number.
pg.types.setTypeParser(20, (value: string) => Number.parseInt(value, 10));

const SYNC = 0x53; // 'S': ends an extended-protocol query (parse, bind, describe, execute, sync)
const QUERY = 0x51; // 'Q': a simple-protocol query

/**
 * PGlite runs in this process and answers through promises alone, so a chain of queries (a background job) would
 * never let the event loop poll for I/O: on the embedded database the HTTP server answered nobody until the job
 * ended (the demo cohort job froze it for a minute). A socket to PostgreSQL answers each round trip in a new turn
 * of the event loop; this wrapper does the same, waiting for one turn before each query's round trip.
 */
function yieldingEachRoundTrip(pglite: PGlite): PGlite {
  const execProtocolStream: PGlite['execProtocolStream'] = async (message, options) => {
    if (message[0] === SYNC || message[0] === QUERY) await new Promise((resolve) => setImmediate(resolve));
    return pglite.execProtocolStream(message, options);
  };
  return new Proxy(pglite, {
    get(target, key) {
      if (key === 'execProtocolStream') return execProtocolStream;
      // NOTE: PGlite keeps its state in private fields: its methods and getters must run on the instance itself.
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Opens the embedded PGlite database in a data folder (locked against a second process) or, with
 * `databaseUrl`, a PostgreSQL server. The same Kysely code runs on both: only the pool differs.
 *
 * @example
 * const { kysely, close } = await openDb({ dataDir: './data' });
 */
export async function openDb(options: OpenDbOptions): Promise<Db> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 20 });
    // NOTE: an idle pooled connection that the server ends (restart, failover, a dropped database) is reported
    // as an 'error' event on the pool; without a listener that event would crash the process. The pool replaces
    // the connection on next use, so a warning is all it takes.
    pool.on('error', (error) => (options.onIdleError ?? warnIdleError)(error));
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kysely, pool, kind: 'postgres', close: () => kysely.destroy() };
  }
  const dataDir = options.dataDir ?? './data';
  const inMemory = dataDir.startsWith('memory://');
  const lock = inMemory ? null : acquireDataDirLock(dataDir);
  try {
    const pglite = await PGlite.create(inMemory ? dataDir : `${dataDir}/pgdata`, {
      loadDataDir: options.loadDataDir,
      // NOTE: the default keeps ~130 MB of WAL; a learning platform's embedded install needs far less.
      postgresqlconf: ['min_wal_size=32MB', 'max_wal_size=64MB'],
    } as Parameters<typeof PGlite.create>[1]);
    const pool = new pg.Pool(createPgConfig(yieldingEachRoundTrip(pglite)));
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      kysely,
      pool,
      kind: 'pglite',
      pglite,
      async close() {
        try {
          await kysely.destroy();
          await pglite.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
