import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, demoEmail, expectNoA11yViolations, signIn } from './support.ts';

test('the sign-in page passes axe, and a signed-out visit to a home asks to sign in first', async ({
  page,
}) => {
  await page.goto('/o/demo/learner');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fo%2Fdemo%2Flearner$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await expectNoA11yViolations(page);
});

test('a signed-out visit to / shows what Pathwise is, passes axe, and leads to joining, signing in and verifying', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn skills, and prove them');
  await expect(page).toHaveURL('/');
  for (const who of ['Learners', 'Teachers', 'Administrators', 'Employers'])
    await expect(page.getByRole('heading', { level: 3, name: who })).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
  await expectNoA11yViolations(page);
  const main = page.getByRole('main');
  await main.getByRole('link', { name: 'Verify a credential' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verify a credential');
  await page.goBack();
  await main.getByRole('link', { name: 'Join with a code' }).click();
  await expect(page).toHaveURL('/join');
  await page.goBack();
  // Keyboard only: the first way in is reached with Tab after the header, and Enter follows it.
  const join = main.getByRole('link', { name: 'Join with a code' });
  for (let i = 0; i < 12 && !(await join.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(join).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(main.getByRole('link', { name: 'Sign in' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/sign-in');
});

test('the sign-up page passes axe and shows the choices', async ({ page }) => {
  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create your account');
  await expect(page.getByRole('radio', { name: 'I want to learn' })).toBeChecked();
  await page.getByRole('radio', { name: 'I run a school or organization' }).check();
  await expect(page.getByRole('textbox', { name: 'Name of your school or organization' })).toBeVisible();
  await expectNoA11yViolations(page);
  // Sending it empty names every missing field and puts the focus on the first one.
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Fill in this field.')).toHaveCount(4);
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeFocused();
  await expectNoA11yViolations(page);
});

test('a wrong password shows the error and stays on sign-in', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Email' }).fill(demoEmail('teacher'));
  await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('The email or the password is wrong.');
  await expect(page).toHaveURL('/sign-in');
  await expectNoA11yViolations(page);
});

test('keyboard only: Tab to the fields, type, Enter signs in', async ({ page }) => {
  await page.goto('/sign-in');
  const email = page.getByRole('textbox', { name: 'Email' });
  for (let i = 0; i < 10 && !(await email.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(email).toBeFocused();
  await page.keyboard.type(demoEmail('employer'));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Password' })).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/o/demo/employer');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Emma');
  // The session cookie keeps its Secure flag: Chromium accepts it on http://127.0.0.1 (a trustworthy origin).
  const session = (await page.context().cookies()).find((cookie) => cookie.name === 'pw_session');
  expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/sign-in');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('signing out in another tab sends this tab to sign-in at its next request', async ({
  page,
  context,
}) => {
  await signIn(page, demoEmail('admin'));
  await expect(page.getByRole('tab', { name: 'Members' })).toBeVisible();
  const other = await context.newPage();
  await other.goto('/');
  await other.getByRole('button', { name: /^Account/ }).click();
  await other.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(other).toHaveURL('/sign-in');

  await page.getByRole('tab', { name: 'Invitations' }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
});
