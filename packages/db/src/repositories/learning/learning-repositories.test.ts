import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Db } from '../../open-db.ts';
import { testBackends } from '../../testing.ts';
import { createOrganization } from '../organizations.ts';
import { findContentVersion, listPathways, listSkills, upsertPathways, upsertSkills } from './content.ts';
import { listItems, pickStoredItem, upsertItems } from './items.ts';

const name = { en: 'A', es: 'A' };

for (const backend of await testBackends()) {
  describe(`learning repositories on ${backend.kind}`, () => {
    let db: Db;
    let orgId: string;
    let otherOrgId: string;
    before(async () => {
      db = await backend.open();
      orgId = (await createOrganization(db.kysely, { slug: `o-${randomUUID().slice(0, 8)}`, name: 'O' })).id;
      otherOrgId = (await createOrganization(db.kysely, { slug: `p-${randomUUID().slice(0, 8)}`, name: 'P' }))
        .id;
    });
    after(() => db.close());

    test('skills and pathways round-trip in order, and every write bumps the content version', async () => {
      assert.equal(await findContentVersion(db.kysely, orgId), 0);
      await upsertSkills(db.kysely, orgId, [
        { id: 'b', framework: 'f', parentId: null, name, description: name, prerequisites: [] },
        { id: 'a', framework: 'f', parentId: null, name, description: name, prerequisites: ['b'] },
      ]);
      await upsertPathways(db.kysely, orgId, [
        { id: 'p', framework: 'f', name, description: name, goalSkillIds: ['a'] },
      ]);
      assert.equal(await findContentVersion(db.kysely, orgId), 2);
      assert.deepEqual(
        (await listSkills(db.kysely, orgId)).map((s) => [s.id, s.prerequisites]),
        [
          ['b', []],
          ['a', ['b']],
        ],
      );
      assert.deepEqual((await listPathways(db.kysely, orgId))[0]?.goalSkillIds, ['a']);
      assert.deepEqual(await listSkills(db.kysely, otherOrgId), [], 'nothing leaks to another organization');
    });

    test('a stored item is picked at the nearest difficulty, avoiding recent ones', async () => {
      const item = (id: string, difficulty: number) => ({
        id,
        skillId: 'a',
        source: 'test',
        difficulty,
        familyId: null,
        seed: null,
        content: { stem: name, steps: [] },
      });
      await upsertItems(db.kysely, orgId, [item('i1', 1), item('i3', 3), item('i3b', 3)]);
      const near = await pickStoredItem(db.kysely, orgId, { skillId: 'a', difficulty: 2, avoid: ['i1'] });
      assert.ok(near?.id.startsWith('i3'));
      const exact = await pickStoredItem(db.kysely, orgId, { skillId: 'a', difficulty: 1, avoid: [] });
      assert.equal(exact?.id, 'i1');
      assert.equal(
        await pickStoredItem(db.kysely, otherOrgId, { skillId: 'a', difficulty: 1, avoid: [] }),
        null,
      );
      const page = await listItems(db.kysely, orgId, { skillId: 'a', limit: 2, offset: 0 });
      assert.equal(page.total, 3);
      assert.equal(page.items.length, 2);
    });
  });
}
