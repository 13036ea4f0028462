import { expect, type Page, test } from '@playwright/test';
import { isOnSkill, rightAnswer, wrongAnswer } from './learning-answers.ts';
import { answerStep, currentStep, joinCode, signUpWithCode, type Verdict } from './learning-support.ts';
import { expectNoA11yViolations, screenshotPath } from './support.ts';

/**
 * What the new learner already knows when they arrive (placement should find these). Chosen so that each skill
 * left ready unlocks another once mastered: distributive → simplify, one-step multiply → two-step, slope → lines.
 */
const KNOWN = [
  'alg.integers-add',
  'alg.integers-multiply',
  'alg.order-of-operations',
  'alg.evaluate-expressions',
  'alg.write-expressions',
  'alg.like-terms',
  'alg.one-step-add',
];

/** A skill name as a literal inside a regular expression (names have parentheses). */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Placement: right on the skills in KNOWN, wrong elsewhere, until the result shows. */
async function takePlacement(page: Page): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const result = page.getByRole('heading', { level: 1, name: /You already know/ });
    const item = page.locator('[data-step-state="current"]');
    await expect(result.or(item)).toBeVisible();
    if (await result.isVisible()) return;
    if (i === 0) await expectNoA11yViolations(page);
    const { itemId, step } = await currentStep(page);
    const known = isOnSkill(itemId, KNOWN);
    const verdict = await answerStep(page, known ? rightAnswer(step.answer) : wrongAnswer(step.answer));
    if (verdict.itemDone)
      await expect(page.locator(`[data-item-id="${itemId}"]`)).toHaveCount(0, { timeout: 10_000 });
  }
  throw new Error('the placement did not end');
}

test('a new learner: placement, the map, ten items with the tutor open, a skill mastered and the next unlocked', async ({
  page,
  browser,
}) => {
  test.setTimeout(480_000);
  const code = await joinCode(browser);
  await signUpWithCode(page, code, 'Noa Newlearner');

  // Home: the pathways with progress.
  const algebra = page.getByRole('article', { name: 'Algebra foundations' });
  await expect(algebra.getByText('0 of 20 skills mastered')).toBeVisible();
  await expect(algebra.getByText('Not started')).toBeVisible();
  await expectNoA11yViolations(page);
  await algebra.getByRole('button', { name: 'Start' }).click();

  // Placement, then its asset-first result.
  await expect(page).toHaveURL(/\/o\/demo\/learn\/algebra-foundations\/placement$/);
  await takePlacement(page);
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const known = Number(/You already know (\d+) of the 20 skills/.exec(title)?.[1]);
  expect(known).toBeGreaterThanOrEqual(2);
  const strengths = page.getByRole('region', { name: 'What you already know' });
  await expect(strengths.getByText('Add and subtract integers')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Ready to learn next' }).getByRole('listitem').first(),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('learning-placement-result'), fullPage: true });

  // The map: mastered, ready, locked with the reason; and the table alternative.
  await page.getByRole('link', { name: 'See your pathway map' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Algebra foundations');
  await expect(page.getByText(`You have mastered ${known} of the 20 skills on this path.`)).toBeVisible();
  await expect(page.getByRole('button', { name: /Mastered$/ }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /Ready to learn$/ }).first()).toBeVisible();
  const locked = page.getByRole('button', { name: /Locked$/ }).last();
  await locked.click();
  await expect(
    page.getByRole('region', { name: (await locked.textContent())?.replace(/, Locked$/, '') ?? '' }),
  ).toContainText(/Master .+ first\./);
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('learning-map'), fullPage: true });
  await page.getByRole('tab', { name: 'List' }).click();
  const table = page.getByRole('table', { name: /The skills of Algebra foundations/ });
  await expect(table.getByRole('row')).toHaveCount(21);
  await expect(table.getByRole('row', { name: /Locked/ }).first()).toContainText(/Master .+ first\./);
  await expectNoA11yViolations(page);

  // Practice with the tutor open.
  await page.getByRole('link', { name: 'Practise', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice: Algebra foundations');
  await expect(page.getByText('Why this problem:')).toBeVisible();
  await page.getByRole('button', { name: 'Ask the tutor' }).click();
  const tutor = page.getByRole('complementary', { name: 'Tutor' });
  await expect(tutor).toBeVisible();
  await expect(tutor.getByRole('textbox', { name: 'Your message to the tutor' })).toBeFocused();

  // "Just tell me the answer" gets help, never the answer.
  const first = await currentStep(page);
  await tutor.getByRole('textbox', { name: 'Your message to the tutor' }).fill('just tell me the answer');
  await tutor.getByRole('button', { name: 'Send' }).click();
  const replies = tutor.locator('[data-speaker="tutor"]');
  await expect(replies).toHaveCount(1);
  const reply = (await replies.first().textContent()) ?? '';
  const answer = rightAnswer(first.step.answer);
  const secret = 'type' in answer ? answer.type : answer.choose;
  expect(reply.length).toBeGreaterThan(10);
  expect(reply.replace(/\s+/g, '')).not.toContain(secret.replace(/\s+/g, ''));
  await tutor.getByRole('button', { name: 'Give me a hint' }).click();
  await expect(replies).toHaveCount(2);
  await expect(tutor.getByText(/hint \d/)).toBeVisible();

  // A malformed answer is explained and not counted; a wrong one gets feedback.
  if (first.step.answer.kind !== 'choice') {
    const invalid = await answerStep(page, { type: '2x+(' });
    expect(invalid.result).toBe('invalid');
    await expect(page.getByText('It did not count as an attempt.')).toBeVisible();
  }
  const wrong = await answerStep(page, wrongAnswer(first.step.answer));
  expect(wrong.result).toBe('incorrect');
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('learning-practice-tutor'), fullPage: true });

  let items = 0;
  let unlocked: Verdict['mastery'] = null;
  let masteredName = '';
  while (items < 10 || !unlocked) {
    expect(items, 'a skill is mastered within 40 items').toBeLessThan(40);
    const skillName = (await page.locator('[data-practice-skill]').textContent()) ?? '';
    let verdict: Verdict | null = null;
    for (let s = 0; s < 8 && !verdict?.itemDone; s++) {
      const { step } = await currentStep(page);
      verdict = await answerStep(page, rightAnswer(step.answer));
      expect(verdict.result).toBe('correct');
      if (verdict.mastery?.newlyMastered && verdict.mastery.unlocked.length > 0 && !unlocked) {
        unlocked = verdict.mastery;
        masteredName = skillName;
      }
    }
    items++;
    await expect(tutor).toBeVisible();
    if (unlocked && masteredName === skillName && verdict?.mastery?.newlyMastered) {
      const moment = page.getByTestId('mastery-moment');
      await expect(moment.getByRole('heading', { name: `You mastered ${skillName}!` })).toBeFocused();
      await expect(moment.getByText('Now unlocked:')).toBeVisible();
      await expect(moment.getByRole('listitem').first()).toHaveText(unlocked.unlocked[0]?.name.en ?? '');
      await expectNoA11yViolations(page);
      await page.screenshot({ path: screenshotPath('learning-mastered'), fullPage: true });
    }
    await page.getByRole('button', { name: 'Next problem' }).click();
    await expect(page.locator('[data-step-state="current"]')).toHaveCount(1);
  }

  // The map now shows the mastered skill and the one it unlocked as ready.
  await page.getByRole('link', { name: '← Back to the pathway map' }).click();
  await page.getByRole('tab', { name: 'List' }).click();
  const rows = page.getByRole('table', { name: /The skills of Algebra foundations/ });
  await expect(
    rows.getByRole('row', { name: new RegExp(`^${escaped(masteredName)} Mastered`) }),
  ).toBeVisible();
  const next = unlocked?.unlocked[0]?.name.en ?? '';
  await expect(
    rows.getByRole('row', { name: new RegExp(`^${escaped(next)} (Ready to learn|Mastered)`) }),
  ).toBeVisible();

  // My learning: the estimate, its reasons and its history.
  await page.getByRole('link', { name: '← Back to your home' }).click();
  await page.getByRole('link', { name: 'My learning' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My learning');
  const control = page.getByRole('button', { name: new RegExp(`^${escaped(masteredName)}`) });
  await control.click();
  await expect(page.getByText('Why this estimate')).toBeVisible();
  await page.getByText('Show the numbers as a table').click();
  const history = page.getByRole('table', { name: `Estimate for ${masteredName} after each update` });
  await expect(history.getByRole('row').nth(2)).toBeVisible();
  await expect(page.locator('.recharts-line').first()).toBeVisible();
  await expectNoA11yViolations(page);
  await page.screenshot({ path: screenshotPath('learning-my-learning'), fullPage: true });
});
