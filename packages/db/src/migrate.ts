import { type Kysely, type MigrationResultSet, Migrator } from 'kysely';
import { migrations } from './migration-files.ts';

/**
 * Brings the schema up to the newest migration. Safe to run at every start; throws with the failing
 * migration's name when one fails (that migration's transaction is rolled back).
 */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? '?'} failed: ${String(result.error)}`, {
      cause: result.error,
    });
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
