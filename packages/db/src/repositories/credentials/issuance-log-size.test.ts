import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CompiledQuery, sql } from 'kysely';
import type { Db } from '../../open-db.ts';
import { testBackends } from '../../testing.ts';
import { createOrganization } from '../organizations.ts';
import { PgLogStore } from './issuance-log-store.ts';

// The issuance log's size is read in time that does not grow with the log (issue 15): every issuance asks for it,
// and `count(*)` over an organization's entries took 365 ms at a million. Measured by what PostgreSQL reads, the
// buffers of the query's plan, which unlike a time does not depend on the machine's load: a few index pages for
// the last index, where counting 200,000 entries reads over a thousand. NOTE: PostgreSQL only for the plan; the
// size itself is checked on every backend.

const ENTRIES = 200_000;

for (const backend of await testBackends()) {
  describe(`the issuance log's size on ${backend.kind}`, () => {
    let db: Db;
    let store: PgLogStore;
    let orgId: string;
    before(async () => {
      db = await backend.open();
      orgId = (await createOrganization(db.kysely, { slug: 'big-log', name: 'Big Log' })).id;
      store = new PgLogStore(db.kysely, orgId);
    });
    after(() => db.close());

    test('an empty log has size 0; one with entries 0…n−1 has size n', async () => {
      assert.equal(await store.size(), 0);
      const n = backend.kind === 'postgres' ? ENTRIES : 500;
      await sql`
        insert into issuance_log_entries (org_id, idx, entry)
        select ${orgId}::uuid, i, '\\x00'::bytea from generate_series(0, ${n - 1}) as i
      `.execute(db.kysely);
      await sql`analyze issuance_log_entries`.execute(db.kysely);
      assert.equal(await store.size(), n);
    });

    if (backend.kind === 'postgres')
      test('reading the size touches a few pages, where counting the entries reads them all', async () => {
        /** The shared buffers (hit or read) a query's execution touched, from EXPLAIN (ANALYZE, BUFFERS). */
        const buffersOf = async (query: CompiledQuery) => {
          const { rows } = await db.kysely.executeQuery<{ 'QUERY PLAN': [{ Plan: Record<string, number> }] }>(
            CompiledQuery.raw(`explain (analyze, buffers, format json) ${query.sql}`, [...query.parameters]),
          );
          const plan = rows[0]!['QUERY PLAN'][0].Plan;
          return (plan['Shared Hit Blocks'] ?? 0) + (plan['Shared Read Blocks'] ?? 0);
        };
        const size = await buffersOf(store.sizeQuery().compile());
        const counted = await buffersOf(
          db.kysely
            .selectFrom('issuance_log_entries')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('org_id', '=', orgId)
            .compile(),
        );
        assert.ok(size <= 10, `the size read ${size} buffers`);
        assert.ok(counted > 100 * size, `counting read ${counted} buffers, the size ${size}`);
      });
  });
}
