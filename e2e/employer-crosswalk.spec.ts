import { readFile } from 'node:fs/promises';
import { type Browser, expect, test } from '@playwright/test';
import { DEMO_PASSWORD, demoEmail, expectNoA11yViolations, signIn } from './support.ts';

/** The demo learner shares some of their badges; returns the link. */
async function learnerShares(browser: Browser, skills: string[]): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demoEmail('learner'));
  await page.goto('/o/demo/record');
  // Both lists loaded first: a list that grows under the pointer can move a checkbox between aim and click.
  await expect(page.getByRole('heading', { name: 'My share links' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  for (const name of skills) await page.getByRole('checkbox', { name, exact: true }).check();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(skills.length);
  await page.getByRole('button', { name: 'Create the link' }).click();
  const url = await page.getByRole('textbox', { name: /Link created/ }).inputValue();
  await context.close();
  return url;
}

test('an employer matches an O*NET profile through the framework crosswalks, in part, with the path shown', async ({
  page,
  browser,
}) => {
  const url = await learnerShares(browser, ['Adding integers', 'Order of operations']);
  const shared = await (await page.request.get(`/api/share/${url.split('/').pop()}`)).json();
  expect(shared.credentials.map((c: { achievementName: string }) => c.achievementName).sort()).toEqual([
    'Adding integers',
    'Order of operations',
  ]);
  await signIn(page, demoEmail('employer'), DEMO_PASSWORD);
  await page.goto('/o/demo/match');
  await page.getByRole('combobox', { name: 'Job profile' }).click();
  await page.getByRole('option', { name: /Bookkeeping clerk/ }).click();
  await page.getByRole('textbox', { name: 'Share link' }).fill(url);
  await page.getByRole('button', { name: 'Match' }).click();
  // Mathematics (importance 3.38) half met, the other two (3.25 each) not: 1.69 / 9.88 = 17 %.
  await expect(page.getByRole('heading', { name: /Score 17 %: 0 of 3 .* 1 more in part/ })).toBeVisible();
  const maths = page.getByRole('row').filter({ hasText: 'Mathematics' });
  await expect(maths).toContainText('Partly met');
  await expect(maths).toContainText('O*NET 2.A.1.e “Mathematics”: 2 of the 26 framework skills');
  await expect(page.getByRole('row').filter({ hasText: 'Reading Comprehension' })).toContainText('Not met');
  await expectNoA11yViolations(page);

  // The match exported: a CSV with the same verdicts and the crosswalk path, for a hiring file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the match (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^match-bookkeeping-clerk-.+\.csv$/);
  const csv = (await readFile(await download.path())).toString('utf8');
  expect(csv.startsWith('\ufeffJob profile,')).toBe(true);
  expect(csv).toContain('Score,17 %');
  expect(csv).toMatch(
    /\r\nMathematics,2\.A\.1\.e,Required,3\.38,Partly met,[^,]*Adding integers[^,]*,Through the crosswalk to O\*NET 2\.A\.1\.e “Mathematics”: 2 of the 26/,
  );
  expect(csv).toMatch(/\r\nReading Comprehension,2\.A\.1\.a,Required,3\.25,Not met,,\r\n/);
});
