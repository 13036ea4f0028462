import { type Browser, type BrowserContext, expect, test } from '@playwright/test';
import { DEMO_PASSWORD, demoEmail, expectNoA11yViolations, signIn } from './support.ts';

/**
 * The demo learner, signed in through the API on a context of their own, declines any contact request still
 * waiting from an earlier try of this test (one pending request per employer and candidate), so that a retry
 * starts where the first try did; returns the context for the learner's part of the test.
 */
async function learnerWithNoPendingRequest(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  const signedIn = await context.request.post('/api/auth/sign-in', {
    data: { email: demoEmail('learner'), password: DEMO_PASSWORD },
  });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const me = await signedIn.json();
  const orgId = me.memberships.find((m: { orgSlug: string }) => m.orgSlug === 'demo').orgId as string;
  const { requests } = await (await context.request.get(`/api/orgs/${orgId}/record/contact-requests`)).json();
  for (const r of requests as { id: string; status: string }[]) {
    if (r.status !== 'pending') continue;
    const declined = await context.request.post(
      `/api/orgs/${orgId}/record/contact-requests/${r.id}/decline`,
      { headers: { 'x-csrf-token': me.csrfToken } },
    );
    expect(declined.status(), await declined.text()).toBe(200);
  }
  return context;
}

test('an employer builds a bookkeeping profile from O*NET, finds the discoverable demo learner ranked with the match explained, and the learner accepts a contact request', async ({
  page,
  browser,
}) => {
  // NOTE: about 40 s alone (38 s measured); the margin is for a loaded machine (the O*NET skill picker renders
  // many rows, and each sign-in hashes a password).
  test.setTimeout(150_000);
  const learnerContext = await learnerWithNoPendingRequest(browser);
  const name = `Discovery bookkeeper ${Date.now().toString(36)}`;
  const message = `We are hiring a bookkeeper (${name}); may we talk?`;

  // The employer builds the profile from the O*NET occupation.
  await signIn(page, demoEmail('employer'));
  await page.getByRole('link', { name: 'Open job profiles' }).click();
  await page.getByRole('link', { name: 'New from an occupation' }).click();
  await page.getByRole('searchbox', { name: /Occupation/ }).fill('bookkeeping');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByText('1 occupation matches “bookkeeping”.')).toBeVisible();
  await page
    .getByRole('button', { name: 'Look at the skills of Bookkeeping, Accounting, and Auditing Clerks' })
    .click();
  await page.getByRole('textbox', { name: 'Profile name' }).fill(name);
  await page.getByRole('button', { name: 'Save the profile' }).click();
  await expect(page.getByText(`Saved “${name}”.`)).toBeVisible();

  // Find candidates: the demo learner, anonymous, with the match skill by skill.
  await page.goto('/o/demo/employer');
  await page.getByRole('link', { name: 'Find candidates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find candidates' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Job profile' }).click();
  await page.getByRole('option', { name }).click();
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Candidates for “${name}”` })).toBeVisible();
  await expect(page.getByText('1 candidate, best match first.')).toBeVisible();
  const candidate = page.getByRole('article', { name: /^Candidate 1 · Match \d+ %$/ });
  await expect(candidate).not.toContainText('Lucía');
  const maths = candidate.getByRole('row').filter({ hasText: 'Mathematics' }).first();
  await expect(maths).toContainText('Partly met');
  await expect(maths).toContainText('Adding integers');
  await expectNoA11yViolations(page);

  await candidate.getByRole('textbox', { name: 'Message to candidate 1' }).fill(message);
  await candidate.getByRole('button', { name: 'Send a contact request' }).click();
  await expect(candidate.getByText('Contact request sent to candidate 1.')).toBeVisible();
  const sent = page.getByTestId('sent-request').first();
  await expect(sent).toContainText(name);
  await expect(sent).toContainText('Waiting');

  // The learner reads the request on their record and accepts: a share link is made for the employer.
  const learner = await learnerContext.newPage();
  await learner.goto('/o/demo/record');
  await expect(learner.getByTestId('discovery-state')).toHaveText(
    'On: employers of Pathwise Demo School can find you by Adding integers, Order of operations.',
  );
  const request = learner
    .getByRole('article', { name: 'From Emma Employer, Pathwise Demo School' })
    .filter({ hasText: message });
  await expect(request).toContainText(`About the job: ${name}`);
  await expectNoA11yViolations(learner);
  await request.getByRole('button', { name: 'Accept and share with Emma Employer' }).click();
  await expect(
    learner.getByRole('status').filter({ hasText: 'You shared your credentials with Emma Employer.' }),
  ).toBeVisible();
  await expect(request).toContainText('Accepted');
  await expect(
    learner.getByRole('article', { name: 'Contact request from Emma Employer' }).first(),
  ).toBeVisible();
  await learnerContext.close();

  // The employer sees the acceptance and opens the shared record.
  await page.reload();
  const accepted = page.getByTestId('sent-request').filter({ hasText: name });
  await expect(accepted).toContainText('Accepted');
  await accepted.getByRole('link', { name: /^Open the record candidate [0-9a-f]{8} shared$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Shared credentials' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Adding integers' })).toBeVisible();
  await expectNoA11yViolations(page);
});
