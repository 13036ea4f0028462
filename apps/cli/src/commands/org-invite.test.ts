import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildApp, loadConfig } from '@pathwise/server';
import { sql } from 'kysely';
import { type CliTarget, cliTargetKinds, createCliTarget, NO_WEB_DIST, runPathwise } from '../cli-harness.ts';

for (const kind of await cliTargetKinds()) {
  describe(`pathwise org invite on ${kind}`, () => {
    let target: CliTarget;
    const run = (args: string[]) => runPathwise(args, target.env);
    before(async () => {
      target = await createCliTarget(kind);
      assert.equal((await run(['migrate'])).code, 0);
    });
    after(() => target.dispose());

    test('prints a single-use code, stored hashed, that creates one organization on an invite-only server', async () => {
      const res = await run(['org', 'invite', '--days', '7']);
      assert.equal(res.code, 0, res.stderr);
      const code = res.stdout.trim();
      assert.match(code, /^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
      assert.match(res.stderr, /valid 7 day\(s\)/);
      await target.withDb(async (db) => {
        const rows = await sql<{ code_hash: string; days: number }>`
          select code_hash, round(extract(epoch from expires_at - created_at) / 86400)::int as days
          from org_creation_codes`.execute(db.kysely);
        assert.equal(rows.rows.length, 1);
        assert.equal(rows.rows[0]!.days, 7);
        assert.ok(!rows.rows[0]!.code_hash.includes(code.replaceAll('-', '')), 'only a hash is stored');
        const app = await buildApp({
          db,
          config: loadConfig({
            NODE_ENV: 'test',
            PASSWORD_HASH_COST: '1024',
            WEB_DIST: NO_WEB_DIST,
            ORG_SIGNUP: 'invite',
            SEED_DEMO: 'false',
          }),
        });
        try {
          const session = async (email: string) => {
            const payload = { email, password: 'correct horse battery staple' };
            const up = await app.inject({
              method: 'POST',
              url: '/api/auth/sign-up',
              payload: { ...payload, name: 'Org Maker' },
            });
            assert.ok([201, 202].includes(up.statusCode), up.body);
            const signIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload });
            assert.equal(signIn.statusCode, 200, signIn.body);
            const cookie = signIn.cookies.find((c) => c.name === 'pw_session')!;
            return { cookie: `pw_session=${cookie.value}`, 'x-csrf-token': signIn.json().csrfToken };
          };
          const headers = await session('maker@example.test');
          const create = (creationCode: string) =>
            app.inject({
              method: 'POST',
              url: '/api/orgs',
              headers,
              payload: { name: 'Invited', creationCode },
            });
          const ok = await create(code);
          assert.equal(ok.statusCode, 201, ok.body);
          assert.equal((await create(code)).statusCode, 403, 'the code works once');
        } finally {
          await app.close();
        }
      });
    });

    test('org create works whatever ORG_SIGNUP says; bad --days is refused', async () => {
      const made = await run(['org', 'create', '--name', 'Operator School']);
      assert.equal(made.code, 0, made.stderr);
      assert.match(made.stdout, /Created organization "Operator School"/);
      const bad = await run(['org', 'invite', '--days', '0']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--days must be a whole number from 1 to 365/);
    });
  });
}
