import { writeFile } from 'node:fs/promises';
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { joinCode, practiseUntilEarned, signUpWithCode, takePlacement } from './learning-support.ts';
import { demoEmail, expectNoA11yViolations, screenshotPath, signIn } from './support.ts';

const CERTIFICATE = 'Integer Arithmetic Certificate';

/** Every check of a verification shown in `scope` is green. */
async function expectAllChecksGreen(scope: Locator) {
  const checks = scope.locator('[data-check]');
  expect(await checks.count()).toBeGreaterThanOrEqual(5);
  for (const check of await checks.all()) await expect(check).toHaveAttribute('data-ok', 'true');
}

/** A signed-in page of a demo account in its own browser context, with its CSRF token for API writes. */
async function demoSession(browser: Browser, role: 'teacher' | 'admin') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demoEmail(role));
  const me = await (await page.request.get('/api/me')).json();
  return { context, page, csrf: me.csrfToken as string };
}

/**
 * The page tells the learner they earned these credentials (among any others the organization defines that the
 * same answer happened to earn), each named once. Returns the notice.
 */
async function expectNotice(page: Page, names: readonly string[]): Promise<Locator> {
  const notice = page.getByTestId('credential-notice');
  await expect(notice.getByText(/^You earned \d+ credentials$/)).toBeVisible();
  for (const name of names)
    await expect(notice.getByRole('listitem').filter({ hasText: new RegExp(`^${name}$`) })).toHaveCount(1);
  return notice;
}

test('a new learner earns the skill badges, the certificate stacks, a signed-out visitor verifies it; tampering and revocation fail their check', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const code = await joinCode(browser);
  await signUpWithCode(page, code, 'Cleo Credentials');
  const me = await (await page.request.get('/api/me')).json();
  const orgId = me.memberships.find((m: { orgSlug: string }) => m.orgSlug === 'demo').orgId as string;

  // The demo teacher approves the learner's project: the certificate now waits only for the three skill badges.
  // A teacher reaches the learners of their own classes only: the teacher opens a class, the admin puts Cleo in it.
  const teacher = await demoSession(browser, 'teacher');
  const madeClass = await teacher.page.request.post(`/api/orgs/${orgId}/classes`, {
    headers: { 'x-csrf-token': teacher.csrf },
    data: { name: `Projects ${Date.now().toString(36)}` },
  });
  expect(madeClass.status(), await madeClass.text()).toBe(201);
  const classAdmin = await demoSession(browser, 'admin');
  const enrolled = await classAdmin.page.request.post(
    `/api/orgs/${orgId}/classes/${(await madeClass.json()).id}/members`,
    { headers: { 'x-csrf-token': classAdmin.csrf }, data: { userIds: [me.user.id], role: 'learner' } },
  );
  expect(enrolled.ok(), await enrolled.text()).toBe(true);
  await classAdmin.context.close();
  const { achievements } = await (await teacher.page.request.get(`/api/orgs/${orgId}/achievements`)).json();
  const project = achievements.find((a: { name: string }) => a.name === 'Integer arithmetic project');
  const award = await teacher.page.request.post(`/api/orgs/${orgId}/achievements/${project.id}/awards`, {
    headers: { 'x-csrf-token': teacher.csrf },
    data: { learnerId: me.user.id, narrative: 'Planned a class trip budget (browser test)' },
  });
  expect(award.status(), await award.text()).toBe(201);
  await teacher.context.close();

  // Placement finds adding and multiplying integers known: their badges issue as it ends, and the learner is told.
  await page
    .getByRole('article', { name: 'Algebra foundations' })
    .getByRole('button', { name: 'Start' })
    .click();
  await takePlacement(page, ['alg.integers-add', 'alg.integers-multiply']);
  await expectNotice(page, ['Adding integers', 'Multiplying integers']);
  await expectNoA11yViolations(page);

  // Practice masters the order of operations: its badge issues, and the certificate stacks in the same answer.
  await page.getByRole('link', { name: 'Start practising' }).click();
  await expect(page.locator('[data-practice-skill]')).toHaveText('Order of operations');
  const earned = await practiseUntilEarned(page);
  expect(earned.map((c) => c.achievementName)).toEqual(
    expect.arrayContaining(['Order of operations', CERTIFICATE]),
  );
  const notice = await expectNotice(page, ['Order of operations', CERTIFICATE]);
  await expect(page.getByTestId('mastery-moment')).toBeVisible();
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('earn-credentials-practice'), fullPage: true });

  // My record: the stacked certificate with its parts, each announced as new.
  await notice.getByRole('link', { name: 'Open My record to download or share' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My record' })).toBeVisible();
  const held = page.getByTestId('credential');
  for (const name of ['Adding integers', 'Multiplying integers', 'Order of operations', CERTIFICATE])
    await expect(held.filter({ hasText: name })).toHaveCount(1);
  await expect(
    page.getByRole('region', { name: 'New' }).getByText(`You earned “${CERTIFICATE}”.`),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  // Seen once is read: the next visit no longer lists them as new.
  await expect
    .poll(async () => (await (await page.request.get(`/api/orgs/${orgId}/record`)).json()).notifications)
    .toEqual(expect.arrayContaining([expect.objectContaining({ read: true })]));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My record' })).toBeVisible();
  await expect(held.filter({ hasText: CERTIFICATE })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'New' })).toHaveCount(0);

  // The learner shares the certificate and one badge.
  await page.getByRole('checkbox', { name: CERTIFICATE }).check();
  await page.getByRole('checkbox', { name: 'Adding integers' }).check();
  await page.getByRole('textbox', { name: 'Days the link works' }).fill('7');
  await page.getByRole('button', { name: 'Create the link' }).click();
  const url = await page.getByRole('textbox', { name: /Link created/ }).inputValue();
  expect(url).toMatch(/\/verify\/share\/pws_/);
  await expectNoA11yViolations(page);

  // A signed-out visitor opens the link: every check of both credentials is green.
  const visitor = await browser.newContext();
  const anon = await visitor.newPage();
  await anon.goto(url);
  await expect(anon.getByRole('heading', { level: 1, name: 'Shared credentials' })).toBeVisible();
  const certificate = anon.getByRole('article', { name: CERTIFICATE });
  await expect(certificate.getByTestId('verdict')).toHaveText(
    'Issued by Pathwise Demo School, not revoked, not expired, recorded in its public log.',
  );
  await expectAllChecksGreen(certificate);
  await expectAllChecksGreen(anon.getByRole('article', { name: 'Adding integers' }));
  await expectNoA11yViolations(anon);
  await anon.screenshot({ path: screenshotPath('earn-credentials-shared'), fullPage: true });

  // The certificate file with one changed byte fails the signature check on the verify page.
  const record = await (await page.request.get(`/api/orgs/${orgId}/record`)).json();
  const idOf = (name: string) =>
    record.credentials.find((c: { achievementName: string }) => c.achievementName === name).id as string;
  const file = await (
    await page.request.get(`/api/orgs/${orgId}/record/credentials/${idOf(CERTIFICATE)}/file`)
  ).text();
  const tampered = file.replace(CERTIFICATE, CERTIFICATE.replace('Certificate', 'Certificatf'));
  expect(tampered).not.toBe(file);
  const path = test.info().outputPath('tampered-certificate.json');
  await writeFile(path, tampered);
  await anon.goto('/verify');
  await anon.locator('input[type="file"]').setInputFiles(path);
  await anon.getByRole('button', { name: 'Verify' }).click();
  await expect(anon.getByTestId('verdict')).toContainText(
    'The signature does not match: the credential was changed after it was issued.',
  );
  await expect(anon.locator('[data-check="signature"]')).toHaveAttribute('data-ok', 'false');
  await expectNoA11yViolations(anon);

  // The demo administrator revokes the badge: the shared view shows its revocation check failing.
  const admin = await demoSession(browser, 'admin');
  const revoked = await admin.page.request.post(
    `/api/orgs/${orgId}/credentials/${idOf('Adding integers')}/revoke`,
    { headers: { 'x-csrf-token': admin.csrf }, data: { reason: 'issued by mistake (browser test)' } },
  );
  expect(revoked.status(), await revoked.text()).toBe(204);
  await admin.context.close();
  await anon.goto(url);
  const badge = anon.getByRole('article', { name: 'Adding integers' });
  const revokedOn = /^This credential was revoked by its issuer on [A-Z][a-z]{2} \d{1,2}, \d{4}\./;
  await expect(badge.getByTestId('verdict')).toHaveText(revokedOn);
  await expect(certificate.getByTestId('verdict')).toHaveText(revokedOn);
  await expect(badge.locator('[data-check="revocation-status"]')).toHaveAttribute('data-ok', 'false');
  await expect(badge.locator('[data-check="signature"]')).toHaveAttribute('data-ok', 'true');
  // The stated rule: a certificate stacked on a revoked badge is revoked with it (its signature stays valid).
  await expect(certificate.locator('[data-check="revocation-status"]')).toHaveAttribute('data-ok', 'false');
  await expect(certificate.locator('[data-check="signature"]')).toHaveAttribute('data-ok', 'true');
  await expectNoA11yViolations(anon);
  await anon.screenshot({ path: screenshotPath('earn-credentials-revoked'), fullPage: true });
  await visitor.close();
});
