import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Kysely, sql } from 'kysely';
import type { Db } from '../../open-db.ts';
import type { Database } from '../../schema.ts';
import { testBackends } from '../../testing.ts';
import { createOrganization } from '../organizations.ts';
import { createUser } from '../users.ts';
import { lockIssuer } from './issuer-keys.ts';

// The issuer lock (issue 15): while a credential of an organization is signed (the lock held for the transaction),
// rows of that organization are still written: a foreign key to `organizations` takes a KEY SHARE lock on its row,
// which FOR NO KEY UPDATE leaves free and FOR UPDATE blocked. Two issuances of one organization still take turns.
// NOTE: PostgreSQL only: PGlite serves one connection, so nothing there runs beside a held lock.

/** Runs `write` in its own transaction with a short lock timeout: 'done', or 'blocked' when it had to wait. */
async function withoutWaiting(db: Kysely<Database>, write: (trx: Kysely<Database>) => Promise<unknown>) {
  try {
    await db.transaction().execute(async (trx) => {
      await sql`set local lock_timeout = '1500ms'`.execute(trx);
      await write(trx);
    });
    return 'done';
  } catch (error) {
    if ((error as { code?: string }).code === '55P03') return 'blocked';
    throw error;
  }
}

for (const backend of (await testBackends()).filter((b) => b.kind === 'postgres')) {
  describe(`the issuer lock on ${backend.kind}`, () => {
    let db: Db;
    let orgId: string;
    let userIds: string[];
    before(async () => {
      db = await backend.open();
      orgId = (await createOrganization(db.kysely, { slug: 'lock-school', name: 'Lock School' })).id;
      userIds = [];
      for (const n of [1, 2])
        userIds.push(
          (await createUser(db.kysely, { email: `l${n}@lock.example`, name: `L${n}`, passwordHash: 'x' })).id,
        );
    });
    after(() => db.close());

    test('a learner state is written while the issuer is locked; a second issuance waits its turn', async () => {
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked: () => void = () => {};
      const isLocked = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const issuing = db.kysely.transaction().execute(async (trx) => {
        await lockIssuer(trx, orgId);
        locked();
        await held;
      });
      await isLocked;
      try {
        const write = await withoutWaiting(db.kysely, (trx) =>
          trx
            .insertInto('learner_states')
            .values({ org_id: orgId, user_id: userIds[0]!, state: '{}' })
            .execute(),
        );
        assert.equal(write, 'done', 'an insert with a foreign key to the organization is not blocked');
        const second = await withoutWaiting(db.kysely, (trx) => lockIssuer(trx, orgId));
        assert.equal(second, 'blocked', 'another issuance of the organization waits');
      } finally {
        release();
        await issuing;
      }
      assert.equal(await withoutWaiting(db.kysely, (trx) => lockIssuer(trx, orgId)), 'done');
    });
  });
}
