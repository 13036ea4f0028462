import { expect, test } from '@playwright/test';
import { signUpWithCode } from './learning-support.ts';
import { demoEmail, expectNoA11yViolations, signIn } from './support.ts';

// Issue 9: a teacher adds learners of their own classes only; a new learner comes in with the class code; the
// administrator decides whether teachers may add any learner of the organization. The page says the rule.
test('a teacher makes a class code, a new learner signs up with it and is in the class; the admin sees the class setting; axe clean', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const tag = Date.now().toString(36).slice(-5);
  const className = `Code class ${tag}`;
  // NOTE: on a fresh server the demo's background jobs may hold the embedded database for a while at first.
  await page.goto('/sign-in');
  await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible({ timeout: 150_000 });
  await signIn(page, demoEmail('teacher'));
  await page.goto('/o/demo/classes');
  await expect(
    page.getByText(
      'You see and follow the learners of your own classes. Learners join a class with its class code',
    ),
  ).toBeVisible({ timeout: 60_000 });
  await page.getByRole('textbox', { name: 'Class name' }).fill(className);
  await page.getByRole('button', { name: 'Create class', exact: true }).click();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: className }) });
  await expect(card.getByText('Learners: 0')).toBeVisible({ timeout: 60_000 });
  await card.getByRole('button', { name: `Create class code: ${className}` }).click();
  const codeField = card.getByRole('textbox', { name: `Class code: ${className}` });
  await expect(codeField).toHaveValue(/^[A-Z0-9]{8}$/, { timeout: 60_000 });
  const code = await codeField.inputValue();
  await card.getByText(`Add learners: ${className}`).click();
  await expect(card.getByText('You can add learners who are already in one of your classes.')).toBeVisible();
  await expectNoA11yViolations(page);

  const learnerContext = await browser.newContext();
  await signUpWithCode(await learnerContext.newPage(), code, `Cody Class ${tag}`);
  await learnerContext.close();
  await page.reload();
  await expect(card.getByText('Learners: 1')).toBeVisible({ timeout: 60_000 });

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, demoEmail('admin'));
  await admin.goto('/o/demo/classes');
  const setting = admin.getByRole('switch', {
    name: 'Teachers may add any learner of the organization to their classes',
  });
  await expect(setting).not.toBeChecked();
  await expectNoA11yViolations(admin);
  await adminContext.close();
});
