import { readFile, writeFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import {
  DEMO_PASSWORD,
  demoEmail,
  expectInOrder,
  expectNoA11yViolations,
  screenshotPath,
  signIn,
} from './support.ts';

/** Every check listed under a heading region is green. */
async function expectAllChecksGreen(scope: ReturnType<Page['locator']>) {
  const checks = scope.locator('[data-check]');
  expect(await checks.count()).toBeGreaterThanOrEqual(5);
  for (const check of await checks.all()) await expect(check).toHaveAttribute('data-ok', 'true');
}

/** The learner's share link whose address (shown to copy again) is `url`. */
async function shareLinkWithAddress(page: Page, url: string) {
  const rows = page.getByTestId('share-link');
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    const address = row.getByRole('textbox', { name: /^Address of/ });
    if ((await address.count()) > 0 && (await address.inputValue()) === url) return row;
  }
  throw new Error(`no share link with the address ${url}`);
}

async function dropFile(page: Page, name: string, content: string) {
  const path = test.info().outputPath(name);
  await writeFile(path, content);
  await page.goto('/verify');
  await page.locator('input[type="file"]').setInputFiles(path);
  await page.getByRole('button', { name: 'Verify' }).click();
  // NOTE: the first verification starts the server's verifier thread: seconds on a loaded machine.
  await expect(page.getByRole('heading', { name: 'Result' })).toBeVisible({ timeout: 30_000 });
}

const VERIFIED = 'Issued by Pathwise Demo School, not revoked, not expired, recorded in its public log.';

test('the demo learner shares their record, a signed-out visitor verifies it, tampering and revocation fail the right check', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, demoEmail('learner'));
  await page.getByRole('link', { name: 'My record and sharing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My record' })).toBeVisible();
  const credentials = page.getByTestId('credential');
  await expect(credentials).toHaveCount(5);
  // NOTE: each by its heading: a certificate's card also names the badges it holds.
  for (const name of [
    'Adding integers',
    'Multiplying integers',
    'Order of operations',
    'Integer Arithmetic Certificate',
  ]) {
    const titled = credentials.filter({ has: page.getByRole('heading', { name, exact: true }) });
    await expect(titled).toHaveCount(1);
  }
  await expectNoA11yViolations(page);

  // Showing the certificate off: its PDF downloads, and LinkedIn's add-to-profile link comes filled in.
  const shown = credentials.filter({
    has: page.getByRole('heading', { name: 'Integer Arithmetic Certificate', exact: true }),
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    shown
      .getByRole('link', { name: 'Download the certificate of Integer Arithmetic Certificate (PDF)' })
      .click(),
  ]);
  expect((await readFile(await download.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await shown
    .getByRole('button', { name: 'Add Integer Arithmetic Certificate to LinkedIn or to my website' })
    .click();
  await expect(
    shown.getByRole('link', { name: 'Add Integer Arithmetic Certificate to my LinkedIn profile' }),
  ).toHaveAttribute(
    'href',
    /^https:\/\/www\.linkedin\.com\/profile\/add\?startTask=CERTIFICATION_NAME&name=Integer\+Arithmetic\+Certificate&organizationName=Pathwise\+Demo\+School&.*certUrl=http[^&]+%2Fverify%2Fshare%2Fpws_/,
  );
  await expectNoA11yViolations(page);

  // Share the certificate and one badge through a link that lasts 7 days.
  await page.getByRole('checkbox', { name: 'Integer Arithmetic Certificate' }).check();
  await page.getByRole('checkbox', { name: 'Adding integers' }).check();
  await page.getByRole('textbox', { name: 'Days the link works' }).fill('7');
  await page.getByRole('button', { name: 'Create the link' }).click();
  const url = await page.getByRole('textbox', { name: /Link created/ }).inputValue();
  expect(url).toMatch(/\/verify\/share\/pws_/);
  await expectNoA11yViolations(page);

  // A signed-out visitor opens it: first what each credential is (name, how it is earned, the skills with their
  // public pages, the issuer by name), then one plain verdict, then the technical checks, folded; all green.
  const visitor = await browser.newContext();
  const anon = await visitor.newPage();
  await anon.goto(url);
  await expect(anon.getByRole('heading', { level: 1, name: 'Shared credentials' })).toBeVisible();
  const certificate = anon.getByRole('article', { name: 'Integer Arithmetic Certificate' });
  const adding = anon.getByRole('article', { name: 'Adding integers' });
  const skill = adding.getByRole('link', { name: 'Add and subtract integers' });
  await expect(skill).toHaveAttribute('href', '/skills/demo/alg.integers-add');
  const issuer = adding.locator('dt:text-is("Issued by") + dd');
  await expect(issuer).toHaveText(/^Pathwise Demo School · Site: /);
  await expect(adding.locator('dl')).not.toContainText('did:web');
  await expectInOrder([
    adding.getByRole('heading', { name: 'Adding integers' }),
    adding.getByText(/^Mastered "Add and subtract integers"/),
    skill,
    issuer,
    adding.getByTestId('verdict'),
    adding.getByText(/^How this was checked/),
  ]);
  await expect(adding.getByTestId('verdict')).toHaveText(VERIFIED);
  await expect(adding.locator('[data-check="signature"]')).toBeHidden();
  await expect(certificate.getByTestId('verdict')).toHaveText(VERIFIED);
  await expect(certificate.getByText(/^Holds "Adding integers"/)).toBeVisible();
  await expectAllChecksGreen(certificate);
  await expectAllChecksGreen(adding);
  // The checks open from the keyboard, each in words with its technical term.
  await certificate.getByText(/^How this was checked/).focus();
  await anon.keyboard.press('Enter');
  await expect(certificate.getByText('In its issuer’s public log: passed')).toBeVisible();
  await expect(
    certificate.getByText(/^Technical: Inclusion in the public issuance log · logged as entry/),
  ).toBeVisible();
  await expectNoA11yViolations(anon);
  await anon.screenshot({ path: screenshotPath('credentials-share-verified'), fullPage: true });

  // The learner sees the view, then the downloaded file: one changed byte fails the signature.
  const me = await (await page.request.get('/api/me')).json();
  const orgId = me.memberships.find((m: { orgSlug: string }) => m.orgSlug === 'demo').orgId as string;
  const list = await (await page.request.get(`/api/orgs/${orgId}/record`)).json();
  const badge = list.credentials.find(
    (c: { achievementName: string }) => c.achievementName === 'Multiplying integers',
  );
  const file = await (
    await page.request.get(`/api/orgs/${orgId}/record/credentials/${badge.id}/file`)
  ).text();
  await dropFile(anon, 'badge.json', file);
  await expect(anon.getByRole('heading', { level: 3, name: 'Multiplying integers' })).toBeVisible();
  await expect(anon.getByTestId('verdict')).toHaveText(VERIFIED);
  await expectAllChecksGreen(anon.getByTestId('checks'));
  await dropFile(anon, 'tampered.json', file.replace('Multiplying integers', 'Multiplying integerz'));
  await expect(anon.getByTestId('verdict')).toHaveAttribute('data-verdict', 'failed');
  await expect(anon.getByTestId('verdict')).toContainText(
    'The signature does not match: the credential was changed after it was issued.',
  );
  await expect(anon.locator('[data-check="signature"]')).toHaveAttribute('data-ok', 'false');
  await expectNoA11yViolations(anon);
  await dropFile(anon, 'not-json.txt', 'this is not a credential');
  await expect(anon.locator('[data-check="well-formed"]')).toHaveAttribute('data-ok', 'false');
  await expect(anon.getByTestId('verdict')).toHaveText(
    'This is not a credential this page can read, so nothing about it can be confirmed.',
  );
  await dropFile(anon, 'other.json', '{"hello": "world"}');
  await expect(anon.locator('[data-check="well-formed"]')).toHaveAttribute('data-ok', 'false');

  // An administrator revokes that badge: the same file now fails the revocation check.
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signIn(adminPage, demoEmail('admin'));
  const csrf = (await (await adminPage.request.get('/api/me')).json()).csrfToken as string;
  const revoked = await adminPage.request.post(`/api/orgs/${orgId}/credentials/${badge.id}/revoke`, {
    headers: { 'x-csrf-token': csrf },
    data: { reason: 'issued by mistake (browser test)' },
  });
  expect(revoked.status()).toBe(204);
  await dropFile(anon, 'revoked.json', file);
  await expect(anon.getByTestId('verdict')).toHaveText(
    /^This credential was revoked by its issuer on [A-Z][a-z]{2} \d{1,2}, \d{4}\.$/,
  );
  await expect(anon.locator('[data-check="revocation-status"]')).toHaveAttribute('data-ok', 'false');
  await expect(anon.locator('[data-check="signature"]')).toHaveAttribute('data-ok', 'true');
  await anon.screenshot({ path: screenshotPath('credentials-revoked'), fullPage: true });

  // Later, the learner copies the link again from their list and renames it.
  await page.reload();
  const listed = await shareLinkWithAddress(page, url);
  await listed.getByRole('button', { name: /^Copy the address of/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  const label = `Job applications ${Date.now().toString(36)}`;
  await listed.getByRole('button', { name: /^Rename link/ }).click();
  await listed.getByRole('textbox', { name: /^New name for/ }).fill(`  ${label}  `);
  await listed.getByRole('button', { name: 'Save the name' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Renamed to “${label}”.` })).toBeVisible();
  const mine = page.getByRole('article', { name: label });
  await expect(mine.getByRole('textbox', { name: `Address of ${label}` })).toHaveValue(url);
  await expect(mine).toContainText('2 credentials');
  await expect(mine).toContainText(/[1-9]\d* views/);
  await expectNoA11yViolations(page);

  // The learner revokes the link: there is nothing left to copy, and the visitor is told.
  await mine.getByRole('button', { name: /Revoke link/ }).click();
  await expect(mine).toContainText('Revoked');
  await expect(mine.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
  await expect(mine.getByRole('textbox')).toHaveCount(0);
  await anon.goto(url);
  await expect(anon.getByText('This share link was revoked by the learner.')).toBeVisible();
  await expectNoA11yViolations(anon);
  await visitor.close();
  await admin.close();
});

test('the demo employer matches the demo share link against a job profile', async ({ page }) => {
  await signIn(page, demoEmail('employer'), DEMO_PASSWORD);
  await page.getByRole('link', { name: 'Match a shared record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Match a shared record' })).toBeVisible();
  await expectNoA11yViolations(page);
  const me = await (await page.request.get('/api/me')).json();
  expect(me.memberships.length).toBeGreaterThan(0);
  // The seeded link's token is in the server log; the learner would send it. Here the learner's own page makes one.
  const learner = await page.context().browser()!.newContext();
  const lp = await learner.newPage();
  await signIn(lp, demoEmail('learner'));
  await lp.goto('/o/demo/record');
  await lp.getByRole('checkbox', { name: 'Adding integers' }).check();
  await lp.getByRole('button', { name: 'Create the link' }).click();
  const url = await lp.getByRole('textbox', { name: /Link created/ }).inputValue();
  await learner.close();
  await page.getByRole('textbox', { name: 'Share link' }).fill(url);
  await page.getByRole('button', { name: 'Match' }).click();
  await expect(page.getByRole('heading', { name: /Score 33 %/ })).toBeVisible();
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'Adding integers' })).toContainText('Met');
  await expect(rows.filter({ hasText: 'Solving one-step equations' })).toContainText('Not met');
  await expectNoA11yViolations(page);
});
