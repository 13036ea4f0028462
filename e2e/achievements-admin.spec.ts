import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import {
  demoEmail,
  expectNoA11yViolations,
  screenshotPath,
  signIn,
  signUpThroughApi,
  uniqueEmail,
} from './support.ts';

interface Check {
  name: string;
  ok: boolean;
}

/** The CSRF token of the session behind a request context (writes through the API need it). */
async function csrfOf(request: APIRequestContext): Promise<string> {
  return ((await (await request.get('/api/me')).json()) as { csrfToken: string }).csrfToken;
}

/** Verifies a credential file through the public verifier. */
async function verify(request: APIRequestContext, file: unknown) {
  const res = await request.post('/api/verify', { data: file });
  expect(res.status()).toBe(200);
  return (await res.json()) as { verified: boolean; checks: Check[] };
}

/** Picks an option of a Mantine multi-select by typing part of it. */
async function choose(page: Page, label: string, search: string, option: string) {
  const input = page.getByRole('combobox', { name: label });
  await input.click();
  await input.fill(search);
  const choice = page.getByRole('option', { name: option, exact: true });
  await expect(choice).toBeVisible();
  // NOTE: on a loaded machine the dropdown can sit under the field's wrapper while it settles: a pointer click lands
  // on the wrapper, which closes the list, and Playwright retried that for the whole test timeout (CI, twice). The
  // option gets its click event itself; the saved criteria checked below show it was chosen.
  await choice.dispatchEvent('click');
  await input.press('Escape');
}

// NOTE: the achievements made here need a teacher's approval (or stack on one that does), so nothing is issued
// to the demo learner whose record other browser tests count; the credentials go to a learner made here.
test('the demo admin stacks achievements, is told of a cycle, revokes a credential and rotates the issuer key', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const tag = Date.now().toString(36).slice(-5);
  const project = `Slope project ${tag}`;
  const certificate = `Lines certificate ${tag}`;

  await signIn(page, demoEmail('admin'));
  await page.getByRole('link', { name: 'Open achievements' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Achievements and credentials' })).toBeVisible();
  const rows = page.getByTestId('achievement');
  const rowOf = (name: string) => rows.filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  const seeded = rowOf('Integer Arithmetic Certificate');
  // NOTE: the demo's first background jobs can hold the embedded database for a while on a fresh server.
  await expect(seeded).toContainText('Certificate', { timeout: 60_000 });
  await expect(seeded).toContainText(
    'Hold: Adding integers, Multiplying integers, Order of operations, Integer arithmetic project',
  );
  await expect(seeded).toContainText('730 days');
  await expect(rowOf('Order of operations')).toContainText('Master Order of operations at 60%');
  await expectNoA11yViolations(page);

  // A teacher-approved project that needs a skill, then a certificate that stacks on it.
  await page.getByRole('button', { name: 'New achievement' }).click();
  await expect(page.getByRole('heading', { name: 'New achievement' })).toBeFocused();
  await page.getByRole('button', { name: 'Save achievement' }).click();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveAccessibleDescription(
    /Give the achievement a name/,
  );
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(project);
  await choose(page, 'Skills to master', 'slope from', 'Find the slope from two points');
  await page
    .getByRole('textbox', { name: 'Mastery threshold for Find the slope from two points' })
    .fill('85');
  await page.getByRole('checkbox', { name: 'Evidence a teacher approves' }).check();
  await page.getByRole('textbox', { name: 'What evidence' }).fill('a road-gradient survey');
  await page.getByRole('textbox', { name: 'Valid for (days)' }).fill('365');
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Save achievement' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved “${project}”.` })).toBeVisible();
  await expect(rowOf(project)).toContainText(
    'Master Find the slope from two points at 85% + evidence a teacher approves: a road-gradient survey',
  );
  await expect(rowOf(project)).toContainText('365 days');

  // Its badge image (issue 14): an SVG with a script is refused, naming it; a generated design is shown.
  await page.getByRole('button', { name: `Image of ${project}` }).click();
  await expect(page.getByRole('heading', { name: `Image of “${project}”` })).toBeFocused();
  await page.locator('input[type="file"]').setInputFiles({
    name: 'badge.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await page.getByRole('button', { name: 'Upload image' }).click();
  const imageRefusal = page.getByRole('alert').filter({ hasText: 'The image was not saved' });
  await expect(imageRefusal).toContainText('This SVG contains a script.');
  await expect(imageRefusal).toBeFocused();
  await expect(rowOf(project)).toContainText('None');
  await page.getByRole('radio', { name: 'Hexagon' }).check();
  await page.getByRole('button', { name: 'Use Navy (#1c3d7a)' }).click();
  await page.getByRole('button', { name: 'Generate design' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `A generated design for “${project}” is saved.` }),
  ).toBeVisible();
  const thumbnail = rowOf(project).getByRole('img', { name: `Badge of ${project}` });
  await expect(thumbnail).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);
  await expect(thumbnail).toHaveJSProperty('complete', true);
  expect(await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(256);
  await expect(page.getByTestId('achievement-image-preview')).toBeVisible();
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('achievements-admin-image'), fullPage: true });
  await page.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'New achievement' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(certificate);
  await choose(page, 'Achievements it stacks on', 'Slope project', project);
  await page.getByRole('button', { name: 'Save achievement' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved “${certificate}”.` })).toBeVisible();
  const certRow = rowOf(certificate);
  await expect(certRow).toContainText('Certificate');
  await expect(certRow).toContainText(`Hold: ${project}`);
  await expect(certRow).toContainText('Does not expire');

  // Making the project stack on the certificate would be a cycle: the server refuses, the form names it.
  await page.getByRole('button', { name: `Edit ${project}` }).click();
  await choose(page, 'Achievements it stacks on', 'Lines certificate', certificate);
  await page.getByRole('button', { name: 'Save achievement' }).click();
  const cycle = `Stacking would make a cycle: “${project}” → “${certificate}” → “${project}”.`;
  const refusal = page.getByRole('alert').filter({ hasText: 'The achievement was not saved' });
  await expect(refusal).toContainText(cycle);
  await expect(refusal).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Achievements it stacks on' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('achievements-admin-cycle'), fullPage: true });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(rowOf(project)).not.toContainText('Hold:');

  // A learner made for this test: a teacher-approved award of the project stacks the certificate too.
  const me = await (await page.request.get('/api/me')).json();
  const orgId = me.memberships.find((m: { orgSlug: string }) => m.orgSlug === 'demo').orgId as string;
  const csrf = await csrfOf(page.request);
  const code = await page.request.post(`/api/orgs/${orgId}/join-codes`, {
    headers: { 'x-csrf-token': csrf },
    data: { role: 'learner', maxUses: 1 },
  });
  expect(code.status()).toBe(201);
  const learnerContext = await browser.newContext();
  const learner = learnerContext.request;
  const learnerName = `Lena Level ${tag}`;
  const signedUp = await signUpThroughApi(learner, {
    email: uniqueEmail('lena'),
    password: 'a-long-password-1',
    name: learnerName,
    joinCode: (await code.json()).code,
  });
  const learnerId = signedUp.user.id;
  const achievements = (await (await page.request.get(`/api/orgs/${orgId}/achievements`)).json())
    .achievements as { id: string; name: string }[];
  const projectId = achievements.find((a) => a.name === project)!.id;
  const award = await page.request.post(`/api/orgs/${orgId}/achievements/${projectId}/awards`, {
    headers: { 'x-csrf-token': csrf },
    data: { learnerId, narrative: 'Measured three road gradients and compared them.' },
  });
  expect(award.status()).toBe(201);
  const issued = (await award.json()).issued as { id: string; achievementName: string }[];
  expect(issued.map((c) => c.achievementName)).toEqual([project, certificate]);
  const fileOf = async (name: string) => {
    const id = issued.find((c) => c.achievementName === name)!.id;
    return (await learner.get(`/api/orgs/${orgId}/record/credentials/${id}/file`)).json();
  };
  const projectFile = await fileOf(project);
  // The design is inside the signed credential, so it shows (and verifies) wherever the file goes.
  expect(projectFile.credentialSubject.achievement.image.id).toMatch(/^data:image\/svg\+xml;base64,/);
  const certificateFile = await fileOf(certificate);
  expect((await verify(page.request, projectFile)).verified).toBe(true);

  // The issued list shows both; the project is revoked with a reason, asked for in a dialog.
  await page.reload();
  await expect(rowOf(project).getByRole('cell').nth(4)).toHaveText('1');
  await expect(rowOf(certificate).getByRole('cell').nth(4)).toHaveText('1');
  await page.getByRole('tab', { name: 'Issued credentials' }).click();
  const mine = page.getByTestId('issued-credential').filter({ hasText: learnerName });
  await expect(mine).toHaveCount(2);
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: `Revoke ${project} of ${learnerName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Revoke “${project}”?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Reason' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Revoke credential' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription(
    /Give the reason for revoking it/,
  );
  await expectNoA11yViolations(page);
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('awarded to the wrong learner');
  await dialog.getByRole('button', { name: 'Revoke credential' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: `“${project}” of ${learnerName} is revoked.` }),
  ).toBeVisible();
  // The certificate row names the project too (its reason says why it was revoked with it).
  const revokedRow = mine.filter({ hasText: project }).filter({ hasNotText: certificate });
  await expect(revokedRow.getByRole('rowheader')).toBeFocused();
  await expect(revokedRow).toContainText('Revoked');
  await expect(revokedRow).toContainText(/Revoked .+: awarded to the wrong learner/);
  await expect(revokedRow.getByRole('button', { name: /Revoke/ })).toHaveCount(0);
  // The stated rule: the certificate stacked on the project is revoked with it, its reason naming the project.
  const stackedRow = mine.filter({ hasText: certificate });
  await expect(stackedRow).toContainText('Revoked');
  await expect(stackedRow).toContainText(`“${project}” was revoked`);
  await expectNoA11yViolations(page);

  const afterRevocation = await verify(page.request, projectFile);
  expect(afterRevocation.verified).toBe(false);
  expect(afterRevocation.checks.find((c) => c.name === 'revocation-status')?.ok).toBe(false);
  expect(afterRevocation.checks.find((c) => c.name === 'signature')?.ok).toBe(true);

  // Rotating the key: the old one is retired, and the signature of the certificate it signed still verifies
  // (the certificate itself was revoked with the project above: that stays the only failing check).
  await page.getByRole('tab', { name: 'Issuer key' }).click();
  await expect(page.getByRole('textbox', { name: 'Issuer DID' })).toHaveValue(/^did:web:/);
  const keys = page.getByTestId('issuer-key');
  const before = await keys.count();
  const active =
    (await page.locator('[data-testid="issuer-key"][data-status="active"] code').textContent()) ?? '';
  expect(active).toMatch(/^#/);
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Rotate key' }).click();
  const confirm = page.getByRole('dialog', { name: 'Rotate the issuer key?' });
  await expect(confirm).toBeVisible();
  await expectNoA11yViolations(page);
  await confirm.getByRole('button', { name: 'Rotate key' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'A new key is active.' })).toBeVisible();
  await expect(keys).toHaveCount(before + 1);
  const retired = keys.filter({ hasText: active });
  await expect(retired).toHaveAttribute('data-status', 'retired');
  await expect(retired).toContainText('Retired');
  await expect(keys.first()).toHaveAttribute('data-status', 'active');
  await expect(keys.first()).not.toContainText(active);
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('achievements-admin-issuer'), fullPage: true });

  const afterRotation = await verify(page.request, certificateFile);
  expect(afterRotation.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(['revocation-status']);
  expect(afterRotation.checks.find((c) => c.name === 'signature')?.ok).toBe(true);
  expect(afterRotation.verified).toBe(false);
  await learnerContext.close();
});
