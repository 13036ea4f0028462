import type { TestBackend } from '@pathwise/db/testing';
import type { App } from '../../runtime/types.ts';
import { buildTestApp, createOrg, type Session, signUp, type TestApp } from '../../test/test-app.ts';

/** An organization with an admin and an LRS credential, as the LRS tests use it. */
export interface LrsOrg {
  orgId: string;
  admin: Session;
  key: string;
  secret: string;
  /** Headers of an xAPI request with this credential and version. */
  headers(version?: string): Record<string, string>;
}

/** Basic auth header value of a key and secret. */
export function basic(key: string, secret: string): string {
  return `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
}

/** Creates an organization and an LRS credential (through the admin route) with these scopes. */
export async function createLrsOrg(app: App, scopes: string[] = ['all'], admin?: Session): Promise<LrsOrg> {
  const person = admin ?? (await signUp(app));
  const orgId = await createOrg(app, person, 'LRS School');
  const res = await app.inject({
    method: 'POST',
    url: `/api/orgs/${orgId}/lrs-credentials`,
    headers: person.headers,
    payload: { name: 'Test provider', scopes },
  });
  if (res.statusCode !== 201) throw new Error(`credential create failed: ${res.statusCode} ${res.body}`);
  const { key, secret } = res.json() as { key: string; secret: string };
  return {
    orgId,
    admin: person,
    key,
    secret,
    headers: (version = '2.0.0') => ({
      authorization: basic(key, secret),
      'x-experience-api-version': version,
    }),
  };
}

/** A test app and one LRS organization in it. */
export async function lrsTestApp(backend: TestBackend): Promise<TestApp & { org: LrsOrg }> {
  const test = await buildTestApp(backend);
  return { ...test, org: await createLrsOrg(test.app) };
}

/** A minimal valid statement about an actor (by mbox) and an activity. */
export function statement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    actor: { objectType: 'Agent', mbox: 'mailto:ada@example.com', name: 'Ada' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
    object: { objectType: 'Activity', id: 'http://example.com/activities/algebra-1' },
    ...overrides,
  };
}
