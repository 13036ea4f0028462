import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Db } from '@pathwise/db';
import { findUserByEmail, listAudit, listMembers } from '@pathwise/db';
import { buildApp, loadConfig, verifyPassword } from '@pathwise/server';
import { type CliTarget, cliTargetKinds, createCliTarget, NO_WEB_DIST, runPathwise } from './cli-harness.ts';

async function counts(db: Db) {
  const tables = ['organizations', 'users', 'memberships', 'api_tokens', 'audit_events'] as const;
  const result: Record<string, number> = {};
  for (const table of tables) {
    const row = await db.kysely
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    result[table] = Number(row.n);
  }
  return result;
}

for (const kind of await cliTargetKinds()) {
  describe(`pathwise on ${kind}`, () => {
    let target: CliTarget;
    const run = (args: string[], input?: string) => runPathwise(args, target.env, input);
    before(async () => {
      target = await createCliTarget(kind);
    });
    after(() => target.dispose());

    test('migrate applies the migrations once, then reports the database up to date', async () => {
      const first = await run(['migrate']);
      assert.equal(first.code, 0, first.stderr);
      assert.match(
        first.stdout,
        // Every migration there is, from the first, in order (later capabilities add theirs).
        new RegExp(
          `Applied \\d+ migration\\(s\\) to the ${kind} database: 0001-identity(, \\d{4}-[a-z0-9-]+)*\\n`,
        ),
      );
      const second = await run(['migrate']);
      assert.equal(second.code, 0, second.stderr);
      assert.match(second.stdout, /up to date/);
    });

    test('seed demo creates the demo organization once, audited', async () => {
      const first = await run(['seed', 'demo'], undefined);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /admin@demo\.pathwise\.test/);
      const again = await run(['seed', 'demo']);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /exists already/);
      await target.withDb(async (db) => {
        const org = await db.kysely
          .selectFrom('organizations')
          .selectAll()
          .where('slug', '=', 'demo')
          .executeTakeFirstOrThrow();
        assert.deepEqual((await listMembers(db.kysely, org.id)).map((m) => m.role).sort(), [
          'admin',
          'employer',
          'learner',
          'teacher',
        ]);
        assert.deepEqual(
          (await listAudit(db.kysely, org.id)).map((a) => a.action),
          ['demo.seeded'],
        );
      });
    });

    test('org create makes the slug from the name, or takes an existing account as admin', async () => {
      const plain = await run(['org', 'create', '--name', 'Escuela Río Claro']);
      assert.equal(plain.code, 0, plain.stderr);
      assert.match(plain.stdout, /slug escuela-rio-claro/);
      const admined = await run([
        'org',
        'create',
        '--name',
        'Acme',
        '--slug',
        'acme',
        '--admin',
        'Admin@Demo.Pathwise.Test',
      ]);
      assert.equal(admined.code, 0, admined.stderr);
      await target.withDb(async (db) => {
        const acme = await db.kysely
          .selectFrom('organizations')
          .selectAll()
          .where('slug', '=', 'acme')
          .executeTakeFirstOrThrow();
        assert.deepEqual(
          (await listMembers(db.kysely, acme.id)).map((m) => [m.email, m.role]),
          [['admin@demo.pathwise.test', 'admin']],
        );
        assert.deepEqual(
          (await listAudit(db.kysely, acme.id)).map((a) => a.action),
          ['organization.created'],
        );
        const rio = await db.kysely
          .selectFrom('organizations')
          .selectAll()
          .where('slug', '=', 'escuela-rio-claro')
          .executeTakeFirstOrThrow();
        assert.equal(rio.name, 'Escuela Río Claro');
        assert.deepEqual(await listMembers(db.kysely, rio.id), []);
        assert.deepEqual(
          (await listAudit(db.kysely, rio.id)).map((a) => a.details),
          [{ via: 'cli' }],
        );
      });
    });

    test('user create reads the password from stdin and adds the account to the organization', async () => {
      const created = await run(
        [
          'user',
          'create',
          '--email',
          'Ana@Example.org',
          '--name',
          'Ana Ruiz',
          '--password-stdin',
          '--org',
          'acme',
          '--role',
          'teacher',
        ],
        'correct horse battery\n',
      );
      assert.equal(created.code, 0, created.stderr);
      assert.match(created.stdout, /ana@example\.org .* as teacher of acme/);
      const plain = await run([
        'user',
        'create',
        '--email',
        'bo@example.org',
        '--name',
        'Bo',
        '--password',
        'long enough pw',
      ]);
      assert.equal(plain.code, 0, plain.stderr);
      await target.withDb(async (db) => {
        const ana = await findUserByEmail(db.kysely, 'ana@example.org');
        assert.ok(ana);
        assert.equal(await verifyPassword('correct horse battery', ana.password_hash), true);
        const acme = await db.kysely
          .selectFrom('organizations')
          .select('id')
          .where('slug', '=', 'acme')
          .executeTakeFirstOrThrow();
        const members = await listMembers(db.kysely, acme.id);
        assert.deepEqual(members.find((m) => m.email === 'ana@example.org')?.role, 'teacher');
        const audit = await listAudit(db.kysely, acme.id);
        assert.equal(audit[0]?.action, 'membership.added');
        assert.equal(audit[0]?.target_id, ana.id);
        assert.ok(await findUserByEmail(db.kysely, 'bo@example.org'));
      });
    });

    test('token create prints a token once that the real server accepts, with its role', async () => {
      const admin = await run(['token', 'create', '--org', 'acme', '--name', 'SIS sync', '--role', 'admin']);
      assert.equal(admin.code, 0, admin.stderr);
      const token = admin.stdout.trim();
      assert.match(token, /^pw_[A-Za-z0-9_-]{43}$/);
      assert.match(admin.stderr, /shown only this once/);
      const learner = await run([
        'token',
        'create',
        '--org',
        'acme',
        '--name',
        'read-only',
        '--role',
        'learner',
      ]);
      assert.equal(learner.code, 0, learner.stderr);
      await target.withDb(async (db) => {
        const stored = await db.kysely.selectFrom('api_tokens').selectAll().execute();
        assert.equal(stored.length, 2);
        assert.ok(stored.every((row) => !row.token_hash.includes(token) && row.token_hash !== token));
        const acme = await db.kysely
          .selectFrom('organizations')
          .select('id')
          .where('slug', '=', 'acme')
          .executeTakeFirstOrThrow();
        assert.equal((await listAudit(db.kysely, acme.id))[0]?.action, 'api_token.created');
        const app = await buildApp({
          db,
          config: loadConfig({ NODE_ENV: 'test', PASSWORD_HASH_COST: '1024', WEB_DIST: NO_WEB_DIST }),
        });
        try {
          const get = (bearer: string) =>
            app.inject({
              method: 'GET',
              url: `/api/orgs/${acme.id}/members`,
              headers: { authorization: `Bearer ${bearer}` },
            });
          const ok = await get(token);
          assert.equal(ok.statusCode, 200, ok.body);
          assert.deepEqual(
            ok
              .json()
              .members.map((m: { email: string }) => m.email)
              .sort(),
            ['admin@demo.pathwise.test', 'ana@example.org'],
          );
          assert.equal((await get(learner.stdout.trim())).statusCode, 403);
          assert.equal((await get(`${token}x`)).statusCode, 401);
        } finally {
          await app.close();
        }
      });
    });

    test('bad input is refused with exit code 2, a message naming the problem, and nothing written', async () => {
      const before = await target.withDb(counts);
      const cases: [string[], RegExp, string?][] = [
        [
          ['token', 'create', '--org', 'acme', '--name', 'x', '--role', 'boss'],
          /--role: unknown role "boss"/,
        ],
        [
          ['user', 'create', '--email', 'not-an-email', '--name', 'X', '--password', 'long enough pw'],
          /--email: "not-an-email" is not an email address/,
        ],
        [
          ['user', 'create', '--email', 'cy@example.org', '--name', 'Cy', '--password-stdin'],
          /password: too short/,
          'short\n',
        ],
        [
          ['user', 'create', '--email', 'cy@example.org', '--name', 'Cy', '--password', ' '.repeat(10)],
          /password is only spaces/,
        ],
        [
          ['user', 'create', '--email', 'cy@example.org', '--name', 'Cy', '--password', 'password123'],
          /password is too easy to guess \(common\)/,
        ],
        [
          [
            'user',
            'create',
            '--email',
            'cy@example.org',
            '--name',
            'Cy',
            '--password',
            'long enough pw',
            '--org',
            'nope',
          ],
          /--org: no organization with the slug nope/,
        ],
        [
          ['user', 'create', '--email', 'ANA@example.org', '--name', 'Ana', '--password', 'long enough pw'],
          /an account with the email ana@example.org exists/,
        ],
        [
          ['token', 'create', '--org', 'nope', '--name', 'x', '--role', 'admin'],
          /--org: no organization with the slug nope/,
        ],
        [['org', 'create', '--name', 'Acme again', '--slug', 'acme'], /acme is taken/],
        [
          ['org', 'create', '--name', 'Other', '--admin', 'ghost@example.org'],
          /--admin: no account with the email ghost@example.org/,
        ],
        [
          ['org', 'create', '--name', 'Bad', '--slug', 'Bad Slug'],
          /--slug: "Bad Slug" is not a valid address/,
        ],
        [['token', 'create', '--org', 'acme', '--role', 'admin'], /--name is required/],
        [['org', 'create', '--name', 'X', '--colour', 'red'], /Unknown option '--colour'/],
      ];
      for (const [args, message, input] of cases) {
        const result = await run(args, input);
        assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
        assert.match(result.stderr, message);
        assert.equal(result.stdout, '');
      }
      assert.deepEqual(await target.withDb(counts), before);
    });
  });
}
