import { type Browser, expect, test } from '@playwright/test';
import { DEMO_PASSWORD, demoEmail, expectNoA11yViolations, signIn } from './support.ts';

/**
 * The demo learner shares one badge through the API (the record page is another spec's subject); returns the
 * link's address, as the learner would send it.
 */
async function learnerShares(browser: Browser, achievement: string): Promise<string> {
  const context = await browser.newContext();
  const signedIn = await context.request.post('/api/auth/sign-in', {
    data: { email: demoEmail('learner'), password: DEMO_PASSWORD },
  });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const me = await signedIn.json();
  const orgId = me.memberships.find((m: { orgSlug: string }) => m.orgSlug === 'demo').orgId as string;
  const record = await (await context.request.get(`/api/orgs/${orgId}/record`)).json();
  const credential = record.credentials.find(
    (c: { achievementName: string }) => c.achievementName === achievement,
  );
  const link = await context.request.post(`/api/orgs/${orgId}/record/share-links`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { credentialIds: [credential.id], days: 1, label: 'Job profiles browser test' },
  });
  expect(link.status(), await link.text()).toBe(201);
  const { url } = await link.json();
  await context.close();
  return url as string;
}

test('the demo employer builds a job profile from an O*NET occupation, required and nice to have, and matches a record against it', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const url = await learnerShares(browser, 'Adding integers');
  // NOTE: a name of its own: employer-crosswalk.spec.ts picks the demo's "Bookkeeping clerk" profile by name.
  const name = `Night-shift bookkeeper ${Date.now().toString(36)}`;
  await signIn(page, demoEmail('employer'), DEMO_PASSWORD);
  await page.getByRole('link', { name: 'Open job profiles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Job profiles' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Retail cashier (demo)' })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole('link', { name: 'New from an occupation' }).click();
  const search = page.getByRole('searchbox', { name: /Occupation/ });
  await search.fill('bookkeepers');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(
    page.getByText('No occupation matches “bookkeepers”. Try fewer or broader words.'),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Search for “bookkeeping”' }).click();
  await expect(page.getByText('1 occupation matches “bookkeeping”.')).toBeVisible();
  await page
    .getByRole('button', { name: 'Look at the skills of Bookkeeping, Accounting, and Auditing Clerks' })
    .click();
  const heading = page.getByRole('heading', {
    level: 2,
    name: 'Bookkeeping, Accounting, and Auditing Clerks',
  });
  await expect(heading).toBeFocused();

  const skills = page.getByRole('region', { name: 'Skills', exact: true });
  const maths = skills.getByRole('radiogroup', { name: 'Mathematics' });
  await expect(maths.getByRole('radio', { name: 'Required' })).toBeChecked();
  // The description (its rating and its crosswalk to the demo framework) is read with the group.
  await expect(maths).toHaveAccessibleDescription(
    /Importance 3\.38 of 5 · Your 26 framework skills that count/,
  );
  await skills
    .getByRole('radiogroup', { name: 'Reading Comprehension' })
    .getByRole('radio', { name: 'Nice to have' })
    .check();
  await skills
    .getByRole('radiogroup', { name: 'Active Listening' })
    .getByRole('radio', { name: 'Leave out' })
    .check();
  await expect(
    page.getByRole('status').filter({ hasText: /^Chosen: \d+ required, 1 nice to have\.$/ }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Profile name' }).fill(name);
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Save the profile' }).click();
  await expect(page.getByText(`Saved “${name}”.`)).toBeVisible();

  await page.getByRole('link', { name: 'Match a shared record against it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Match a shared record' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Job profile' })).toHaveValue(name);
  await page.getByRole('textbox', { name: 'Share link' }).fill(url);
  await page.getByRole('button', { name: 'Match', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: /^Score \d+ %: 0 of \d+ required skills .* more in part$/ }),
  ).toBeVisible();
  const required = page.getByRole('table').first();
  await expect(required.getByRole('row').filter({ hasText: 'Mathematics' }).first()).toContainText(
    'Partly met',
  );
  await expect(page.getByRole('heading', { name: 'Nice to have' })).toBeVisible();
  const nice = page.getByRole('table').last();
  await expect(nice.getByRole('row').filter({ hasText: 'Reading Comprehension' })).toContainText('Not met');
  await expect(
    page.getByText('0 of 1 nice-to-have skills are backed as well; each counts half in the score.'),
  ).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole('link', { name: 'Job profiles: see them or build one' }).click();
  await expect(page.getByRole('rowheader', { name })).toBeVisible();
});
