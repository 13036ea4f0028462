import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support.ts';
import { dayFromToday, openClassDashboard, teacherClassWithLearner } from './workspace-support.ts';

const CRITERIA = [
  { name: 'Reasoning', word: 'reasons' },
  { name: 'Presentation', word: 'presents' },
];
const LEVELS = ['Beginning', 'Developing', 'Proficient', 'Advanced'];

// Issue 12: a teacher assigns a project with a rubric; the learner hands in text and a PDF; the teacher assesses
// it with the rubric and the gradebook shows it passed.
test('the teacher assigns a project, the learner hands in text and a PDF, the teacher assesses it as passed; axe clean', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const { className, classId, learnerName, learner, learnerContext } = await teacherClassWithLearner(
    page,
    browser,
    'Project class',
  );
  const title = `Poster project ${classId.slice(0, 6)}`;

  await openClassDashboard(page, className);
  await page.getByRole('link', { name: 'Gradebook and assignments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Gradebook: ${className}` })).toBeVisible();
  // The kind is a segmented control (native radios, visually hidden): chosen with the keyboard.
  await page.getByRole('radio', { name: 'A pathway' }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Project' })).toBeChecked();
  // Two criteria, four level descriptions each.
  await page.getByRole('button', { name: 'Add a criterion' }).click();
  for (const [i, c] of CRITERIA.entries()) {
    await page.getByRole('textbox', { name: `Criterion ${i + 1}`, exact: true }).fill(c.name);
    for (const level of LEVELS) {
      await page
        .getByRole('textbox', { name: `${level} (criterion ${i + 1})` })
        .fill(`${level}: ${c.word} with care`);
    }
  }
  await page
    .getByRole('combobox', { name: 'Pass rule' })
    .selectOption({ label: 'passes when every criterion is at least Proficient' });
  await page.getByLabel(/^Due date/).fill(dayFromToday(7));
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill(title);
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(page.getByText('Assignment created.')).toBeVisible();
  const header = page.getByRole('columnheader', { name: new RegExp(`^${title}`) });
  await expect(header).toBeVisible();
  const gradebookUrl = page.url();

  // The learner hands in text and a PDF.
  await learner.reload();
  const due = learner.getByRole('region', { name: 'Due', exact: true });
  await due.getByRole('link', { name: `Open the project ${title}` }).click();
  await expect(learner.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(learner.getByText(`Reasoning`).first()).toBeVisible();
  await learner.getByRole('textbox', { name: 'Your text' }).fill('My poster shows how to solve 2x + 3 = 11.');
  await learner.locator('input[type="file"]').setInputFiles({
    name: 'poster.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n'),
  });
  await learner.getByRole('button', { name: 'Hand in', exact: true }).click();
  await expect(learner.getByRole('heading', { level: 2, name: 'What you handed in' })).toBeVisible();
  await expect(learner.getByText(/poster\.pdf/).first()).toBeVisible();
  await expect(learner.getByRole('button', { name: 'Hand in again' })).toBeVisible();
  await expectNoA11yViolations(learner);

  // The teacher assesses it from the gradebook, choosing the levels with the keyboard.
  await page.goto(gradebookUrl);
  await header.getByRole('link', { name: 'Assess' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Assess a project' })).toBeVisible();
  await page.getByRole('button', { name: `Open the work of ${learnerName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: learnerName })).toBeVisible();
  const form = page.getByRole('form', { name: 'Assess with the rubric' });
  await expect(form.getByText('Choose a level for every criterion to see whether it passes.')).toBeVisible();
  for (const c of CRITERIA) {
    await form.getByRole('radio', { name: `Proficient: Proficient: ${c.word} with care` }).focus();
    await page.keyboard.press('Space');
    await expect(
      form.getByRole('radio', { name: `Proficient: Proficient: ${c.word} with care` }),
    ).toBeChecked();
  }
  await expect(form.getByText('With these levels the project passes.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Feedback for the learner' }).fill('Clear steps, well laid out.');
  await expectNoA11yViolations(page);
  await form.getByRole('button', { name: 'Save the assessment' }).click();
  await expect(page.getByText('Assessment saved.')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(learnerName) })).toContainText('Assessed: passed');
  await expectNoA11yViolations(page);

  // The gradebook cell.
  await page.getByRole('link', { name: 'Back to the gradebook' }).click();
  const grid = page.getByRole('table', {
    name: 'Status, mastery and late work of each learner on each assignment',
  });
  await expect(grid.getByRole('row', { name: new RegExp(learnerName) })).toContainText('Assessed: passed');
  await learnerContext.close();
});
