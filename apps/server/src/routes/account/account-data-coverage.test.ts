import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listPersonColumns } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import { PERSONAL_DATA_MAP } from '../../account/personal-data-map.ts';
import { buildTestApp, signUp, type TestApp } from '../../test/test-app.ts';
import { exportOf } from './account-test-kit.ts';

/**
 * Every column of the live schema that can point at a person must be decided: exported (and where), or excluded
 * with a reason. A migration that adds such a column fails here until `PERSONAL_DATA_MAP` says what the data
 * export and the account deletion do with it.
 */
for (const backend of await testBackends()) {
  describe(`personal data coverage on ${backend.kind}`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(backend);
    });
    after(() => t.close());

    test('each column that can name a person is exported or excluded with a reason', async () => {
      const live = await listPersonColumns(t.db.kysely);
      assert.ok(live.includes('users.email') && live.includes('attempts.user_id'), live.join(', '));
      const undecided = live.filter((column) => !(column in PERSONAL_DATA_MAP));
      assert.deepEqual(undecided, [], `decide export and deletion in personal-data-map.ts for: ${undecided}`);
      const stale = Object.keys(PERSONAL_DATA_MAP).filter((column) => !live.includes(column as never));
      assert.deepEqual(stale, [], 'entries for columns the schema no longer has');
      for (const [column, rule] of Object.entries(PERSONAL_DATA_MAP)) {
        const reason = 'excluded' in rule ? rule.excluded : rule.exportedAs;
        assert.ok(reason.trim().length > 0 && rule.onDelete.trim().length > 0, column);
      }
    });

    test('the profile says whether the address is verified; verification links never leave', async () => {
      const person = await signUp(t.app);
      const tokens = await t.db.kysely
        .selectFrom('email_verification_tokens')
        .select('token_hash')
        .where('user_id', '=', person.userId)
        .execute();
      assert.equal(tokens.length, 1, 'sign-up stored one verification token');
      const { doc, text } = await exportOf(t, person);
      assert.equal(doc.profile.email_verified_at, null);
      assert.ok(!text.includes(tokens[0]!.token_hash), 'not even its hash');
      const deleted = await t.app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: person.headers,
        payload: { password: 'correct horse battery' },
      });
      assert.equal(deleted.statusCode, 204, deleted.body);
      const left = await t.db.kysely
        .selectFrom('email_verification_tokens')
        .select('token_hash')
        .where('user_id', '=', person.userId)
        .execute();
      assert.deepEqual(left, [], 'deleted with the account');
    });

    test('each exported column has its section in a real export file', async () => {
      const person = await signUp(t.app);
      const { doc } = await exportOf(t, person);
      for (const [column, rule] of Object.entries(PERSONAL_DATA_MAP)) {
        if (!('exportedAs' in rule)) continue;
        const section = rule.exportedAs
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
        assert.ok(
          section !== undefined && section !== null,
          `${column}: no "${rule.exportedAs}" in the export`,
        );
      }
    });
  });
}
