import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock.ts';
import { migrateToLatest } from './migrate.ts';
import { openDb } from './open-db.ts';
import { testBackends } from './testing.ts';

for (const backend of await testBackends()) {
  describe(`database on ${backend.kind}`, async () => {
    const db = await backend.open();
    after(() => db.close());

    test('migrations are idempotent and the identity tables exist', async () => {
      assert.deepEqual(await migrateToLatest(db.kysely), []);
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from users`.execute(db.kysely);
      assert.equal(rows[0]?.n, 0);
    });

    test('a failing transaction writes nothing', async () => {
      await assert.rejects(
        db.kysely.transaction().execute(async (trx) => {
          await trx
            .insertInto('organizations')
            .values({ slug: 'tx-test', name: 'T', settings: '{}' })
            .execute();
          throw new Error('boom');
        }),
        /boom/,
      );
      const row = await db.kysely
        .selectFrom('organizations')
        .select('id')
        .where('slug', '=', 'tx-test')
        .executeTakeFirst();
      assert.equal(row, undefined);
    });

    test('a chain of queries lets timers and I/O run between its queries', async () => {
      // A background job is such a chain: the HTTP server (I/O, timers) must keep answering while it runs.
      let firedAt: number | null = null;
      let done = 0;
      const timer = setTimeout(() => {
        firedAt = done;
      }, 1);
      try {
        for (; done < 300; done++) await sql`select ${done}::int as n`.execute(db.kysely);
      } finally {
        clearTimeout(timer);
      }
      assert.notEqual(firedAt, null, 'a 1 ms timer did not fire during 300 queries');
      assert.ok((firedAt ?? 300) < 300);
    });

    test('the kind is reported', () => {
      assert.equal(db.kind, backend.kind);
    });
  });
}

describe('data folder lock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-lock-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a second lock in the same process is refused and a released lock can be taken again', () => {
    const lock = acquireDataDirLock(dir);
    assert.throws(() => acquireDataDirLock(dir), DataDirLockedError);
    lock.release();
    acquireDataDirLock(dir).release();
  });

  test('a second process is refused while the first holds the folder', async () => {
    const held = await openDb({ dataDir: dir });
    try {
      const script = `import { openDb } from './packages/db/src/open-db.ts';
        try { await openDb({ dataDir: ${JSON.stringify(dir)} }); console.log('OPENED'); process.exit(0); }
        catch (e) { console.error(e.message); process.exit(3); }`;
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: join(import.meta.dirname, '../../..'),
        encoding: 'utf8',
      });
      assert.equal(child.status, 3, child.stdout + child.stderr);
      assert.match(child.stderr, /in use by another Pathwise process/);
    } finally {
      await held.close();
    }
  });

  test('a lock left by a dead process is taken over', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'pathwise.lock'), '999999');
    const lock = acquireDataDirLock(dir);
    lock.release();
  });
});
