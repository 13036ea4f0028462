import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createOrganization, type Db } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import { agentKey, validateStatement } from '@pathwise/xapi';
import { sql } from 'kysely';
import { recordActivities, recordActivity } from './record-activity.ts';

const source = { publicUrl: 'https://learn.example.org', now: () => new Date('2026-11-25T10:00:00Z') };

for (const backend of await testBackends()) {
  describe(`recordActivity on ${backend.kind}`, () => {
    let db: Db;
    let orgId: string;
    before(async () => {
      db = await backend.open();
      orgId = (await createOrganization(db.kysely, { slug: `org-${randomUUID().slice(0, 8)}`, name: 'Org' }))
        .id;
    });
    after(() => db.close());

    test('stores a valid, indexed statement inside the caller transaction', async () => {
      const learnerId = randomUUID();
      const id = await db.kysely.transaction().execute((trx) =>
        recordActivity(trx, source, {
          type: 'attempt',
          organizationId: orgId,
          learner: { id: learnerId },
          at: '2026-11-25T09:59:00Z',
          item: { id: 'alg.one-step/1/1', skillIds: ['alg.one-step-add'] },
          correct: true,
          response: '4',
        }),
      );
      const row = await db.kysely
        .selectFrom('xapi_statements')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.equal(row.org_id, orgId);
      assert.equal(row.stored.toISOString(), '2026-11-25T10:00:00.000Z');
      const key = agentKey({ account: { homePage: source.publicUrl, name: learnerId } });
      assert.deepEqual(row.agents, [key]);
      assert.ok(row.activities[0]?.startsWith('https://learn.example.org/xapi/activities/items/'));
      const check = validateStatement(row.statement as never, { version: '2.0.0' });
      assert.ok(check.ok, JSON.stringify(check));
    });

    test('a rolled-back transaction leaves no statement behind', async () => {
      const learnerId = randomUUID();
      await assert.rejects(
        db.kysely.transaction().execute(async (trx) => {
          await recordActivities(trx, source, [
            {
              type: 'hint-requested',
              organizationId: orgId,
              learner: { id: learnerId },
              at: new Date(),
              item: { id: 'x' },
              hintLevel: 1,
            },
          ]);
          throw new Error('the change failed');
        }),
        /the change failed/,
      );
      const key = agentKey({ account: { homePage: source.publicUrl, name: learnerId } })!;
      const rows = await db.kysely
        .selectFrom('xapi_statements')
        .select('id')
        .where(sql<boolean>`agents @> ${[key]}::text[]`)
        .execute();
      assert.equal(rows.length, 0);
    });
  });
}
