import { type Browser, expect, type Page } from '@playwright/test';
import { isOnSkill, rightAnswer, stepsOf, type UiAnswer, wrongAnswer } from './learning-answers.ts';
import { demoEmail, signIn, uniqueEmail } from './support.ts';

/** The current step on the page: the item's public id, the step id and (test-only) the step's spec. */
export async function currentStep(page: Page) {
  const current = page.locator('[data-step-state="current"]');
  await expect(current).toHaveCount(1);
  const itemId = await page.locator('[data-item-id]').getAttribute('data-item-id');
  const stepId = await current.getAttribute('data-step-id');
  if (!itemId || !stepId) throw new Error('no item on the page');
  const step = stepsOf(itemId).find((s) => s.id === stepId);
  if (!step) throw new Error(`${itemId} has no step ${stepId}`);
  return { itemId, stepId, step };
}

/** What the server said about an answer (the verdict only: it never carries the right answer). */
export interface Verdict {
  result: 'correct' | 'incorrect' | 'invalid';
  itemDone: boolean;
  stepDone: boolean;
  mastery: null | { newlyMastered: boolean; unlocked: { id: string; name: { en: string } }[] };
  /** Credentials the answer earned (criteria met, stacked ones too). */
  credentials: { id: string; achievementName: string }[];
}

/** Fills the current step with an answer, presses Check, and waits until the page shows the verdict. */
export async function answerStep(
  page: Page,
  answer: UiAnswer,
  labels = { answer: 'Your answer', check: 'Check' },
): Promise<Verdict> {
  const { stepId } = await currentStep(page);
  const servedId = await page.locator('[data-served-id]').getAttribute('data-served-id');
  const block = page.locator(`[data-served-id="${servedId}"] [data-step-id="${stepId}"]`);
  if ('choose' in answer) {
    await block.locator(`input[type="radio"][value=${JSON.stringify(answer.choose)}]`).check();
  } else {
    await block.getByRole('textbox', { name: labels.answer }).fill(answer.type);
  }
  const response = page.waitForResponse(
    (r) => r.url().endsWith('/answer') && r.request().method() === 'POST',
  );
  await block.getByRole('button', { name: labels.check }).click();
  const verdict = (await (await response).json()) as Verdict;
  // NOTE: a done step shows as done, except where the page goes straight on to the next item (placement): this
  // served item's step is then gone. Either way it is no longer the current step.
  if (verdict.stepDone || verdict.itemDone)
    await expect(block.and(page.locator('[data-step-state="current"]'))).toHaveCount(0);
  else await expect(block.locator('.mantine-Alert-root')).toBeVisible();
  return verdict;
}

/** A fresh learner join code of the demo school, made by the demo administrator in another browser context. */
export async function joinCode(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const admin = await context.newPage();
  // NOTE: on a fresh server the demo's background jobs may hold the embedded database for a while at first.
  await admin.goto('/sign-in');
  await expect(admin.getByRole('textbox', { name: 'Email' })).toBeVisible({ timeout: 150_000 });
  await signIn(admin, demoEmail('admin'));
  await admin.getByRole('tab', { name: 'Join codes' }).click();
  await admin.getByRole('button', { name: 'Create join code' }).click();
  const created = admin.getByText(/^New join code: /);
  await expect(created).toBeVisible();
  const code = ((await created.textContent()) ?? '').replace('New join code: ', '').trim();
  await context.close();
  return code;
}

/** Signs a new person up with the code; they land on the learner home of the demo school. */
export async function signUpWithCode(page: Page, code: string, name: string): Promise<void> {
  await page.goto(`/sign-up?code=${code}`);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('textbox', { name: 'Email' }).fill(uniqueEmail('learner'));
  await page.getByRole('textbox', { name: 'Password' }).fill('a-long-password-1');
  await page.getByRole('button', { name: 'Create account' }).click();
  // NOTE: the demo's background jobs (the cohort) may hold the embedded database at first: give sign-up time.
  await expect(page).toHaveURL('/o/demo/learner', { timeout: 30_000 });
}

/** Takes the placement the page shows: right on items of the skills in `known`, wrong elsewhere, until the result. */
export async function takePlacement(page: Page, known: readonly string[]): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const result = page.getByRole('heading', { level: 1, name: /You already know/ });
    const item = page.locator('[data-step-state="current"]');
    await expect(result.or(item)).toBeVisible();
    if (await result.isVisible()) return;
    const { itemId, step } = await currentStep(page);
    const right = isOnSkill(itemId, known);
    const verdict = await answerStep(page, right ? rightAnswer(step.answer) : wrongAnswer(step.answer));
    if (verdict.itemDone)
      await expect(page.locator(`[data-item-id="${itemId}"]`)).toHaveCount(0, { timeout: 10_000 });
  }
  throw new Error('the placement did not end');
}

/** Practises with right answers until an answer earns credentials; returns what it earned. */
export async function practiseUntilEarned(page: Page): Promise<Verdict['credentials']> {
  for (let items = 0; items < 25; items++) {
    let verdict: Verdict | null = null;
    for (let s = 0; s < 8 && !verdict?.itemDone; s++) {
      const { step } = await currentStep(page);
      verdict = await answerStep(page, rightAnswer(step.answer));
      expect(verdict.result).toBe('correct');
      if (verdict.credentials.length > 0) return verdict.credentials;
    }
    await page.getByRole('button', { name: 'Next problem' }).click();
    await expect(page.locator('[data-step-state="current"]')).toHaveCount(1);
  }
  throw new Error('no credential within 25 items');
}
