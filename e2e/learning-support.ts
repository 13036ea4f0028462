import { expect, type Page } from '@playwright/test';
import { stepsOf, type UiAnswer } from './learning-answers.ts';

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
}

/** Fills the current step with an answer, presses Check, and waits until the page shows the verdict. */
export async function answerStep(page: Page, answer: UiAnswer): Promise<Verdict> {
  const { stepId } = await currentStep(page);
  const block = page.locator(`[data-step-id="${stepId}"]`);
  if ('choose' in answer) {
    await block.locator(`input[type="radio"][value=${JSON.stringify(answer.choose)}]`).check();
  } else {
    await block.getByRole('textbox', { name: 'Your answer' }).fill(answer.type);
  }
  const response = page.waitForResponse(
    (r) => r.url().endsWith('/answer') && r.request().method() === 'POST',
  );
  await block.getByRole('button', { name: 'Check' }).click();
  const verdict = (await (await response).json()) as Verdict;
  if (verdict.stepDone || verdict.itemDone) await expect(block).toHaveAttribute('data-step-state', 'done');
  else await expect(block.locator('.mantine-Alert-root')).toBeVisible();
  return verdict;
}
