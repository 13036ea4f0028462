import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Migration } from 'kysely';

/** The folder of migrations: one `NNNN-name.ts` file each, run in the order of their names. */
export const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');

const MIGRATION_FILE = /^\d{4}-[a-z0-9-]+\.ts$/;

/**
 * The migration files' names, sorted. A `.ts` file in the folder that is neither a migration nor a test is an
 * error, not skipped: a misnamed migration would otherwise never run.
 */
export function migrationFileNames(files: readonly string[] = readdirSync(MIGRATIONS_DIR)): string[] {
  const ts = files.filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
  const misnamed = ts.find((name) => !MIGRATION_FILE.test(name));
  if (misnamed)
    throw new Error(
      `Migration file ${misnamed} is not named NNNN-name.ts (lower-case letters, digits, hyphens)`,
    );
  return ts.sort();
}

const FILES = migrationFileNames();

/**
 * The migrations' source as this process loaded it. NOTE: read in the same moment as the modules are imported
 * below: a key read from the disk later could name migrations edited since, while this process would build a
 * test template with the ones it loaded (a stale template that every later process would trust).
 */
export const MIGRATION_SOURCES: string = FILES.map(
  (name) => `${name}\0${readFileSync(join(MIGRATIONS_DIR, name), 'utf8')}\0`,
).join('');

/** Every migration, by name (`NNNN-name`); Kysely runs them sorted by name, each in a transaction. */
export const migrations: Record<string, Migration> = Object.fromEntries(
  await Promise.all(
    FILES.map(async (name): Promise<[string, Migration]> => {
      const mod = (await import(pathToFileURL(join(MIGRATIONS_DIR, name)).href)) as Migration;
      if (typeof mod.up !== 'function') throw new Error(`Migration ${name} exports no up()`);
      return [name.slice(0, -'.ts'.length), mod];
    }),
  ),
);
