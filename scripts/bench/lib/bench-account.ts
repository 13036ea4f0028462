/**
 * The account the benchmarks act as: an organization and its administrator made with the `pathwise` CLI on a
 * database without the demo (the demo's background job, a cohort of 240 learners written over minutes, would
 * otherwise run during the measurement), and a signed-in session of that administrator.
 */
import { spawn } from 'node:child_process';
import type { BenchServer } from './start-server.ts';
import { ROOT } from './start-server.ts';

/** The database a benchmark runs on, as the server and the CLI read it from the environment. */
export type BenchDatabase = { DATA_DIR: string } | { DATABASE_URL: string; ISSUER_KEY_SECRET?: string };

/** The benchmark administrator; the organization has the slug `bench`. */
export const BENCH_ACCOUNT = { email: 'bench-admin@example.org', password: 'bench-password-1', org: 'bench' };

/** Runs the `pathwise` CLI on a database; throws with its output when it fails. */
export function pathwise(args: string[], database: BenchDatabase, input = ''): Promise<void> {
  return new Promise((resolve, reject) => {
    const { DATABASE_URL: _url, DATA_DIR: _dir, ...inherited } = process.env;
    const child = spawn(process.execPath, ['apps/cli/bin/pathwise.js', ...args], {
      cwd: ROOT,
      env: { ...inherited, ...database },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`pathwise ${args.join(' ')} exited with ${code}:\n${output}`)),
    );
    child.stdin.end(input);
  });
}

/**
 * Creates the `bench` organization and its administrator {@link BENCH_ACCOUNT} with the CLI.
 *
 * @example
 * await createBenchAdmin({ DATA_DIR: dir });
 */
export async function createBenchAdmin(database: BenchDatabase): Promise<void> {
  const { email, password, org } = BENCH_ACCOUNT;
  await pathwise(['org', 'create', '--name', 'Bench', '--slug', org], database);
  await pathwise(
    [
      'user',
      'create',
      '--email',
      email,
      '--name',
      'Bench',
      '--password-stdin',
      '--org',
      org,
      '--role',
      'admin',
    ],
    database,
    password,
  );
}

/** A signed-in session: the cookie, the CSRF token for writes, and the id of the `bench` organization. */
export interface BenchSession {
  cookie: string;
  csrf: string;
  orgId: string;
}

/** Signs in as {@link BENCH_ACCOUNT}, checked once against `GET /api/me`. */
export async function signInBenchAdmin(server: BenchServer): Promise<BenchSession> {
  const response = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: BENCH_ACCOUNT.email, password: BENCH_ACCOUNT.password }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  const session = response.headers.getSetCookie().find((c) => c.startsWith('pw_session='));
  if (!session) throw new Error('sign-in set no pw_session cookie');
  const cookie = session.split(';')[0]!;
  const me = await fetch(`${server.url}/api/me`, { headers: { cookie } });
  const body = (await me.json()) as {
    user?: { email?: string };
    memberships?: { orgId: string; orgSlug: string }[];
    csrfToken?: string;
  };
  if (me.status !== 200 || body.user?.email !== BENCH_ACCOUNT.email || !body.csrfToken)
    throw new Error(`GET /api/me answered ${me.status}`);
  const orgId = body.memberships?.find((m) => m.orgSlug === BENCH_ACCOUNT.org)?.orgId;
  if (!orgId) throw new Error(`GET /api/me lists no membership of ${BENCH_ACCOUNT.org}`);
  return { cookie, csrf: body.csrfToken, orgId };
}
