import { type Browser, expect, type Page, test } from '@playwright/test';
import { demoEmail, expectNoA11yViolations, signIn, uniqueEmail } from './support.ts';

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

async function signUp(page: Page, name: string, email: string) {
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  const emailBox = page.getByRole('textbox', { name: 'Email' });
  if (await emailBox.isEditable()) await emailBox.fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill('a-long-password-1');
  await page.getByRole('button', { name: 'Create account' }).click();
}

test('an admin shares a join code; a new person signs up with it as a learner; the admin makes them a teacher', async ({
  page,
  browser,
}) => {
  await signIn(page, demoEmail('admin'));
  await page.getByRole('tab', { name: 'Join codes' }).click();
  await page.getByRole('button', { name: 'Create join code' }).click();
  const created = page.getByText(/^New join code: /);
  await expect(created).toBeVisible();
  const code = ((await created.textContent()) ?? '').replace('New join code: ', '').trim();
  expect(code).toMatch(/^[A-Z0-9-]{4,}$/);
  await expect(page.getByRole('textbox', { name: 'Join link' })).toHaveValue(
    new RegExp(`/join\\?code=${code}$`),
  );

  const newcomer = await newPage(browser);
  const email = uniqueEmail('newcomer');
  await newcomer.goto(`/join?code=${code}`);
  await newcomer.getByRole('link', { name: 'Create an account' }).click();
  await expect(newcomer.getByRole('textbox', { name: 'Join code' })).toHaveValue(code);
  await signUp(newcomer, 'Nora Newcomer', email);
  await expect(newcomer).toHaveURL('/o/demo/learner');
  await expect(newcomer.getByRole('heading', { level: 1 })).toHaveText('Welcome, Nora');

  await page.getByRole('tab', { name: 'Members' }).click();
  await page.getByRole('searchbox', { name: 'Search by name or email' }).fill('Nora Newcomer');
  await expect(page.getByText('Showing 1 of 1')).toBeVisible();
  const role = page.getByRole('combobox', { name: 'Role of Nora Newcomer' });
  await expect(role).toHaveValue('learner');
  await role.selectOption('teacher');
  await expect(page.getByRole('status')).toContainText('Nora Newcomer is now Teacher.');
  await expect(role).toHaveValue('teacher');
  await expectNoA11yViolations(page);

  await newcomer.goto('/');
  await expect(newcomer).toHaveURL('/o/demo/teacher');
  await expect(newcomer.getByRole('heading', { name: 'Share a join code' })).toBeVisible();

  // Removing asks first, in an accessible dialog; afterwards the person is out.
  await page.getByRole('button', { name: 'Remove Nora Newcomer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove Nora Newcomer?' });
  await expect(dialog).toBeVisible();
  await expectNoA11yViolations(page);
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('status')).toContainText('Nora Newcomer was removed.');
  await expect(page.getByRole('row', { name: /Nora Newcomer/ })).toHaveCount(0);
  await newcomer.goto('/');
  await expect(newcomer).toHaveURL('/start');
  await newcomer.context().close();
});

test('an admin invites by email; the invitee opens the link, signs up and joins with the invited role', async ({
  page,
  browser,
}) => {
  await signIn(page, demoEmail('admin'));
  await page.getByRole('tab', { name: 'Invitations' }).click();
  const email = uniqueEmail('invitee');
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('combobox', { name: 'Role', exact: true }).selectOption('employer');
  await page.getByRole('button', { name: 'Create invitation' }).click();
  const link = page.getByRole('textbox', { name: 'Invitation link' });
  await expect(link).toHaveValue(/\/invite\/[\w-]+$/);
  const url = new URL(await link.inputValue());
  await expect(page.getByRole('row', { name: new RegExp(email) })).toContainText('Waiting');
  await expectNoA11yViolations(page);

  const invitee = await newPage(browser);
  await invitee.goto(url.pathname);
  await expect(invitee.getByText('You are invited to join Pathwise Demo School as Employer.')).toBeVisible();
  await expectNoA11yViolations(invitee);
  await invitee.getByRole('link', { name: 'Create an account' }).click();
  await expect(invitee.getByRole('textbox', { name: 'Email' })).toHaveValue(email);
  await signUp(invitee, 'Iris Invitee', email);
  await expect(invitee).toHaveURL('/o/demo/employer');
  await invitee.context().close();

  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(email) })).toContainText('Accepted');
  await expectNoA11yViolations(page);
});

test('someone who runs a school creates it at sign-up, then joins another with a code and switches between them', async ({
  page,
  browser,
}) => {
  const teacher = await newPage(browser);
  await signIn(teacher, demoEmail('teacher'));
  await teacher.getByRole('button', { name: 'Create join code' }).click();
  const code = ((await teacher.getByText(/^New join code: /).textContent()) ?? '').replace(
    'New join code: ',
    '',
  );
  await teacher.context().close();

  await page.goto('/sign-up');
  await page.getByRole('radio', { name: 'I run a school or organization' }).check();
  await page.getByRole('textbox', { name: 'Name of your school or organization' }).fill('Riverside Academy');
  await signUp(page, 'Rosa Rivera', uniqueEmail('rosa'));
  await expect(page).toHaveURL(/\/o\/riverside-academy[\w-]*\/admin$/);
  await expect(page.getByRole('button', { name: /Current organization: Riverside Academy/ })).toBeVisible();

  await page.getByRole('button', { name: /Current organization/ }).click();
  await page.getByRole('menuitem', { name: 'Join or create an organization' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Join or create an organization');
  await expectNoA11yViolations(page);
  await page.getByRole('textbox', { name: 'Join code' }).fill(code);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(page).toHaveURL('/o/demo/learner');

  await page.getByRole('button', { name: /Current organization: Pathwise Demo School/ }).click();
  await page.getByRole('menuitem', { name: /Riverside Academy/ }).click();
  await expect(page).toHaveURL(/\/o\/riverside-academy[\w-]*\/admin$/);
  await expect(page.getByRole('tab', { name: 'Members' })).toBeVisible();
});

test('a join code that does not exist is named next to the field', async ({ page }) => {
  await page.goto('/sign-up?code=NOPE-NOPE');
  await signUp(page, 'Wrong Code', uniqueEmail('wrong-code'));
  await expect(page.getByText('This code is unknown, expired or used up.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Join code' })).toHaveAttribute('aria-invalid', 'true');
});

test('a person with an account accepts an invitation to a second organization and switches back', async ({
  page,
  browser,
}) => {
  const email = uniqueEmail('gina');
  await page.goto('/sign-up');
  await page.getByRole('radio', { name: 'I run a school or organization' }).check();
  await page.getByRole('textbox', { name: 'Name of your school or organization' }).fill('Gina Tutoring');
  await signUp(page, 'Gina Green', email);
  await expect(page).toHaveURL(/\/o\/gina-tutoring[\w-]*\/admin$/);

  const founder = await newPage(browser);
  await founder.goto('/sign-up');
  await founder.getByRole('radio', { name: 'I run a school or organization' }).check();
  await founder
    .getByRole('textbox', { name: 'Name of your school or organization' })
    .fill('Hillside College');
  await signUp(founder, 'Hugo Hill', uniqueEmail('hugo'));
  await founder.getByRole('tab', { name: 'Invitations' }).click();
  await founder.getByRole('textbox', { name: 'Email' }).fill(email);
  await founder.getByRole('combobox', { name: 'Role', exact: true }).selectOption('teacher');
  await founder.getByRole('button', { name: 'Create invitation' }).click();
  const link = new URL(await founder.getByRole('textbox', { name: 'Invitation link' }).inputValue());
  await founder.context().close();

  await page.goto(link.pathname);
  await expect(page.getByText('You are invited to join Hillside College as Teacher.')).toBeVisible();
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page).toHaveURL(/\/o\/hillside-college[\w-]*\/teacher$/);
  await expect(page.getByRole('button', { name: /Current organization: Hillside College/ })).toBeVisible();

  await page.getByRole('button', { name: /Current organization/ }).click();
  await page.getByRole('menuitem', { name: /Gina Tutoring/ }).click();
  await expect(page).toHaveURL(/\/o\/gina-tutoring[\w-]*\/admin$/);

  await page.goto(link.pathname);
  await expect(page.getByText('This invitation has already been accepted.')).toBeVisible();
});

test('a teacher sees and shares learner codes only, not the teacher codes an admin made', async ({
  page,
  browser,
}) => {
  await signIn(page, demoEmail('admin'));
  await page.getByRole('tab', { name: 'Join codes' }).click();
  await page.getByRole('combobox', { name: 'Role', exact: true }).selectOption('teacher');
  await page.getByRole('button', { name: 'Create join code' }).click();
  const created = page.getByText(/^New join code: /);
  await expect(created).toBeVisible();
  const teacherCode = ((await created.textContent()) ?? '').replace('New join code: ', '').trim();
  await expect(page.getByRole('row', { name: new RegExp(teacherCode) })).toContainText('Teacher');

  const teacher = await newPage(browser);
  await signIn(teacher, demoEmail('teacher'));
  await expect(teacher.getByRole('heading', { name: 'Live join codes' })).toBeVisible();
  await expect(teacher.getByRole('combobox', { name: 'Role', exact: true })).toHaveCount(0);
  await expect(teacher.getByText(teacherCode)).toHaveCount(0);
  await teacher.context().close();
});
