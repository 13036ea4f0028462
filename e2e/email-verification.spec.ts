import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { simpleParser } from 'mailparser';
import { expectNoA11yViolations, screenshotPath, uniqueEmail } from './support.ts';

const PASSWORD = 'a-long-password-1';

/** The verification links mailed to `email` so far (the server writes mail to DATA_DIR/outbox without SMTP_URL). */
async function verificationLinks(email: string): Promise<URL[]> {
  const outbox = join(process.env.PATHWISE_E2E_DATA_DIR ?? '', 'outbox');
  const links: URL[] = [];
  for (const name of (await readdir(outbox).catch(() => [])).sort()) {
    const mail = await simpleParser(await readFile(join(outbox, name)));
    const to = [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address));
    const link = mail.text?.match(/https?:\/\/\S+\/verify-email\?token=\S+/)?.[0];
    if (to.includes(email) && link) links.push(new URL(link));
  }
  return links;
}

async function signUp(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-up');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Vera Verified');
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

test('a new address is unverified until the mailed link is opened; the link can be sent again', async ({
  page,
}) => {
  const email = uniqueEmail('verify');
  await signUp(page, email, PASSWORD);
  await page.waitForURL((url) => url.pathname !== '/sign-up');
  await page.goto('/account');
  const notice = page.getByRole('alert').filter({ hasText: 'Your email address is not verified yet' });
  await expect(notice).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Send the link again' }).click();
  await expect(page.getByText(`We sent a new link to ${email}`)).toBeVisible();
  await page.screenshot({ path: screenshotPath('account-email-unverified'), fullPage: true });

  await expect.poll(async () => (await verificationLinks(email)).length).toBe(2);
  const link = (await verificationLinks(email)).at(-1)!;
  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByText(`Your address ${email} is confirmed`)).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('link', { name: 'Continue' }).click();
  await expect(page).toHaveURL('/account');
  await expect(page.getByText('Verified', { exact: true })).toBeVisible();
  await expect(page.getByText('Your email address is not verified yet')).toHaveCount(0);

  // The same link again: refused.
  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByText('This link does not work')).toBeVisible();
});

test('signing up with a taken address says to check the mail, and signs nobody in', async ({ browser }) => {
  const email = uniqueEmail('taken');
  const first = await browser.newPage();
  await signUp(first, email, PASSWORD);
  await first.waitForURL((url) => url.pathname !== '/sign-up');
  await first.close();

  // axe needs a page of a context of its own.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, email, 'a-different-password-2');
  await expect(
    page.getByRole('status').filter({ hasText: 'If the address already has an account' }),
  ).toBeVisible();
  await expect(page).toHaveURL('/sign-up');
  await expectNoA11yViolations(page);
  const me = await page.request.get('/api/me');
  expect(me.status()).toBe(401);
  await context.close();
});
