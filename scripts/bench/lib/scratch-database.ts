/**
 * A scratch PostgreSQL database for a benchmark: created on the server of `adminUrl`, dropped by the clean-up
 * step it registers.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Creates a database named `<prefix>_<pid>_<random>` and returns its URL; pushes its drop onto `cleanups`.
 *
 * @example
 * const url = await scratchDatabase(PG_ADMIN_URL, 'pw_bench_lrs', cleanups);
 */
export async function scratchDatabase(
  adminUrl: string,
  prefix: string,
  cleanups: (() => Promise<void> | void)[],
): Promise<string> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
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
  cleanups.push(() => admin(`drop database if exists ${name} with (force)`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
