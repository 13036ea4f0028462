import { expect, test } from '@playwright/test';
import { demoEmail, expectNoA11yViolations, screenshotPath, signIn } from './support.ts';

test('the demo teacher opens a class dashboard: heatmap, trend chart, at-risk learners with reasons; no axe violations', async ({
  page,
}) => {
  // The demo cohort is written by a background job after the server's first start.
  test.setTimeout(300_000);
  await signIn(page, demoEmail('teacher'));
  await page.getByRole('link', { name: 'Open classes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Classes' })).toBeVisible();
  const open = page.getByRole('link', { name: 'Open dashboard: 7A Algebra' });
  await expect
    .poll(
      async () => {
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Classes' }).waitFor();
        // The demo teacher's two classes of a real size (25 to 30 learners each).
        return (await open.count()) > 0 && (await page.getByText(/Learners: (2[5-9]|30)\b/).count()) >= 2;
      },
      { timeout: 240_000, intervals: [3_000] },
    )
    .toBe(true);
  await open.click();
  await expect(page.getByRole('heading', { level: 1, name: '7A Algebra' })).toBeVisible();
  const flagged = page.getByTestId('at-risk').getByRole('listitem');
  await expect
    .poll(
      async () => {
        await page.reload();
        await page.getByRole('heading', { level: 2, name: 'Learners at risk' }).waitFor();
        return flagged.count();
      },
      { timeout: 120_000, intervals: [3_000] },
    )
    .toBeGreaterThan(0);

  await expect(page.getByTestId('risk-meaning')).toHaveText(
    /masters none of the skills left on their pathway in the next 14 days\. A learner who finished their pathway is not at risk/,
  );
  await expect(page.getByTestId('risk-share')).toHaveText(
    /^\d+ of \d+ learners who agreed to risk scoring are flagged \(\d+%\)/,
  );
  const heatmap = page.getByTestId('heatmap');
  await expect(heatmap.getByRole('columnheader', { name: 'Learner' })).toBeVisible();
  expect(await heatmap.getByRole('row').count()).toBeGreaterThan(10);
  await expect(
    page.getByText('Active learners, answers and minutes of practice per week').first(),
  ).toBeVisible();
  await expect(page.locator('.recharts-line').first()).toBeVisible();
  const reasons = flagged.first().getByTestId('risk-reasons');
  await expect(reasons).toHaveText(
    /no activity (yet|for \d+ days?)|mastery falling in \d+ skills?|practice down \d+%|active on only \d+|behind pace|answers right|minutes? of practice/,
  );
  await expect(flagged.first().getByText('Suggested action:')).toBeVisible();
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('teacher-class-dashboard'), fullPage: true });

  await flagged.first().getByRole('link', { name: 'Open timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Timeline of / })).toBeVisible();
  await expect(page.getByText('Answers and minutes on task per day').first()).toBeVisible();
  await expectNoA11yViolations(page);
});
