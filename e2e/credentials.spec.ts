import { writeFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, demoEmail, expectNoA11yViolations, screenshotPath, signIn } from './support.ts';

/** Every check listed under a heading region is green. */
async function expectAllChecksGreen(scope: ReturnType<Page['locator']>) {
  const checks = scope.locator('[data-check]');
  expect(await checks.count()).toBeGreaterThanOrEqual(5);
  for (const check of await checks.all()) await expect(check).toHaveAttribute('data-ok', 'true');
}

async function dropFile(page: Page, name: string, content: string) {
  const path = test.info().outputPath(name);
  await writeFile(path, content);
  await page.goto('/verify');
  await page.locator('input[type="file"]').setInputFiles(path);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { name: 'Checks' })).toBeVisible();
}

test('the demo learner shares their record, a signed-out visitor verifies it, tampering and revocation fail the right check', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, demoEmail('learner'));
  await page.getByRole('link', { name: 'My record and sharing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My record' })).toBeVisible();
  const credentials = page.getByTestId('credential');
  await expect(credentials).toHaveCount(5);
  for (const name of [
    'Adding integers',
    'Multiplying integers',
    'Order of operations',
    'Integer Arithmetic Certificate',
  ])
    await expect(credentials.filter({ hasText: name })).toHaveCount(1);
  await expectNoA11yViolations(page);

  // Share the certificate and one badge through a link that lasts 7 days.
  await page.getByRole('checkbox', { name: 'Integer Arithmetic Certificate' }).check();
  await page.getByRole('checkbox', { name: 'Adding integers' }).check();
  await page.getByRole('textbox', { name: 'Days the link works' }).fill('7');
  await page.getByRole('button', { name: 'Create the link' }).click();
  const url = await page.getByRole('textbox', { name: /Link created/ }).inputValue();
  expect(url).toMatch(/\/verify\/share\/pws_/);
  await expectNoA11yViolations(page);

  // A signed-out visitor opens it: every check of both credentials is green.
  const visitor = await browser.newContext();
  const anon = await visitor.newPage();
  await anon.goto(url);
  await expect(anon.getByRole('heading', { level: 1, name: 'Shared credentials' })).toBeVisible();
  const certificate = anon.getByRole('article', { name: 'Integer Arithmetic Certificate' });
  await expect(certificate.getByText('Verified: every check passed.')).toBeVisible();
  await expectAllChecksGreen(certificate);
  await expectAllChecksGreen(anon.getByRole('article', { name: 'Adding integers' }));
  await expect(certificate.getByText(/Inclusion in the public issuance log: passed/)).toBeVisible();
  await expectNoA11yViolations(anon);
  await anon.screenshot({ path: screenshotPath('credentials-share-verified'), fullPage: true });

  // The learner sees the view, then the downloaded file: one changed byte fails the signature.
  const me = await (await page.request.get('/api/me')).json();
  const orgId = me.memberships.find((m: { orgSlug: string }) => m.orgSlug === 'demo').orgId as string;
  const list = await (await page.request.get(`/api/orgs/${orgId}/record`)).json();
  const badge = list.credentials.find(
    (c: { achievementName: string }) => c.achievementName === 'Multiplying integers',
  );
  const file = await (
    await page.request.get(`/api/orgs/${orgId}/record/credentials/${badge.id}/file`)
  ).text();
  await dropFile(anon, 'badge.json', file);
  await expectAllChecksGreen(anon.getByTestId('checks'));
  await dropFile(anon, 'tampered.json', file.replace('Multiplying integers', 'Multiplying integerz'));
  await expect(anon.getByText('Not verified: a check failed.')).toBeVisible();
  await expect(anon.locator('[data-check="signature"]')).toHaveAttribute('data-ok', 'false');
  await expectNoA11yViolations(anon);
  await dropFile(anon, 'not-json.txt', 'this is not a credential');
  await expect(anon.locator('[data-check="well-formed"]')).toHaveAttribute('data-ok', 'false');
  await dropFile(anon, 'other.json', '{"hello": "world"}');
  await expect(anon.locator('[data-check="well-formed"]')).toHaveAttribute('data-ok', 'false');

  // An administrator revokes that badge: the same file now fails the revocation check.
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signIn(adminPage, demoEmail('admin'));
  const csrf = (await (await adminPage.request.get('/api/me')).json()).csrfToken as string;
  const revoked = await adminPage.request.post(`/api/orgs/${orgId}/credentials/${badge.id}/revoke`, {
    headers: { 'x-csrf-token': csrf },
    data: { reason: 'issued by mistake (browser test)' },
  });
  expect(revoked.status()).toBe(204);
  await dropFile(anon, 'revoked.json', file);
  await expect(anon.locator('[data-check="revocation-status"]')).toHaveAttribute('data-ok', 'false');
  await expect(anon.locator('[data-check="signature"]')).toHaveAttribute('data-ok', 'true');
  await anon.screenshot({ path: screenshotPath('credentials-revoked'), fullPage: true });

  // The learner revokes the link: the visitor is told.
  await page.reload();
  const mine = page.getByTestId('share-link').filter({ hasText: '2 credentials' });
  await expect(mine).toContainText(/[1-9]\d* views/);
  await mine.getByRole('button', { name: /Revoke link/ }).click();
  await expect(mine).toContainText('Revoked');
  await anon.goto(url);
  await expect(anon.getByText('This share link was revoked by the learner.')).toBeVisible();
  await expectNoA11yViolations(anon);
  await visitor.close();
  await admin.close();
});

test('the demo employer matches the demo share link against a job profile', async ({ page }) => {
  await signIn(page, demoEmail('employer'), DEMO_PASSWORD);
  await page.getByRole('link', { name: 'Match a shared record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Match a shared record' })).toBeVisible();
  await expectNoA11yViolations(page);
  const me = await (await page.request.get('/api/me')).json();
  expect(me.memberships.length).toBeGreaterThan(0);
  // The seeded link's token is in the server log; the learner would send it. Here the learner's own page makes one.
  const learner = await page.context().browser()!.newContext();
  const lp = await learner.newPage();
  await signIn(lp, demoEmail('learner'));
  await lp.goto('/o/demo/record');
  await lp.getByRole('checkbox', { name: 'Adding integers' }).check();
  await lp.getByRole('button', { name: 'Create the link' }).click();
  const url = await lp.getByRole('textbox', { name: /Link created/ }).inputValue();
  await learner.close();
  await page.getByRole('textbox', { name: 'Share link' }).fill(url);
  await page.getByRole('button', { name: 'Match' }).click();
  await expect(page.getByRole('heading', { name: /Score 33 %/ })).toBeVisible();
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'Adding integers' })).toContainText('Met');
  await expect(rows.filter({ hasText: 'Solving one-step equations' })).toContainText('Not met');
  await expectNoA11yViolations(page);
});
