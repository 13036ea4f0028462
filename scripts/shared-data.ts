import { join, resolve } from 'node:path';

/** The repository root (this file sits in scripts/). */
const REPO_ROOT = resolve(import.meta.dirname, '..');

/**
 * A path inside the shared datasets folder that tests, importer tests and benchmarks read (never copied into the
 * repository): `PATHWISE_SHARED_DATA` when set (relative to the working directory), else `../shared/data` beside
 * the repository root.
 *
 * @example
 * const schema = sharedDataPath('credentials', 'ob_v3p0_achievementcredential_schema.json');
 */
export function sharedDataPath(...segments: string[]): string {
  const override = process.env.PATHWISE_SHARED_DATA;
  return join(override ? resolve(override) : resolve(REPO_ROOT, '../shared/data'), ...segments);
}
