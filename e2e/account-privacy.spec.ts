import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, screenshotPath, uniqueEmail } from './support.ts';

const PASSWORD = 'a-long-password-1';

test('a new learner downloads all their data, deletes the account, and cannot sign in again', async ({
  page,
}) => {
  const email = uniqueEmail('privacy');
  await page.goto('/sign-up');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Pia Privacy');
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-up');

  await page.getByRole('button', { name: /^Account/ }).click();
  await page.getByRole('menuitem', { name: 'My account and data' }).click();
  await expect(page).toHaveURL('/account');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account');
  await expect(page.getByRole('cell', { name: email })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('account-page'), fullPage: true });

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download my data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^pathwise-data-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(file.version).toBe(1);
  expect(file.profile.email).toBe(email);
  expect(JSON.stringify(file)).not.toContain('password_hash');

  await page.getByRole('button', { name: 'Delete my account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Credentials already issued stay verifiable');
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('account-delete-dialog') });
  await dialog.getByLabel('Your password, to confirm').fill('not-my-password');
  await dialog.getByRole('button', { name: 'Delete my account for good' }).click();
  await expect(dialog.getByText('This is not your current password.')).toBeVisible();
  await expect(page).toHaveURL('/account');

  await dialog.getByLabel('Your password, to confirm').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Delete my account for good' }).click();
  await expect(page).toHaveURL('/sign-in?account=deleted');
  await expect(page.getByRole('status')).toContainText('Your account was deleted.');
  expect((await page.context().cookies()).some((c) => c.name === 'pw_session')).toBe(false);
  await expectNoA11yViolations(page);

  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert', { name: 'That did not work' })).toContainText(
    'The email or the password is wrong.',
  );
});

test('the only administrator of an organization is asked to appoint another one first', async ({ page }) => {
  const school = `Solo School ${Date.now().toString(36)}`;
  await page.goto('/sign-up');
  await page.getByRole('radio', { name: 'I run a school or organization' }).check();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Sol Admin');
  await page.getByRole('textbox', { name: 'Email' }).fill(uniqueEmail('solo'));
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('textbox', { name: 'Name of your school or organization' }).fill(school);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-up');

  await page.goto('/account');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
  await dialog.getByLabel('Your password, to confirm').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Delete my account for good' }).click();
  await expect(dialog.getByRole('alert')).toContainText(`You are the only administrator of ${school}.`);
  await expectNoA11yViolations(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account');
});
