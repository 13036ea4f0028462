import { type Browser, expect, type Page, test } from '@playwright/test';
import { joinCode, signUpWithCode } from './learning-support.ts';
import { demoEmail, expectNoA11yViolations, screenshotPath, signIn } from './support.ts';

/** A signed-in page of a demo account in its own browser context, with its CSRF token for API writes. */
async function demoSession(browser: Browser, role: 'teacher' | 'admin') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demoEmail(role));
  const me = await (await page.request.get('/api/me')).json();
  return { context, page, csrf: me.csrfToken as string };
}

/** POSTs as the page's session and expects 201; returns the body. */
async function created(page: Page, csrf: string, path: string, data: object) {
  const res = await page.request.post(path, { headers: { 'x-csrf-token': csrf }, data });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

// NOTE: the credentials go to a learner made here, and the achievements are made here too (a project a teacher
// approves and a certificate that stacks on it alone), so the demo learner's record, which other tests count,
// does not change.
test('the demo teacher awards a project with evidence from a learner timeline; the certificate stacks; errors show at their field; axe clean', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const tag = Date.now().toString(36).slice(-5);
  const project = `Field project ${tag}`;
  const certificate = `Field certificate ${tag}`;
  const learnerName = `Awa Award ${tag}`;

  const code = await joinCode(browser);
  const learnerContext = await browser.newContext();
  const learnerPage = await learnerContext.newPage();
  await signUpWithCode(learnerPage, code, learnerName);
  const learnerMe = await (await learnerPage.request.get('/api/me')).json();
  const learnerId = learnerMe.user.id as string;
  const orgId = learnerMe.memberships.find((m: { orgSlug: string }) => m.orgSlug === 'demo').orgId as string;

  const admin = await demoSession(browser, 'admin');
  const made = await created(admin.page, admin.csrf, `/api/orgs/${orgId}/achievements`, {
    name: project,
    description: 'A measuring project in the schoolyard.',
    criteria: { evidence: { required: true, narrative: 'a measuring project' } },
  });
  await created(admin.page, admin.csrf, `/api/orgs/${orgId}/achievements`, {
    name: certificate,
    criteria: { achievements: [made.id] },
  });
  await admin.context.close();

  // The teacher's class with the new learner in it (set up through the API: the award is what is tested).
  await signIn(page, demoEmail('teacher'));
  const csrf = (await (await page.request.get('/api/me')).json()).csrfToken as string;
  const cls = await created(page, csrf, `/api/orgs/${orgId}/classes`, { name: `Award class ${tag}` });
  // A teacher adds only learners of their own classes: the new learner comes in with the class code.
  const classCode = await created(page, csrf, `/api/orgs/${orgId}/classes/${cls.id}/join-codes`, {});
  const learnerCsrf = learnerMe.csrfToken as string;
  const joined = await learnerPage.request.post('/api/join', {
    headers: { 'x-csrf-token': learnerCsrf },
    data: { joinCode: classCode.code },
  });
  expect(joined.status(), await joined.text()).toBe(200);

  // The teacher's home and the class dashboard lead to the award; the learner's timeline leads there with the
  // learner chosen.
  await page.goto('/o/demo/teacher');
  await expect(page.getByRole('link', { name: 'Award a credential', exact: true })).toBeVisible();
  await page.goto(`/o/demo/classes/${cls.id}`);
  await page.getByRole('link', { name: 'Award a credential to a learner of this class' }).click();
  await expect(page.getByRole('combobox', { name: /^Class/ })).toHaveValue(cls.id);
  await expect(page.getByRole('combobox', { name: /^Learner/ })).toHaveValue('');
  await page.goto(`/o/demo/classes/${cls.id}/learners/${learnerId}`);
  await page.getByRole('link', { name: `Award a credential to ${learnerName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Award a credential' })).toBeVisible();
  const learner = page.getByRole('combobox', { name: /^Learner/ });
  await expect(learner).toHaveValue(learnerId);
  await expect(page.getByRole('combobox', { name: /^Class/ })).toHaveValue(cls.id);
  await expectNoA11yViolations(page);

  // An empty narrative and a link that is not a web address are named at their fields; nothing is sent.
  const achievement = page.getByRole('combobox', { name: /^Achievement/ });
  await achievement.selectOption({ label: project });
  await expect(page.getByText('Asks for: a measuring project')).toBeVisible();
  const narrative = page.getByRole('textbox', { name: /^Evidence/ });
  const url = page.getByRole('textbox', { name: /^Link to the work/ });
  await url.fill('schoolyard slopes');
  await page.getByRole('button', { name: 'Award the credential' }).click();
  await expect(narrative).toHaveAccessibleDescription(/Describe the evidence you approved\./);
  await expect(narrative).toBeFocused();
  await expect(url).toHaveAccessibleDescription(/Enter a web address starting with https:\/\/ or http:\/\//);
  await expectNoA11yViolations(page);

  // A complete award: the credential is issued, and the certificate that stacks on it issues with it.
  await narrative.fill('Measured the slope of three ramps in the schoolyard and compared them.');
  await url.fill('https://example.org/projects/ramps');
  await page.getByRole('button', { name: 'Award the credential' }).click();
  const result = page.getByTestId('award-result');
  await expect(result.getByRole('heading', { name: 'Credential issued' })).toBeFocused();
  await expect(result.getByText(`“${project}” was issued to ${learnerName}.`)).toBeVisible();
  await expect(result.getByText(/^Evidence: Measured the slope of three ramps/)).toBeVisible();
  await expect(page.getByTestId('award-stacked').getByRole('listitem')).toHaveText([certificate]);
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('teacher-award-result'), fullPage: true });

  // The learner's record holds both, the project with the teacher's evidence; the learner is told.
  const record = await (await learnerPage.request.get(`/api/orgs/${orgId}/record`)).json();
  const held = record.credentials.find((c: { achievementName: string }) => c.achievementName === project);
  expect(held.evidence).toEqual([
    expect.objectContaining({
      id: 'https://example.org/projects/ramps',
      narrative: 'Measured the slope of three ramps in the schoolyard and compared them.',
    }),
  ]);
  expect(record.credentials.map((c: { achievementName: string }) => c.achievementName).sort()).toEqual(
    [certificate, project].sort(),
  );
  expect(record.notifications.map((n: { achievementName: string }) => n.achievementName)).toEqual(
    expect.arrayContaining([project, certificate]),
  );
  // The learner reads the evidence on their record page, with the link to the work.
  await learnerPage.goto('/o/demo/record');
  const heldCard = learnerPage.getByTestId('credential').filter({ hasText: project });
  await expect(heldCard).toContainText('Evidence: Measured the slope of three ramps');
  await expect(heldCard.getByRole('link', { name: `See the work behind ${project}` })).toHaveAttribute(
    'href',
    'https://example.org/projects/ramps',
  );
  await expectNoA11yViolations(learnerPage);

  // Awarding it again is refused by the server, said in words next to the learner.
  await page.getByRole('button', { name: 'Award another credential' }).click();
  await expect(learner).toHaveValue(learnerId);
  await achievement.selectOption({ label: project });
  await narrative.fill('The same project again.');
  await page.getByRole('button', { name: 'Award the credential' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'The credential was not awarded' });
  await expect(refusal).toContainText(`${learnerName} already holds “${project}”.`);
  await expect(refusal).toBeFocused();
  await expect(learner).toHaveAccessibleDescription(new RegExp(`${learnerName} already holds`));
  await expectNoA11yViolations(page);
  await learnerContext.close();
});
