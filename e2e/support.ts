import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'pathwise-demo';
export type DemoRole = 'learner' | 'teacher' | 'admin' | 'employer';

/** The demo account of a role. */
export function demoEmail(role: DemoRole): string {
  return `${role}@demo.pathwise.test`;
}

/** An address no one has used yet in this run. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.org`;
}

/** Signs in through the form and waits to leave the sign-in page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** What POST /api/auth/sign-up takes. */
export interface SignUpData {
  email: string;
  password: string;
  name: string;
  joinCode?: string;
  organizationName?: string;
  locale?: 'en' | 'es';
}

/**
 * Signs a new person up through the API and signs them in on the same request context (sign-up answers 202 with
 * no session, whether the address was free or taken); returns GET /api/me.
 */
export async function signUpThroughApi(
  request: APIRequestContext,
  data: SignUpData,
): Promise<{ user: { id: string }; memberships: { orgId: string; orgSlug: string }[]; csrfToken: string }> {
  const signedUp = await request.post('/api/auth/sign-up', { data });
  expect(signedUp.status(), await signedUp.text()).toBe(202);
  const signedIn = await request.post('/api/auth/sign-in', {
    data: { email: data.email, password: data.password },
  });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  return signedIn.json();
}

/** Runs axe-core on the page as it is and fails with a readable list of every violation. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  expect(summary, `axe-core violations on ${page.url()}`).toEqual([]);
}

/** Where a test keeps a screenshot for people to look at: test-results/screenshots/<name>.png. */
export function screenshotPath(name: string): string {
  return fileURLToPath(new URL(`../test-results/screenshots/${name}.png`, import.meta.url));
}

/** Each of `parts` is shown, and below the one before it on the page (what a reader meets first comes first). */
export async function expectInOrder(parts: Locator[]): Promise<void> {
  let above = Number.NEGATIVE_INFINITY;
  for (const part of parts) {
    await expect(part).toBeVisible();
    const top = (await part.boundingBox())?.y ?? Number.NaN;
    expect(top).toBeGreaterThan(above);
    above = top;
  }
}
