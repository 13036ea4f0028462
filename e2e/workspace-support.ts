import { type Browser, type BrowserContext, expect, type Locator, type Page } from '@playwright/test';
import { signUpWithCode } from './learning-support.ts';
import { demoEmail, signIn } from './support.ts';

/** The demo pathway's name, as the class form and the assignment form list it. */
export const DEMO_PATHWAY = 'Algebra foundations';

/** A class of the demo teacher with one new learner in it, made through the pages. */
export interface ClassWithLearner {
  className: string;
  classId: string;
  learnerName: string;
  /** The new learner, signed in on their home in their own browser context. */
  learner: Page;
  learnerContext: BrowserContext;
}

/** A day `offset` days from today as a date input's `YYYY-MM-DD`, in the browser's (and this process's) time zone. */
export function dayFromToday(offset: number): string {
  const at = new Date();
  at.setDate(at.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Picks an option of a Mantine select or multi-select (inside `scope`, the page by default) by typing part of it. */
export async function choose(
  page: Page,
  label: string,
  search: string,
  option: string | RegExp,
  scope: Page | Locator = page,
) {
  const input = scope.getByRole('combobox', { name: label });
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

/**
 * Signs the demo teacher in on `page`, creates a class on the demo pathway and its class code on the classes page,
 * and signs a new learner up with the code in another browser context.
 */
export async function teacherClassWithLearner(
  page: Page,
  browser: Browser,
  prefix: string,
): Promise<ClassWithLearner> {
  const tag = `${Date.now().toString(36).slice(-5)}${Math.random().toString(36).slice(2, 4)}`;
  const className = `${prefix} ${tag}`;
  const learnerName = `Lena ${prefix} ${tag}`;
  // NOTE: on a fresh server the demo's background jobs may hold the embedded database for a while at first.
  await page.goto('/sign-in');
  await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible({ timeout: 150_000 });
  await signIn(page, demoEmail('teacher'));
  await page.goto('/o/demo/classes');
  await expect(page.getByRole('heading', { level: 1, name: 'Classes' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('textbox', { name: 'Class name' }).fill(className);
  const pathway = page.getByRole('combobox', { name: 'Pathway' });
  await expect(pathway.getByRole('option', { name: DEMO_PATHWAY })).toBeAttached();
  await pathway.selectOption({ label: DEMO_PATHWAY });
  await page.getByRole('button', { name: 'Create class', exact: true }).click();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: className }) });
  await expect(card.getByText('Learners: 0')).toBeVisible({ timeout: 60_000 });
  await card.getByRole('button', { name: `Create class code: ${className}` }).click();
  const codeField = card.getByRole('textbox', { name: `Class code: ${className}` });
  await expect(codeField).toHaveValue(/^[A-Z0-9]{8}$/, { timeout: 60_000 });
  const code = await codeField.inputValue();
  const href = await card.getByRole('link', { name: `Open dashboard: ${className}` }).getAttribute('href');
  const classId = /\/classes\/([^/?#]+)$/.exec(href ?? '')?.[1];
  if (!classId) throw new Error(`no class id in ${href}`);

  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await signUpWithCode(learner, code, learnerName);
  return { className, classId, learnerName, learner, learnerContext };
}

/** Opens the class's dashboard from the classes page, as a teacher does. */
export async function openClassDashboard(page: Page, className: string): Promise<void> {
  await page.goto('/o/demo/classes');
  await page.getByRole('link', { name: `Open dashboard: ${className}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: className })).toBeVisible({ timeout: 60_000 });
}
