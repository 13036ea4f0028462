import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, demoEmail, expectNoA11yViolations, screenshotPath } from './support.ts';

type Alignment = { targetUrl: string; targetName: string; targetCode: string; targetFramework: string };

test('every skill a demo credential aligns to opens as a public page (en, es), axe clean', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // The demo learner's credential files, read through the API as the learner.
  const signedIn = await page.request.post('/api/auth/sign-in', {
    data: { email: demoEmail('learner'), password: DEMO_PASSWORD },
  });
  expect(signedIn.status()).toBe(200);
  const me = await (await page.request.get('/api/me')).json();
  const orgId = me.memberships[0].orgId as string;
  const record = await (await page.request.get(`/api/orgs/${orgId}/record`)).json();
  const alignments: Alignment[] = [];
  for (const c of record.credentials as { id: string }[]) {
    const file = await (await page.request.get(`/api/orgs/${orgId}/record/credentials/${c.id}/file`)).json();
    alignments.push(...(file.credentialSubject.achievement.alignment ?? []));
  }
  expect(alignments.length).toBeGreaterThanOrEqual(3);

  // A signed-out visitor follows each targetUrl: the page answers 200 and names the skill.
  const visitor = await browser.newContext();
  const anon = await visitor.newPage();
  const origin = new URL(process.env.PATHWISE_E2E_URL ?? '').origin;
  for (const a of new Map(alignments.map((x) => [x.targetUrl, x])).values()) {
    const target = new URL(a.targetUrl);
    expect(target.origin).toBe(origin);
    const response = await anon.goto(target.pathname);
    expect(response?.status(), a.targetUrl).toBe(200);
    await expect(anon.getByRole('heading', { level: 1, name: a.targetName })).toBeVisible();
    await expect(anon.getByText(a.targetFramework, { exact: true })).toBeVisible();
    await expect(anon.getByText(a.targetCode, { exact: true })).toBeVisible();
  }
  await expectNoA11yViolations(anon);
  await anon.screenshot({ path: screenshotPath('public-skill-en'), fullPage: true });

  // In Spanish: the skill's Spanish name and the page's words.
  const first = alignments[0]!;
  const [, , slug, skillId] = new URL(first.targetUrl).pathname.split('/');
  const data = await (await anon.request.get(`/api/public/orgs/${slug}/skills/${skillId}`)).json();
  await anon.goto(new URL(first.targetUrl).pathname);
  await anon.getByRole('button', { name: /^Language/ }).click();
  await anon.getByRole('menuitem', { name: 'Español' }).click();
  await expect(anon.getByRole('heading', { level: 1, name: data.name.es })).toBeVisible();
  await expect(anon.getByRole('heading', { name: 'Sobre esta habilidad' })).toBeVisible();
  await expectNoA11yViolations(anon);

  // A skill that does not exist: a 404 and a page that says so.
  const missing = await anon.goto('/skills/demo/no.such-skill');
  expect(missing?.status()).toBe(404);
  await expect(anon.getByRole('alert')).toHaveText('No hay ninguna habilidad en esta dirección.');
  await expectNoA11yViolations(anon);
  await visitor.close();
});
