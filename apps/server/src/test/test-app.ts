import { randomBytes } from 'node:crypto';
import type { Role } from '@pathwise/core/identity';
import type { Db } from '@pathwise/db';
import type { TestBackend } from '@pathwise/db/testing';
import { buildApp } from '../app.ts';
import { type Config, loadConfig } from '../runtime/config.ts';
import type { App } from '../runtime/types.ts';
import { buildMember } from './factories.ts';

export interface TestApp {
  app: App;
  db: Db;
  close(): Promise<void>;
}

/**
 * The configuration of a test app: a cheap password hash, no web app, organizations created over HTTP (ORG_SIGNUP's
 * other modes are tested in org-signup.test.ts) and every request from one address (sign-in-limits.test.ts sets the
 * per-client limit it tests); `env` overrides any of it.
 */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    PASSWORD_HASH_COST: '1024',
    WEB_DIST: '/nonexistent',
    ORG_SIGNUP: 'open',
    SIGN_IN_IP_RATE_LIMIT: '100000',
    ...env,
  });
}

// The database of each test app, so that helpers given only the app (addMember) can insert rows directly.
const databases = new WeakMap<App, Db>();

function databaseOf(app: App): Db {
  const db = databases.get(app);
  if (!db) throw new Error('not an app made by buildTestApp');
  return db;
}

/** A real app on a fresh database of the given backend, with {@link testConfig}; `now` is its clock. */
export async function buildTestApp(
  backend: TestBackend,
  env: Record<string, string> = {},
  options: { now?: () => Date } = {},
): Promise<TestApp> {
  const db = await backend.open();
  const config = testConfig(env);
  const app = await buildApp({ db, config, ...(options.now ? { now: options.now } : {}) });
  await app.ready();
  databases.set(app, db);
  return {
    app,
    db,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/**
 * A second app with another configuration on the database of `t` (closing it leaves that database open): tests of a
 * setting compare its values without paying for a fresh database each.
 */
export async function buildTestAppOnSameDb(t: TestApp, env: Record<string, string> = {}): Promise<TestApp> {
  const app = await buildApp({ db: t.db, config: testConfig(env) });
  await app.ready();
  databases.set(app, t.db);
  return { app, db: t.db, close: () => app.close() };
}

/** A signed-in person as the tests see them: their cookie, CSRF token and ids. */
export interface Session {
  userId: string;
  email: string;
  cookie: string;
  csrf: string;
  /** Headers for a cookie-authenticated write. */
  headers: Record<string, string>;
}

/** A unique email, so tests sharing one database never collide. */
export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomBytes(5).toString('hex')}@example.test`;
}

function sessionFrom(res: { json(): unknown; cookies: { name: string; value: string }[] }): Session {
  const body = res.json() as { user: { id: string; email: string }; csrfToken: string };
  const cookie = res.cookies.find((c) => c.name === 'pw_session');
  if (!cookie) throw new Error('no session cookie');
  const cookieHeader = `pw_session=${cookie.value}`;
  return {
    userId: body.user.id,
    email: body.user.email,
    cookie: cookieHeader,
    csrf: body.csrfToken,
    headers: { cookie: cookieHeader, 'x-csrf-token': body.csrfToken },
  };
}

/**
 * Signs up a new person (optionally joining or creating an organization) and returns their session: sign-up
 * answers 202 without a session (it says nothing about the address), then the person signs in, as the web app does.
 */
export async function signUp(app: App, body: Record<string, unknown> = {}): Promise<Session> {
  const payload = { email: uniqueEmail(), password: 'correct horse battery', name: 'Test Person', ...body };
  const res = await app.inject({ method: 'POST', url: '/api/auth/sign-up', payload });
  if (res.statusCode !== 202) throw new Error(`sign-up failed: ${res.statusCode} ${res.body}`);
  return signIn(app, String(payload.email), String(payload.password));
}

/** Signs in and returns the session. */
export async function signIn(app: App, email: string, password: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  return sessionFrom(res);
}

/** Creates an organization administered by `admin`, and returns its id. */
export async function createOrg(app: App, admin: Session, name = 'Test School'): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/orgs',
    headers: admin.headers,
    payload: { name },
  });
  if (res.statusCode !== 201) throw new Error(`org create failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

/**
 * Adds a new person with a role to an organization, signed in, with a verified address as after accepting an
 * invitation through its link (which verifies the invited address): rows inserted by the factories (invitations and join codes are tested in routes/orgs). `_admin` is the one who
 * would have invited them, kept so that call sites read as before.
 */
export async function addMember(app: App, _admin: Session, orgId: string, role: Role): Promise<Session> {
  return buildMember(databaseOf(app).kysely, orgId, role, { verified: true });
}

/**
 * A new teacher of the organization who teaches `learner`: the teacher makes a class and the administrator puts the
 * learner in it (a teacher reaches the learners of their own classes only).
 */
export async function addTeacherOf(
  app: App,
  admin: Session,
  orgId: string,
  learner: Session,
): Promise<Session> {
  const teacher = await addMember(app, admin, orgId, 'teacher');
  const made = await app.inject({
    method: 'POST',
    url: `/api/orgs/${orgId}/classes`,
    headers: teacher.headers,
    payload: { name: `Class of ${teacher.email}` },
  });
  if (made.statusCode !== 201) throw new Error(`class create failed: ${made.statusCode} ${made.body}`);
  const joined = await app.inject({
    method: 'POST',
    url: `/api/orgs/${orgId}/classes/${(made.json() as { id: string }).id}/members`,
    headers: admin.headers,
    payload: { userIds: [learner.userId], role: 'learner' },
  });
  if (joined.statusCode !== 204) throw new Error(`class join failed: ${joined.statusCode} ${joined.body}`);
  return teacher;
}
