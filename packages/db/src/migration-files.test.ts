import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { MIGRATIONS_DIR, migrationFileNames, migrations } from './migration-files.ts';

describe('migrations found in their folder', () => {
  test('every NNNN-name.ts file in the folder is a migration, in name order', () => {
    const onDisk = readdirSync(MIGRATIONS_DIR).filter((n) => /^\d{4}-.*\.ts$/.test(n));
    assert.ok(onDisk.length >= 13);
    assert.deepEqual(
      Object.keys(migrations),
      onDisk.sort().map((n) => n.replace(/\.ts$/, '')),
    );
    for (const m of Object.values(migrations)) assert.equal(typeof m.up, 'function');
  });

  test('a misnamed file is an error, naming it; tests and other files are left out', () => {
    assert.deepEqual(migrationFileNames(['0002-b.ts', '0001-a.ts', '0001-a.test.ts', 'README.md']), [
      '0001-a.ts',
      '0002-b.ts',
    ]);
    assert.throws(
      () => migrationFileNames(['0001-a.ts', '0015_tags.ts']),
      /0015_tags\.ts is not named NNNN-name\.ts/,
    );
    assert.throws(() => migrationFileNames(['index.ts']), /index\.ts/);
  });
});
