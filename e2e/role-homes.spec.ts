import { expect, test } from '@playwright/test';
import { type DemoRole, demoEmail, expectNoA11yViolations, screenshotPath, signIn } from './support.ts';

const HOMES: { role: DemoRole; firstName: string; content: string[] }[] = [
  {
    role: 'learner',
    firstName: 'Lucía',
    content: ['Your pathways', 'Your credentials', 'Your data'],
  },
  {
    role: 'teacher',
    firstName: 'Tomás',
    content: ['Share a join code', 'Your classes', 'Item bank', 'Planning assistant'],
  },
  { role: 'admin', firstName: 'Ada', content: ['Members', 'Your classes', 'Achievements and credentials'] },
  { role: 'employer', firstName: 'Emma', content: ['Verify a credential', 'Skill matches'] },
];

for (const home of HOMES) {
  test(`the demo ${home.role} signs in and lands on the ${home.role} home, with no axe violations`, async ({
    page,
  }) => {
    await signIn(page, demoEmail(home.role));
    await expect(page).toHaveURL(`/o/demo/${home.role}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welcome, ${home.firstName}`);
    await expect(
      page.getByRole('button', { name: /Current organization: Pathwise Demo School/ }),
    ).toBeVisible();
    for (const heading of home.content)
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    if (home.role === 'admin') {
      await page.getByRole('searchbox', { name: 'Search by name or email' }).fill('lucia');
      await expect(page.getByRole('row', { name: /Lucía Learner/ })).toBeVisible();
    }
    await expect(page).toHaveTitle(/Pathwise/);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: screenshotPath(`${home.role}-home`), fullPage: true });
  });
}

test('on a phone the learner home fits the screen, with no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, demoEmail('learner'));
  await expect(page.getByRole('heading', { name: 'Your pathways' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('learner-home-phone'), fullPage: true });
});

test('the admin console: every tab passes axe', async ({ page }) => {
  await signIn(page, demoEmail('admin'));
  for (const tab of ['Invitations', 'Join codes', 'API tokens', 'Audit trail']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel')).toBeVisible();
    if (tab === 'Join codes') {
      await page.getByRole('button', { name: 'Create join code' }).click();
      await expect(page.getByRole('textbox', { name: 'Join link' })).toBeVisible();
    }
    if (tab === 'API tokens') {
      await page.getByRole('textbox', { name: 'Token name' }).fill('Student information system');
      await page.getByRole('button', { name: 'Create token' }).click();
      await expect(page.getByText('This is the only time the token is shown.')).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'API token' })).toHaveValue(/^pw_/);
      await expect(page.getByRole('row', { name: /Student information system/ })).toBeVisible();
      await expectNoA11yViolations(page);
      await page.getByRole('button', { name: 'Revoke token Student information system' }).click();
      await expect(page.getByRole('status')).toContainText('Token Student information system was revoked.');
      await expect(page.getByText('No API tokens yet.')).toBeVisible();
    }
    await expectNoA11yViolations(page);
  }
  // The newest entries are this test's own; other tests write to the demo organization too, so the demo's set-up
  // may be pages back: "Show older entries" until there is nothing older, each page adding rows.
  await expect(page.getByRole('row', { name: /Revoked an API token/ }).first()).toBeVisible();
  const older = page.getByRole('button', { name: 'Show older entries' });
  const rows = page.getByRole('tabpanel').getByRole('row');
  for (let pageNo = 0; pageNo < 40 && (await older.isVisible()); pageNo += 1) {
    const before = await rows.count();
    await older.click();
    await expect.poll(() => rows.count()).toBeGreaterThan(before);
  }
  await expect(older).toBeHidden();
  await expect(page.getByRole('cell', { name: 'Set up the demo' })).toBeVisible();
  await expectNoA11yViolations(page);
});

test('on a phone the admin sees members as cards with every control on screen, with no axe violations', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, demoEmail('admin'));
  await page.getByRole('searchbox', { name: 'Search by name or email' }).fill('Lucía');
  const card = page.getByRole('listitem').filter({ hasText: 'Lucía Learner' });
  await expect(card).toBeVisible();
  const role = card.getByRole('combobox', { name: 'Role of Lucía Learner' });
  await role.scrollIntoViewIfNeeded();
  await expect(role).toBeInViewport({ ratio: 1 });
  await expect(card.getByRole('button', { name: 'Remove Lucía Learner' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('admin-home-phone'), fullPage: true });
});
