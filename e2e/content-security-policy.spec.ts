import { expect, type Page, test } from '@playwright/test';
import { demoEmail, expectNoA11yViolations, signIn } from './support.ts';

/**
 * Issue 9, finding 11a: the app works under its Content-Security-Policy. Every `securitypolicyviolation` event and
 * every console message about the policy is collected while main pages are used; there must be none, and the policy
 * must really be there (a page without it would report nothing).
 */

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

function watchViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) seen.push(message.text());
  });
  void page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI} (${event.sourceFile})`);
    });
  });
  return seen;
}

async function expectNoViolations(page: Page, console: string[]): Promise<void> {
  const events = await page.evaluate(() => window.__cspViolations ?? []);
  expect([...events, ...console], `CSP violations on ${page.url()}`).toEqual([]);
}

async function expectPolicy(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp, `the policy of ${path}`).toMatch(/script-src 'self'(;|$)/);
  expect(csp).toMatch(/frame-ancestors 'self'/);
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
}

test('the public home, the teacher home and the item bank (KaTeX, figures) run under the policy without a violation', async ({
  page,
}) => {
  test.setTimeout(200_000);
  const console = watchViolations(page);
  await expectPolicy(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn skills, and prove them', {
    timeout: 150_000,
  });
  await expectNoViolations(page, console);
  await expectPolicy(page, '/sign-in');
  await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible({ timeout: 150_000 });
  await signIn(page, demoEmail('teacher'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Tomás');
  await expectNoViolations(page, console);
  await expectPolicy(page, '/o/demo/items?source=demo');
  await expect(page.getByRole('heading', { level: 1, name: 'Item bank' })).toBeVisible();
  const families = page.getByRole('table', { name: /^Demo item families \(\d+\)$/ });
  await families.getByRole('button', { name: 'See a sample item of Find the slope from two points' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: /^Step 1 of \d+$/ })).toBeVisible();
  // KaTeX drew the mathematics (its markup and fonts are subject to the policy too).
  await expect(dialog.locator('.katex').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await expectNoViolations(page, console);
  await expectNoA11yViolations(page);
});

test('the learner home and the API docs run under their policies without a violation', async ({ page }) => {
  test.setTimeout(200_000);
  const console = watchViolations(page);
  await signIn(page, demoEmail('learner'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Lucía');
  await expect(page.getByRole('heading', { name: 'Your pathways' })).toBeVisible();
  await expectNoViolations(page, console);
  await expectNoA11yViolations(page);
  const docs = await page.goto('/api/docs');
  expect(docs?.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
  await expect(page.locator('.swagger-ui .info .title')).toContainText('Pathwise API', { timeout: 30_000 });
  await expectNoViolations(page, console);
});
