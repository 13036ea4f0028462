import { expect, type Page, test } from '@playwright/test';
import { wrongAnswer } from './learning-answers.ts';
import { answerStep, currentStep, joinCode, signUpWithCode } from './learning-support.ts';
import { demoEmail, expectNoA11yViolations, screenshotPath, signIn } from './support.ts';

/**
 * Issue 10 (phone): at 390 px no learner page scrolls sideways, even when a pathway has a long name (with a
 * word longer than the screen is wide), and the header's controls stay on the screen.
 */
const WIDTH = 390;
const LONG_WORD = 'Pneumonoultramicroscopicsilicovolcanoconiosis';
const LONG_NAME = `Reading charts and tables for work, study and the family budget: ${LONG_WORD} and other long words`;

/** The page is no wider than the screen, and the header's account menu is on it. */
async function fitsThePhone(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${what}: page is ${overflow} px wider than the screen`).toBeLessThanOrEqual(0);
  const account = await page.getByRole('button', { name: /^Account/ }).boundingBox();
  expect(account, `${what}: the account menu is shown`).not.toBeNull();
  expect(account!.x + account!.width, `${what}: the account menu is on the screen`).toBeLessThanOrEqual(
    WIDTH,
  );
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath(`phone-${what}`), fullPage: true });
}

/** The demo administrator adds a pathway with a long name (one data skill and what it needs). */
async function addLongPathway(page: Page): Promise<string> {
  await signIn(page, demoEmail('admin'));
  const me = await (await page.request.get('/api/me')).json();
  const orgId = me.memberships.find((m: { orgSlug: string }) => m.orgSlug === 'demo').orgId as string;
  const id = `phone-${Date.now().toString(36)}`;
  const created = await page.request.post(`/api/orgs/${orgId}/framework/pathways`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: {
      id,
      name: { en: LONG_NAME, es: `Leer gráficos y tablas: ${LONG_WORD}` },
      description: { en: 'Charts for everyday life.', es: 'Gráficos para la vida diaria.' },
      goalSkillIds: ['data.read-bar-chart'],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return id;
}

test('on a 390 px phone, every learner page fits the screen with a long pathway name; axe clean', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const adminContext = await browser.newContext();
  const pathwayId = await addLongPathway(await adminContext.newPage());
  await adminContext.close();

  await page.setViewportSize({ width: WIDTH, height: 844 });
  await signUpWithCode(page, await joinCode(browser), 'Ximena Longname-Fernández de la Vega');

  // The learner home lists the pathway with its long name.
  const card = page.getByRole('article', { name: LONG_NAME });
  await expect(card).toBeVisible();
  await fitsThePhone(page, 'learner-home');

  // My learning before anything is started.
  await page.goto('/o/demo/learning');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await fitsThePhone(page, 'my-learning-empty');

  // The placement of the long pathway.
  await page.goto('/o/demo/learner');
  await page.getByRole('article', { name: LONG_NAME }).getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('[data-step-state="current"]')).toBeVisible();
  await fitsThePhone(page, 'placement');
  for (let i = 0; i < 20; i++) {
    const result = page.getByRole('heading', { level: 1, name: /You already know/ });
    await expect(result.or(page.locator('[data-step-state="current"]'))).toBeVisible();
    if (await result.isVisible()) break;
    const { itemId, step } = await currentStep(page);
    const verdict = await answerStep(page, wrongAnswer(step.answer));
    if (verdict.itemDone)
      await expect(page.locator(`[data-item-id="${itemId}"]`)).toHaveCount(0, { timeout: 10_000 });
  }
  await expect(page.getByRole('heading', { level: 1, name: /You already know/ })).toBeVisible();
  await fitsThePhone(page, 'placement-result');

  // The map, and a skill's detail.
  await page.goto(`/o/demo/learn/${pathwayId}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(LONG_WORD);
  await fitsThePhone(page, 'map');

  // Practice: the explanation first, then the first problem.
  await page.goto(`/o/demo/learn/${pathwayId}/practice`);
  await expect(page.locator('[data-step-state="current"]')).toBeVisible();
  await expect(page.locator('[data-skill-explanation] [data-worked-example]')).toBeVisible();
  await fitsThePhone(page, 'practice');
  await page.getByRole('button', { name: 'Ask the tutor' }).click();
  await expect(page.getByRole('complementary', { name: 'Tutor' })).toBeVisible();
  await fitsThePhone(page, 'practice-tutor');

  // My learning, the record, the account page and the verifier.
  await page.goto('/o/demo/learning');
  await expect(page.getByRole('heading', { level: 2, name: /^Read a bar chart/ })).toBeVisible();
  await fitsThePhone(page, 'my-learning');
  await page.goto('/o/demo/record');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await fitsThePhone(page, 'record');
  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await fitsThePhone(page, 'account');
});
